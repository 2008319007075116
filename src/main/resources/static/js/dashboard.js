// Dashboard: headline numbers, workload charts, the leader × unit heatmap, co-lead pairs and
// bottlenecks. Every bar, cell and row leads on to the unit, leader or tasks behind it.
import { json, fmt, esc, unitHref, tasksHref, exploreHref, kindLabel, notice } from './api.js';

const TOP = 20;
const charts = [];
window.addEventListener('resize', () => charts.forEach(c => c.resize()));

function chart(id) {
  const c = echarts.init(document.getElementById(id));
  charts.push(c);
  return c;
}

async function headline() {
  const s = await json('/api/summary');
  const figures = [['文件', s.documents], ['任务', s.tasks], ['单位', s.units], ['责任领导', s.leaders], ['关系', s.relationships]];
  document.getElementById('figures').innerHTML = figures.map(([label, value]) => `
    <div class="col"><div class="card figure-card p-3"><div class="value">${fmt(value)}</div><div class="label">${label}</div></div></div>`).join('');
}

let workloadChart;
async function unitWorkload(expand) {
  const units = (await json('/api/units?expand=' + expand)).filter(u => u.kind !== 'group' || expand === false);
  const top = units.slice().sort((a, b) => b.total - a.total || b.lead - a.lead).slice(0, TOP).reverse();
  workloadChart = workloadChart || chart('unit-workload');
  workloadChart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: ['牵头', '责任'], top: 0 },
    grid: { left: 150, right: 30, top: 30, bottom: 20 },
    xAxis: { type: 'value', name: '任务数' },
    yAxis: { type: 'category', data: top.map(u => u.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: '牵头', type: 'bar', stack: 'w', data: top.map(u => u.lead), itemStyle: { color: '#c0392b' } },
      { name: '责任', type: 'bar', stack: 'w', data: top.map(u => u.responsible), itemStyle: { color: '#2e86c1' } }]
  }, true);
  workloadChart.off('click');
  workloadChart.on('click', p => { location.href = unitHref(p.name); });
  return units;
}

function topLeadTable(units) {
  const top = units.filter(u => u.kind !== 'group').sort((a, b) => b.lead - a.lead || b.total - a.total).slice(0, 10);
  document.querySelector('#top-lead tbody').innerHTML = top.map((u, i) => `
    <tr data-href="${esc(unitHref(u.name))}">
      <td>${i + 1}</td><td class="unit-name">${esc(u.name)}</td><td class="text-end">${fmt(u.lead)}</td>
      <td class="text-end">${fmt(u.total)}</td><td class="text-end">${fmt(u.leaders)}</td></tr>`).join('');
}

async function leaderWorkload() {
  const leaders = await json('/api/leaders');
  const c = chart('leader-workload');
  c.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 60, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: leaders.map(l => l.name) },
    yAxis: { type: 'value', name: '任务数' },
    series: [{ name: '分管任务', type: 'bar', data: leaders.map(l => l.tasks), itemStyle: { color: '#d68910' },
      label: { show: true, position: 'top' } }]
  });
  c.on('click', p => { location.href = tasksHref({ leader: p.name }); });
}

/** Leader × lead-unit counts from /api/matrix/leader-unit; cells are [leader index, unit index, tasks]. */
async function heatmap() {
  const el = document.getElementById('heatmap');
  const m = await json('/api/matrix/leader-unit?role=lead');
  const leaders = m.leaders.map(l => l.name);
  const units = m.units.map(u => u.name);
  const cells = m.cells;
  if (!leaders.length) { notice(el, '暂无数据'); return; }
  const c = chart('heatmap');
  c.setOption({
    tooltip: { formatter: p => `${esc(leaders[p.value[0]])} × ${esc(units[p.value[1]])}：牵头 ${fmt(p.value[2])} 项` },
    grid: { left: 150, right: 20, top: 10, bottom: 70 },
    xAxis: { type: 'category', data: leaders, splitArea: { show: true } },
    yAxis: { type: 'category', data: units, axisLabel: { width: 140, overflow: 'truncate', fontSize: 11 } },
    visualMap: { min: 0, max: Math.max(1, ...cells.map(x => x[2])), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#fdf2e9', '#c0392b'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10 } }]
  });
  c.on('click', p => { location.href = tasksHref({ leader: leaders[p.value[0]], unit: units[p.value[1]] }); });
}

/** Unit pairs that share the lead, and how many tasks are co-led, from /api/conflicts/co-lead. */
async function coLeadPairs() {
  const data = await json('/api/conflicts/co-lead');
  document.getElementById('coled-count').textContent = `共 ${fmt(data.totalTasks)} 项任务有多个牵头单位`;
  document.querySelector('#pairs tbody').innerHTML = data.pairs.slice(0, 12).map(p => `
    <tr data-href="${esc(tasksHref({ unit: p.a, coLed: 'true' }))}">
      <td>${esc(p.a)}</td><td>${esc(p.b)}</td><td class="text-end">${fmt(p.tasks)}</td></tr>`).join('');
}

async function bottlenecks() {
  const el = document.getElementById('bottlenecks');
  const data = await json('/api/bottlenecks?limit=15');
  const rows = data.items;
  if (!rows.length) { notice(el, '暂无数据'); return; }
  const weights = data.weights ? Object.entries(data.weights).map(([k, v]) => `${k}=${fmt(v, 2)}`).join('，') : '';
  el.innerHTML = `
    <table class="table table-sm table-hover table-click mb-1">
      <thead><tr><th>#</th><th>单位</th><th>类型</th><th class="text-end">评分</th><th class="text-end">牵头</th>
        <th class="text-end">合计</th><th class="text-end">含组合计</th><th class="text-end">共同牵头占比</th>
        <th class="text-end">领导扇入</th><th class="text-end">中介中心度</th><th class="text-end">社区</th></tr></thead>
      <tbody>${rows.map((b, i) => `
        <tr data-href="${esc(exploreHref(b.name))}"><td>${i + 1}</td><td>${esc(b.name)}</td><td>${esc(kindLabel(b.kind))}</td>
          <td class="text-end fw-semibold">${fmt(b.score, 3)}</td><td class="text-end">${fmt(b.lead)}</td>
          <td class="text-end">${fmt(b.total)}</td><td class="text-end">${fmt(b.expandedTotal)}</td>
          <td class="text-end">${b.coLeadShare == null ? '—' : fmt(b.coLeadShare * 100, 0) + '%'}</td>
          <td class="text-end">${fmt(b.leaderFanIn)}</td><td class="text-end">${fmt(b.betweenness, 1)}</td>
          <td class="text-end">${esc(b.community ?? '—')}</td></tr>`).join('')}</tbody>
    </table>
    ${weights ? `<div class="small text-muted">权重：${esc(weights)}</div>` : ''}`;
}

document.addEventListener('click', e => {
  const row = e.target.closest('tr[data-href]');
  if (row) location.href = row.dataset.href;
});
document.getElementById('expand-toggle').addEventListener('change', e => unitWorkload(e.target.checked));

const safely = (fn, id) => fn().catch(err => notice(document.getElementById(id), '加载失败：' + err.message));
safely(headline, 'figures');
safely(async () => topLeadTable(await unitWorkload(false)), 'unit-workload');
safely(leaderWorkload, 'leader-workload');
Promise.all([safely(bottlenecks, 'bottlenecks'), safely(heatmap, 'heatmap'), safely(coLeadPairs, 'pairs-box')])
  .finally(() => { document.body.dataset.ready = 'true'; });
