// Draws the assets-over-time chart of the client 360 view from the JSON the server put in #asset-data.
(function () {
  const box = document.getElementById('asset-chart');
  const source = document.getElementById('asset-data');
  if (!box || !source || typeof echarts === 'undefined') {
    return;
  }
  const data = JSON.parse(source.textContent);
  if (data.dates.length === 0) {
    box.textContent = box.dataset.empty;
    box.style.height = 'auto';
    return;
  }
  const chart = echarts.init(box);
  const line = (name, values) => ({ name, type: 'line', showSymbol: false, data: values });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 10, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: data.dates },
    yAxis: { type: 'value', scale: true },
    series: [
      line(box.dataset.total, data.total),
      line(box.dataset.cash, data.cash),
      line(box.dataset.marketValue, data.marketValue),
      line(box.dataset.marginDebt, data.marginDebt)
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();

// Draws the value and risk score over the as-of dates from #profile-data (only when the client has a profile).
(function () {
  const box = document.getElementById('profile-chart');
  const source = document.getElementById('profile-data');
  if (!box || !source || typeof echarts === 'undefined') {
    return;
  }
  const data = JSON.parse(source.textContent);
  const chart = echarts.init(box);
  const several = data.dates.length > 1;
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 10, right: 40, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: data.dates },
    yAxis: [
      { type: 'value', scale: true, name: '', splitLine: { show: true } },
      { type: 'value', min: 0, max: 100, splitLine: { show: false } }
    ],
    series: [
      { name: box.dataset.value, type: 'line', yAxisIndex: 0, showSymbol: !several || data.dates.length < 30, data: data.value },
      { name: box.dataset.risk, type: 'line', yAxisIndex: 1, showSymbol: !several || data.dates.length < 30, data: data.risk }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();
