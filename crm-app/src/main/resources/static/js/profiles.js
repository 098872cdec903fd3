// Draws the profile dashboard's charts from the data (labels already translated) in #profiles-chart-data.
(function () {
  const holder = document.getElementById('profiles-chart-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  const data = JSON.parse(holder.dataset.chart);
  const charts = [];
  const draw = (id, option) => {
    const box = document.getElementById(id);
    if (!box) {
      return;
    }
    const chart = echarts.init(box);
    chart.setOption(Object.assign({ animation: false }, option));
    charts.push(chart);
  };
  const tierColours = { DIAMOND: '#5b2c83', PLATINUM: '#44546a', GOLD: '#b8860b', SILVER: '#8a939b', ORDINARY: '#adb5bd' };
  const classColours = { RISK_SEEKING: '#c62828', RISK_AVERSE: '#ef6c00', CONSERVATIVE: '#2e7d32', UNKNOWN: '#adb5bd' };

  // the pyramid: one band per tier, the best at the top; band widths grow downwards whatever the counts,
  // and each band is labelled with its count
  const tiers = data.tiers;
  draw('tier-chart', {
    tooltip: { trigger: 'item', formatter: p => p.name + ': ' + tiers[p.dataIndex].value },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', top: 10, bottom: 10, gap: 2, minSize: '20%',
      label: { position: 'inside', formatter: p => p.name + ' ' + tiers[p.dataIndex].value },
      data: tiers.map((t, i) => ({
        name: t.name, value: i + 1, itemStyle: { color: tierColours[t.code] || '#adb5bd' }
      }))
    }]
  });
  draw('risk-class-chart', {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['40%', '70%'], top: -20,
      label: { formatter: '{d}%' },
      // an empty class has no slice (its zero stays in the table below)
      data: data.riskClasses.filter(c => c.value > 0).map(c => ({
        name: c.name, value: c.value, itemStyle: { color: classColours[c.code] || '#adb5bd' }
      }))
    }]
  });
  const needs = data.needs.slice().sort((a, b) => a.value - b.value);
  draw('need-chart', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 10, right: 30, top: 10, bottom: 20, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: needs.map(n => n.name) },
    series: [{ type: 'bar', data: needs.map(n => n.value), itemStyle: { color: '#d4a72c' }, label: { show: true, position: 'right' } }]
  });
  draw('review-chart', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 10, right: 20, top: 40, bottom: 20, containLabel: true },
    xAxis: { type: 'category', data: data.branches },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: data.labels.review, type: 'bar', barMaxWidth: 48, data: data.review, itemStyle: { color: '#ef6c00' } },
      { name: data.labels.impliedAbove, type: 'bar', barMaxWidth: 48, data: data.impliedAbove, itemStyle: { color: '#c62828' } }
    ]
  });
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
