// Dashboard: headline numbers, workload charts, the leader × unit heatmap, the flow from leaders to units,
// co-lead pairs and bottlenecks. Every bar, cell and row leads on to the unit, leader or tasks behind it.
import { json, fmt, esc, unitHref, tasksHref, exploreHref, kindLabel, notice } from './api.js';
import { info, weightsInWords } from './terms.js';

const TOP = 20;
const charts = [];
window.addEventListener('resize', () => charts.forEach(c => c.resize()));

function chart(id) {
  const c = echarts.init(document.getElementById(id));
  charts.push(c);
  return c;
}

/** Headline cards a clerk can read: what the notice assigns, to how many units (groups apart), under whom. */
async function headline() {
  const s = await json('/api/summary');
  const keyTasks = s.tasks - s.livelihoodTasks;
  // [id, value, label, where a click goes, the count of tasks that list holds (null: not a task list)]
  const cards = [
    ['tasks', fmt(s.tasks), `项任务：重点工作 ${fmt(keyTasks)} 项，民生实事 ${fmt(s.livelihoodTasks)} 项`, tasksHref(), s.tasks],
    ['units', fmt(s.units), `个单位，其中 ${fmt(s.groups)} 个单位组${info('单位组')}`, '#unit-workload-card', null],
    ['leaders', fmt(s.leaders), '位责任领导分管这些任务', '#leaders-card', null],
    ['co-led', fmt(s.coLedTasks), `项任务由几个单位共同牵头${info('共同牵头')}`, tasksHref({ coLed: 'true' }), s.coLedTasks],
    ['documents', fmt(s.documents), '份文件已导入（通知和政府工作报告）', '/import', null]];
  document.getElementById('figures').innerHTML = cards.map(([id, value, label, href, count]) => `
    <div class="col"><a class="card figure-card figure-link p-3" id="figure-${id}" href="${esc(href)}"${count == null ? '' : ` data-count="${count}"`}>
      <div class="value">${value}</div><div class="label">${label}</div></a></div>`).join('');
}

/** 下一个报送节点: the next date the notice's reporting rules fall on, and how many units report then. */
async function nextDue() {
  const n = await json('/api/report/next-due').catch(() => null);
  if (!n || !n.date) return;
  const [, m, d] = n.date.split('-').map(Number);
  document.getElementById('figures').insertAdjacentHTML('beforeend', `
    <div class="col"><a class="card figure-card figure-link p-3" id="next-due" href="/report" data-date="${esc(n.date)}" data-units="${n.units}">
      <div class="value">${m}月${d}日 <small class="fs-6 fw-normal">${fmt(n.units)} 个单位</small></div>
      <div class="label">${n.past ? '最近一个报送节点（已过）' : '下一个报送节点'}</div></a></div>`);
}


const workloadOption = (rows, axisWidth) => ({
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { data: ['牵头', '责任'], top: 0 },
  grid: { left: axisWidth + 10, right: 30, top: 30, bottom: 45 },
  xAxis: { type: 'value', name: '任务数', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
  yAxis: { type: 'category', data: rows.map(u => u.name), axisLabel: { width: axisWidth, overflow: 'truncate', interval: 0 } },
  series: [
    { name: '牵头', type: 'bar', stack: 'w', itemStyle: { color: '#c0392b' },
      data: rows.map(u => ({ value: u.lead, href: tasksHref({ unit: u.name, role: 'lead' }) })) },
    { name: '责任', type: 'bar', stack: 'w', itemStyle: { color: '#2e86c1' },
      data: rows.map(u => ({ value: u.responsible, href: tasksHref({ unit: u.name, role: 'responsible' }) })),
      label: { show: true, position: 'right', formatter: p => fmt(rows[p.dataIndex].total) } }]
});

let workloadChart, groupChart;
/**
 * Units and groups in separate charts: a group (各县市区政府及管委会, 129 tasks) stands for its members
 * and would squash every unit's bar into a corner of the axis. With `expand` every member is also
 * credited with its groups' tasks.
 */
async function unitWorkload(expand) {
  const all = await json('/api/units?expand=' + expand);
  const units = all.filter(u => u.kind !== 'group');
  const groups = all.filter(u => u.kind === 'group');
  const byLoad = (a, b) => b.total - a.total || b.lead - a.lead;
  const top = units.slice().sort(byLoad).slice(0, TOP).reverse();
  workloadChart = workloadChart || chart('unit-workload');
  workloadChart.setOption(workloadOption(top, 140), true);
  workloadChart.off('click');
  workloadChart.on('click', p => { location.href = unitHref(p.name); });
  document.getElementById('unit-workload-title').textContent = expand
    ? `单位工作量（前 ${TOP}，含以所属单位组名义分到的任务）` : `单位工作量（前 ${TOP}，按任务总数）`;

  const topGroups = groups.slice().sort(byLoad).slice(0, 6).reverse();
  // The example names this notice's busiest group and its own count, not a fixed sentence that another import falsifies.
  const biggest = topGroups[topGroups.length - 1];
  if (biggest && !expand) {
    document.getElementById('expand-example').textContent = `例如“${biggest.name}”的 ${fmt(biggest.total)} 项任务也算给它的每个成员单位`;
  }
  groupChart = groupChart || chart('group-workload');
  groupChart.setOption({ ...workloadOption(topGroups, 190), legend: { show: false } }, true);
  groupChart.off('click');
  // A group's bar segment opens exactly the tasks it counts: those the group leads, or is responsible on.
  groupChart.on('click', p => { location.href = p.data.href; });
  return units;
}

function topLeadTable(units) {
  const top = units.filter(u => u.kind !== 'group').sort((a, b) => b.lead - a.lead || b.total - a.total).slice(0, 10);
  document.querySelector('#top-lead tbody').innerHTML = top.map((u, i) => `
    <tr data-href="${esc(unitHref(u.name))}">
      <td>${i + 1}</td><td class="unit-name"><span class="name">${esc(u.name)}</span></td>
      <td class="text-end"><a href="${esc(tasksHref({ unit: u.name, role: 'lead' }))}" data-count="${u.lead}">${fmt(u.lead)}</a></td>
      <td class="text-end"><a href="${esc(tasksHref({ unit: u.name }))}" data-count="${u.total}">${fmt(u.total)}</a></td>
      <td class="text-end">${fmt(u.leaders)}</td></tr>`).join('');
}

async function leaderWorkload() {
  const leaders = await json('/api/leaders');
  const c = chart('leader-workload');
  c.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 50, right: 20, top: 36, bottom: 30 },
    xAxis: { type: 'category', data: leaders.map(l => l.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '任务数', nameTextStyle: { align: 'left' }, minInterval: 1 },
    series: [{ name: '分管任务', type: 'bar', itemStyle: { color: '#d68910' }, label: { show: true, position: 'top' },
      data: leaders.map(l => ({ value: l.tasks, href: tasksHref({ leader: l.name }) })) }]
  });
  c.on('click', p => { location.href = p.data.href; });
  // Which leader oversees the most units: tasks, the units named on them and the co-led ones, per leader.
  const link = (href, n) => `<a href="${esc(href)}" data-count="${n}">${fmt(n)}</a>`;
  document.querySelector('#leaders tbody').innerHTML = leaders.slice().sort((a, b) => b.units - a.units || b.tasks - a.tasks)
    .map(l => `<tr><td><a href="${esc(exploreHref(l.name))}">${esc(l.name)}</a></td>
      <td class="text-end">${link(tasksHref({ leader: l.name }), l.tasks)}</td>
      <td class="text-end">${fmt(l.leadUnits)}</td><td class="text-end">${fmt(l.units)}</td>
      <td class="text-end">${link(tasksHref({ leader: l.name, coLed: 'true' }), l.coLedTasks)}</td></tr>`).join('');
}

/** Leader × lead-unit counts from /api/matrix/leader-unit; cells are [leader index, unit index, tasks]. */
/**
 * Leader × lead unit: every unit that leads a task is a named row (the chart is as tall as its rows),
 * the busiest leader in the first column and the busiest unit in the first row, cells big enough to read.
 */
async function heatmap() {
  const el = document.getElementById('heatmap');
  const m = await json('/api/matrix/leader-unit?role=lead');
  if (!m.leaders.length) { notice(el, '还没有任务：导入一份任务分解通知后，这里会显示每位领导分管的任务落在哪些牵头单位。'); return; }
  const leaderOrder = m.leaders.map((l, i) => [i, l.cellSum]).sort((a, b) => b[1] - a[1]).map(x => x[0]);
  const unitOrder = m.units.map((u, i) => [i, u.cellSum]).sort((a, b) => b[1] - a[1] || m.units[a[0]].name.localeCompare(m.units[b[0]].name, 'zh-CN')).map(x => x[0]);
  const leaders = leaderOrder.map(i => m.leaders[i].name);
  const units = unitOrder.map(i => m.units[i].name);
  const column = new Map(leaderOrder.map((old, i) => [old, i]));
  const row = new Map(unitOrder.map((old, i) => [old, i]));
  // A cell counts the tasks the leader oversees that the unit leads: its link asks the ledger exactly that.
  const cells = m.cells.map(([li, ui, n]) => ({ value: [column.get(li), row.get(ui), n],
    href: tasksHref({ leader: m.leaders[li].name, unit: m.units[ui].name, role: 'lead' }) }));
  el.style.height = (units.length * 26 + 120) + 'px';
  const c = chart('heatmap');
  c.setOption({
    tooltip: { formatter: p => `${esc(leaders[p.value[0]])} 分管、${esc(units[p.value[1]])} 牵头的任务：${fmt(p.value[2])} 项` },
    grid: { left: 170, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: leaders, position: 'top', splitArea: { show: true }, axisLabel: { interval: 0, fontSize: 13 } },
    yAxis: { type: 'category', data: units, inverse: true, axisLabel: { width: 160, overflow: 'truncate', fontSize: 12, interval: 0 } },
    visualMap: { min: 0, max: Math.max(1, ...cells.map(x => x.value[2])), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      text: ['多', '少'], inRange: { color: ['#fdf2e9', '#c0392b'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 13, fontWeight: 'bold' } }]
  });
  c.on('click', p => { location.href = p.data.href; });
  el.dataset.rows = units.length;
}

const FLOW_COLUMNS = { leader: '责任领导', lead: '牵头单位', responsible: '责任单位' };
const FLOW_COLORS = { leader: '#d68910', lead: '#c0392b', responsible: '#2e86c1' };
let flowChart;

/**
 * The flow from leaders to lead units to responsible units, of the notice or of the leader or unit the scope names.
 * A link opens the ledger on exactly the tasks it counts (its filter comes with it); only the widest links are
 * drawn, and the line under the chart says how many are not.
 */
async function flow() {
  const el = document.getElementById('flow');
  const [kind, name] = (document.getElementById('flow-scope').value || ':').split(/:(.*)/s);
  const f = await json('/api/flow' + (kind ? '?' + new URLSearchParams({ [kind]: name }) : ''));
  const omitted = document.getElementById('flow-omitted');
  if (!f.links.length) {
    if (flowChart) { flowChart.dispose(); charts.splice(charts.indexOf(flowChart), 1); flowChart = null; }
    notice(el, name ? `“${name}”没有可画的流向：它的任务没有写明责任领导或牵头单位。` : '还没有任务：导入一份任务分解通知后，这里会画出任务从领导到牵头单位、再到责任单位的流向。');
    el.style.height = '';
    omitted.textContent = '';
    el.dataset.links = 0;
    return;
  }
  if (!flowChart) { el.innerHTML = ''; flowChart = chart('flow'); }
  const nodes = new Map(f.nodes.map(n => [n.id, n]));
  const perColumn = Object.keys(FLOW_COLUMNS).map(c => f.nodes.filter(n => n.column === c).length);
  // Room for every label of the fullest column: a node thinner than its label still gets a line of its own.
  el.style.height = Math.max(360, Math.max(...perColumn) * 30 + 40) + 'px';
  flowChart.resize();
  flowChart.setOption({
    tooltip: { formatter: p => p.dataType === 'edge'
      ? `${esc(nodes.get(p.data.source).name)} → ${esc(nodes.get(p.data.target).name)}：${fmt(p.data.value)} 项任务`
      : `${esc(nodes.get(p.name).name)}（${FLOW_COLUMNS[nodes.get(p.name).column]}）` },
    series: [{
      type: 'sankey', left: 10, right: 200, top: 10, bottom: 10, nodeAlign: 'left', nodeGap: 8, draggable: false,
      emphasis: { focus: 'adjacency' },
      label: { formatter: p => nodes.get(p.name).name, fontSize: 12, width: 190, overflow: 'truncate' },
      lineStyle: { color: 'source', curveness: 0.5, opacity: 0.35 },
      data: f.nodes.map(n => ({ name: n.id, depth: Object.keys(FLOW_COLUMNS).indexOf(n.column),
        itemStyle: { color: FLOW_COLORS[n.column] } })),
      links: f.links.map(l => ({ source: l.source, target: l.target, value: l.tasks, href: tasksHref(l.filter) }))
    }]
  }, true);
  flowChart.off('click');
  // A link opens its tasks; a leader or unit shows its own flow.
  flowChart.on('click', p => {
    if (p.dataType === 'edge') { location.href = p.data.href; return; }
    const n = nodes.get(p.name);
    const scope = document.getElementById('flow-scope');
    const value = (n.column === 'leader' ? 'leader:' : 'unit:') + n.name;
    if (scope.value !== value && [...scope.options].some(o => o.value === value)) {
      scope.value = value;
      scope.dispatchEvent(new Event('change'));
    }
  });
  const left = [['领导 → 牵头单位', f.leaderLinks], ['牵头单位 → 责任单位', f.leadLinks]]
    .filter(([, s]) => s.shown < s.links)
    .map(([stage, s]) => `${stage}共 ${fmt(s.links)} 条，画出最宽的 ${fmt(s.shown)} 条，未画出的每条不超过 ${fmt(s.largestOmitted)} 项任务`);
  omitted.textContent = (left.length ? left.join('；') + '。未画出的任务都在台账里。' : '每条连线都已画出。')
    + '一项任务有几位领导、几个牵头或责任单位时，每条连线各算一次。';
  el.dataset.links = f.links.length;
  el.dataset.scope = kind ? name : '';
}

/** The flow's scope: the notice, a leader, or a unit (busiest first). */
async function flowScopes() {
  const [leaders, units] = await Promise.all([json('/api/leaders'), json('/api/units?limit=1000')]);
  const option = (value, label) => `<option value="${esc(value)}">${esc(label)}</option>`;
  document.getElementById('flow-scope').insertAdjacentHTML('beforeend',
    `<optgroup label="责任领导">${leaders.map(l => option('leader:' + l.name, l.name)).join('')}</optgroup>
     <optgroup label="单位（任务多的在前）">${units.map(u => option('unit:' + u.name, u.name)).join('')}</optgroup>`);
  // The scope is kept in the address (?flow=unit:市发改委), so a unit's page can link to its flow and a view be shared.
  const scope = document.getElementById('flow-scope');
  const asked = new URLSearchParams(location.search).get('flow');
  if (asked && [...scope.options].some(o => o.value === asked)) scope.value = asked;
  scope.addEventListener('change', () => {
    const address = new URL(location.href);
    if (scope.value) address.searchParams.set('flow', scope.value); else address.searchParams.delete('flow');
    history.replaceState(null, '', address.pathname + address.search + address.hash);
    safely(flow, 'flow');
  });
  await flow();
}

const FIRST_ROWS = 12;
const PAGE_ROWS = 20;

/**
 * A ranked list shown by its first rows, then whole on request (「全部」), a page at a time: `load(offset, limit)`
 * answers { rows, total } and `draw(rows, offset)` writes them.
 */
function rankedList(boxId, load, draw) {
  const box = document.getElementById(boxId);
  let paged = false;
  let offset = 0;
  async function show() {
    const limit = paged ? PAGE_ROWS : FIRST_ROWS;
    const { rows, total } = await load(offset, limit);
    draw(rows, offset);
    const pages = Math.max(1, Math.ceil(total / PAGE_ROWS));
    const page = Math.floor(offset / PAGE_ROWS) + 1;
    box.querySelector('.pager').innerHTML = !paged
      ? (total > rows.length ? `<span class="text-muted me-2">前 ${fmt(rows.length)} 个，共 ${fmt(total)} 个</span>
          <button type="button" class="btn btn-sm btn-outline-primary" data-all>全部 ${fmt(total)} 个</button>` : '')
      : `<button type="button" class="btn btn-sm btn-outline-secondary" data-prev ${page <= 1 ? 'disabled' : ''}>上一页</button>
         <span class="mx-2" data-page>第 ${page} / ${pages} 页，共 ${fmt(total)} 个</span>
         <button type="button" class="btn btn-sm btn-outline-secondary" data-next ${page >= pages ? 'disabled' : ''}>下一页</button>
         <button type="button" class="btn btn-sm btn-link" data-first>收起</button>`;
    box.dataset.total = total;
  }
  box.addEventListener('click', e => {
    const b = e.target.closest('button');
    if (!b || !box.querySelector('.pager').contains(b)) return;
    if (b.matches('[data-all]')) { paged = true; offset = 0; }
    if (b.matches('[data-prev]')) offset = Math.max(0, offset - PAGE_ROWS);
    if (b.matches('[data-next]')) offset += PAGE_ROWS;
    if (b.matches('[data-first]')) { paged = false; offset = 0; }
    show().catch(err => notice(box, '加载失败：' + err.message));
  });
  return show();
}

/** A co-lead pair opens exactly the tasks both units lead (leadUnits=A,B), the count it shows. */
async function coLeadPairs() {
  await rankedList('pairs-box', async (offset, limit) => {
    const data = await json(`/api/conflicts/co-lead?offset=${offset}&limit=${limit}`);
    document.getElementById('coled-count').textContent = `共 ${fmt(data.totalTasks)} 项任务有多个牵头单位`;
    return { rows: data.pairs, total: data.totalPairs };
  }, pairs => {
    document.querySelector('#pairs tbody').innerHTML = pairs.map(p => `
      <tr data-href="${esc(tasksHref({ leadUnits: p.a + ',' + p.b }))}" data-count="${p.tasks}">
        <td>${esc(p.a)}</td><td>${esc(p.b)}</td><td class="text-end">${fmt(p.tasks)}</td></tr>`).join('');
  });
}

async function bottlenecks() {
  const el = document.getElementById('bottlenecks');
  let weights = '';
  await rankedList('bottlenecks', async (offset, limit) => {
    const data = await json(`/api/bottlenecks?offset=${offset}&limit=${limit}`);
    weights = weightsInWords(data.weights);
    return { rows: data.items, total: data.total };
  }, rows => {
    const table = el.querySelector('.ranking');
    if (!rows.length) { notice(table, '暂无数据'); return; }
    // The lead and total figures open the ledger on exactly those tasks; the row opens the unit in the explorer.
    const count = (n, filters) => `<a href="${esc(tasksHref(filters))}" data-count="${n}" data-stop>${fmt(n)}</a>`;
    table.innerHTML = `
    <table class="table table-sm table-hover table-click mb-1">
      <thead><tr><th>#</th><th>单位</th><th>类型</th><th class="text-end">瓶颈评分${info('瓶颈评分')}</th><th class="text-end">牵头${info('牵头')}</th>
        <th class="text-end">合计${info('合计')}</th><th class="text-end">含单位组${info('含单位组')}</th><th class="text-end">共同牵头占比${info('共同牵头')}</th>
        <th class="text-end">领导扇入${info('领导扇入')}</th><th class="text-end">中介中心度${info('中介中心度')}</th><th class="text-end">社区${info('社区')}</th></tr></thead>
      <tbody>${rows.map(b => `
        <tr data-href="${esc(exploreHref(b.name))}"><td>${b.rank}</td><td>${esc(b.name)}</td><td>${esc(kindLabel(b.kind))}</td>
          <td class="text-end fw-semibold">${fmt(b.score, 2)}</td><td class="text-end">${count(b.lead, { unit: b.name, role: 'lead' })}</td>
          <td class="text-end">${count(b.total, { unit: b.name })}</td><td class="text-end">${fmt(b.expandedTotal)}</td>
          <td class="text-end">${b.coLeadShare == null ? '—' : fmt(b.coLeadShare * 100, 0) + '%'}</td>
          <td class="text-end">${fmt(b.leaderFanIn)}</td><td class="text-end">${fmt(b.betweenness, 0)}</td>
          <td class="text-end">${esc(b.community ?? '—')}</td></tr>`).join('')}</tbody>
    </table>`;
    document.getElementById('weights').textContent =
      `评分满分 1：每一项先与本市该项最高的单位相比（最高者记 1），再按权重相加。${weights ? '权重：' + weights + '。' : ''}`;
  });
}

document.addEventListener('click', e => {
  if (e.target.closest('a, button')) return;
  const row = e.target.closest('tr[data-href]');
  if (row) location.href = row.dataset.href;
});
document.getElementById('expand-toggle').addEventListener('change', e => unitWorkload(e.target.checked));

const safely = (fn, id) => fn().catch(err => notice(document.getElementById(id), '加载失败：' + err.message));
safely(async () => { await headline(); await nextDue(); }, 'figures');
safely(async () => topLeadTable(await unitWorkload(false)), 'unit-workload');
safely(leaderWorkload, 'leader-workload');
Promise.all([safely(bottlenecks, 'bottlenecks'), safely(heatmap, 'heatmap'), safely(coLeadPairs, 'pairs-box'),
  safely(flowScopes, 'flow')])
  .finally(() => { document.body.dataset.ready = 'true'; });
