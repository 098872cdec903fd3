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
    grid: { left: 70, right: 20, top: 40, bottom: 30 },
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
