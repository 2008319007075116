// Graph explorer: a unit's, leader's or task's neighbourhood (or the whole city) drawn with
// Cytoscape.js and fcose. The address bar always holds the current view, so it can be sent on.
import { json, fmt, esc, unitHref, tasksHref, kindLabel, taskNo } from './api.js';
import { attachSuggest } from './suggest.js';

if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

const UNIT_COLOURS = { department: '#2e86c1', county: '#27ae60', enterprise: '#8e44ad', central: '#16a085',
  financial: '#b7950b', group: '#566573', other: '#95a5a6' };
const COMMUNITY_COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#bcf60c',
  '#008080', '#9a6324', '#800000', '#808000', '#000075', '#808080'];
const TYPE_LABEL = { unit: '单位', leader: '责任领导', task: '任务' };

const params = new URLSearchParams(location.search);
const state = {
  focus: params.get('focus') || '',
  depth: Number(params.get('depth') || 1),
  sel: params.get('sel') || '',
  size: params.get('size') || 'workload',
  hide: new Set((params.get('hide') || '').split(',').filter(Boolean)),
  role: params.get('role') || 'all',
  section: params.get('section') || '',
  leader: params.get('leader') || '',
  view: params.get('view') || ''
};
let mode = 'neighbourhood';
let hidden = {};
const expandedBy = new Map();
let analytics = new Map();   // unit name → bottleneck item (betweenness, community, score), when available

const cy = cytoscape({
  container: document.getElementById('cy'),
  wheelSensitivity: 0.3,
  minZoom: 0.05,
  maxZoom: 4,
  // Pan and zoom move a cached bitmap instead of redrawing every element: smooth at city size.
  textureOnViewport: true,
  pixelRatio: 1,
  style: [
    { selector: 'node', style: {
      'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
      label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
      'min-zoomed-font-size': 7, 'text-outline-color': '#fff', 'text-outline-width': 2, color: '#222' } },
    { selector: 'node[type = "leader"]', style: { shape: 'diamond', 'font-weight': 'bold' } },
    { selector: 'node[type = "task"]', style: { shape: 'round-rectangle', 'font-size': 9, color: '#555' } },
    { selector: 'node[?coLed]', style: { 'border-width': 3, 'border-color': '#e74c3c' } },
    { selector: 'node[?isGroup]', style: { shape: 'hexagon' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111', 'font-size': 14, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'node.more', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#7f8c8d' } },
    { selector: 'edge', style: { width: 1.2, 'line-color': '#bbb', 'curve-style': 'haystack', opacity: 0.8 } },
    { selector: 'edge[type = "LEADS"]', style: { 'line-color': '#c0392b', width: 2 } },
    { selector: 'edge[type = "SUPPORTS"]', style: { 'line-color': '#85c1e9' } },
    { selector: 'edge[type = "OVERSEES"]', style: { 'line-color': '#f0b27a', 'line-style': 'dashed', 'curve-style': 'straight' } },
    { selector: 'edge[type = "HAS_MEMBER"]', style: { 'line-color': '#7f8c8d', 'line-style': 'dotted', 'curve-style': 'straight' } },
    { selector: 'edge[type = "SHARES"]', style: { 'line-color': '#aab7b8', width: 'mapData(weight, 1, 20, 0.5, 8)', opacity: 0.5 } },
    { selector: '.filtered', style: { display: 'none' } }
  ]
});
window.respnet = { cy, state, expand, load };

// ---------- data → elements ----------

function metric(d) {
  if (state.size === 'betweenness') return analytics.get(d.name)?.betweenness ?? 0;
  if (state.size === 'lead') return d.lead;
  return d.total;
}

function styleNode(d) {
  const label = d.type === 'task' ? taskNo(d) : d.name;
  let colour = d.type === 'leader' ? '#d68910' : d.type === 'task' ? '#aab7b8' : (UNIT_COLOURS[d.kind] || '#95a5a6');
  if (state.size === 'community' && d.type === 'unit') {
    const c = analytics.get(d.name)?.community;
    colour = c == null ? '#ccc' : COMMUNITY_COLOURS[Math.abs(hash(String(c))) % COMMUNITY_COLOURS.length];
  }
  let size;
  if (d.type === 'task') size = 14;
  else if (state.size === 'betweenness') size = 18 + 40 * Math.sqrt(metric(d) / (maxBetweenness() || 1));
  else size = 16 + 6 * Math.sqrt(Math.max(0, metric(d)));
  // The units-only city view has 80-odd labels: only units with a real load are named until zoomed in.
  const unitsLabel = d.total >= 8 ? `${d.name}（${fmt(d.total)}）` : '';
  return { ...d, label: mode === 'units' && d.type === 'unit' ? unitsLabel : label, colour, size };
}
const hash = s => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
const maxBetweenness = () => Math.max(0, ...[...analytics.values()].map(a => a.betweenness || 0));

function addGraph(data, around) {
  const centre = around ? cy.$id(around).position() : null;
  const added = [];
  cy.batch(() => {
    data.nodes.forEach(n => {
      if (cy.$id(n.id).nonempty()) return;
      const el = { group: 'nodes', data: styleNode(n) };
      if (centre) el.position = { x: centre.x + (Math.random() - 0.5) * 80, y: centre.y + (Math.random() - 0.5) * 80 };
      added.push(cy.add(el).id());
    });
    data.links.forEach(l => {
      const id = l.source + '|' + l.type + '|' + l.target;
      if (cy.$id(id).empty() && cy.$id(l.source).nonempty() && cy.$id(l.target).nonempty()) {
        cy.add({ group: 'edges', data: { id, source: l.source, target: l.target, type: l.type, weight: l.weight } });
      }
    });
  });
  Object.entries(data.hidden || {}).forEach(([id, n]) => { hidden[id] = n; });
  cy.nodes().forEach(n => n.toggleClass('more', (hidden[n.id()] || 0) > 0));
  return added;
}

function restyle() {
  cy.batch(() => cy.nodes().forEach(n => n.data(styleNode(n.data()))));
}

function layout(randomize) {
  const n = cy.nodes(':visible').length;
  const l = cy.layout({
    name: window.cytoscapeFcose ? 'fcose' : 'cose', quality: n > 1000 ? 'draft' : 'default', randomize,
    // The city views are one dense cluster: push it apart harder so labels can be read.
    animate: n < 150 && !randomize, animationDuration: 400,
    nodeRepulsion: mode === 'neighbourhood' ? 6000 : 30000, idealEdgeLength: mode === 'neighbourhood' ? 70 : 140,
    nodeSeparation: 60, packComponents: true, fit: true, padding: 30
  });
  l.run();
  return l;
}

// ---------- loading, expanding, collapsing ----------

async function load() {
  setBusy(true);
  cy.elements().remove();
  hidden = {};
  expandedBy.clear();
  try {
    const url = state.focus
      ? '/api/graph?' + new URLSearchParams({ focus: state.focus, depth: state.depth })
      : '/api/graph' + (state.view === 'units' ? '?view=units' : '');
    const data = await json(url);
    mode = data.mode;
    addGraph(data);
    if (data.focus) {
      cy.$id(data.focus).addClass('focus');
      state.focus = data.focus;
    }
    applyFilters();
    layout(true);
    const pick = state.sel && cy.$id(state.sel).nonempty() ? state.sel : data.focus;
    if (pick) select(pick);
    else showOverview(data);
    status(data);
  } catch (e) {
    document.getElementById('side').innerHTML = `<div class="alert alert-warning">无法加载：${esc(e.message)}</div>`;
  } finally {
    setBusy(false);
    syncUrl();
  }
}

/** Adds a node's neighbours (at most the server's cap unless `all`), then lays out again around them. */
async function expand(id, all) {
  setBusy(true);
  try {
    const data = await json('/api/graph?' + new URLSearchParams({ focus: id, depth: 1, ...(all ? { limit: 2000 } : {}) }));
    delete hidden[id];
    const added = addGraph(data, id);
    const mine = expandedBy.get(id) || new Set();
    added.forEach(a => mine.add(a));
    expandedBy.set(id, mine);
    cy.$id(id).data('expanded', true);
    applyFilters();
    if (added.length) layout(false);
    status();
    return added.length;
  } finally {
    setBusy(false);
  }
}

/** Removes what expanding a node added, keeping anything that is still linked to the rest of the view. */
function collapse(id) {
  const mine = expandedBy.get(id);
  if (!mine) return;
  cy.batch(() => mine.forEach(a => {
    const n = cy.$id(a);
    if (n.empty() || n.hasClass('focus') || expandedBy.has(a)) return;
    if (n.neighborhood('node').filter(m => m.id() !== id).empty()) n.remove();
  }));
  expandedBy.delete(id);
  cy.$id(id).data('expanded', false);
  status();
}

function status(data) {
  const parts = [`节点 ${fmt(cy.nodes().length)} · 连线 ${fmt(cy.edges().length)}`];
  if (mode === 'units') parts.push((data?.truncated ? `全市视图超出节点上限（${fmt(data.budget)}）` : '全市单位网络')
    + '：仅显示单位，圆点大小为任务数，连线粗细为共同任务数');
  else if (mode === 'whole') parts.push('全市视图');
  if (Object.keys(hidden).length) parts.push(`有 ${fmt(Object.values(hidden).reduce((a, b) => a + b, 0))} 个邻居未显示（双线边框节点，可“显示更多”）`);
  const el = document.getElementById('graph-stats');
  el.textContent = parts.join(' · ');
  el.dataset.nodes = cy.nodes().length;
}

function setBusy(busy) {
  document.getElementById('busy').hidden = !busy;
  document.body.dataset.busy = busy;
}

// ---------- filters ----------

function applyFilters() {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes().forEach(n => {
      const d = n.data();
      let out = state.hide.has(d.type);
      if (d.type === 'task' && state.section && d.sectionNo !== state.section) out = true;
      if (d.type === 'task' && state.leader && !(d.leaderNames || []).includes(state.leader)) out = true;
      if (d.type === 'leader' && state.leader && d.name !== state.leader) out = true;
      if (n.hasClass('focus')) out = false;
      if (out) n.addClass('filtered');
    });
    if (state.role === 'lead') cy.edges('[type = "SUPPORTS"]').addClass('filtered');
    if (state.role === 'resp') cy.edges('[type = "LEADS"]').addClass('filtered');
    if (state.role !== 'all') {
      // A unit that reaches the view only through the hidden role goes too.
      cy.nodes('[type = "unit"]').forEach(n => {
        if (!n.hasClass('focus') && n.connectedEdges().not('.filtered').empty()) n.addClass('filtered');
      });
    }
  });
  syncUrl();
}

function syncUrl() {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  if (state.focus && state.depth !== 1) p.set('depth', state.depth);
  if (!state.focus && state.view) p.set('view', state.view);
  if (state.sel) p.set('sel', state.sel);
  if (state.size !== 'workload') p.set('size', state.size);
  if (state.hide.size) p.set('hide', [...state.hide].join(','));
  if (state.role !== 'all') p.set('role', state.role);
  if (state.section) p.set('section', state.section);
  if (state.leader) p.set('leader', state.leader);
  history.replaceState(null, '', '/explore' + (p.toString() ? '?' + p : ''));
  document.getElementById('share-link').value = location.href;
}

// ---------- side panel ----------

const side = document.getElementById('side');

function select(id) {
  state.sel = id;
  cy.$(':selected').unselect();
  const n = cy.$id(id);
  n.select();
  syncUrl();
  const d = n.nonempty() ? n.data() : { id, type: id.startsWith('T:') ? 'task' : id.startsWith('L:') ? 'leader' : 'unit', name: id.split('/').pop() };
  if (d.type === 'unit') return unitPanel(d);
  if (d.type === 'leader') return leaderPanel(d);
  return taskPanel(d);
}

function actions(d) {
  const more = hidden[d.id] || 0;
  return `<div class="btn-group btn-group-sm flex-wrap my-2" role="group">
      <button class="btn btn-outline-primary" data-act="expand">展开邻居</button>
      <button class="btn btn-outline-secondary" data-act="collapse" ${expandedBy.has(d.id) ? '' : 'disabled'}>收起</button>
      ${more ? `<button class="btn btn-outline-warning" data-act="more">显示更多（${fmt(more)}）</button>` : ''}
      <button class="btn btn-outline-dark" data-act="focus">以此为中心</button>
    </div>`;
}

function taskList(tasks, cls, id) {
  if (!tasks.length) return '<div class="text-muted small">无</div>';
  return `<div id="${id}">` + tasks.map(t => `
    <div class="task-item ${cls}" data-task="T:${esc(t.id)}" title="${esc(t.text)}">
      <span class="text-muted">${esc(taskNo(t))}.</span> ${esc(t.text.length > 46 ? t.text.slice(0, 46) + '…' : t.text)}
      ${t.office ? `<span class="text-muted">（以${esc(t.office)}名义）</span>` : ''}
    </div>`).join('') + '</div>';
}

async function unitPanel(d) {
  side.innerHTML = `<h5>${esc(d.name)}</h5><div class="text-muted small">加载中…</div>`;
  const [u, coLed] = await Promise.all([
    json('/api/units/' + encodeURIComponent(d.name)),
    json('/api/tasks?' + new URLSearchParams({ unit: d.name, coLed: true }))]);
  const partners = new Map();
  coLed.filter(t => t.leadUnits.some(x => x.name === d.name))
    .forEach(t => t.leadUnits.filter(x => x.name !== d.name).forEach(x => partners.set(x.name, (partners.get(x.name) || 0) + 1)));
  const a = analytics.get(d.name);
  side.innerHTML = `
    <h5 class="mb-0" id="panel-title">${esc(u.name)}</h5>
    <div class="small text-muted">${esc(kindLabel(u.kind))}${u.groups.length ? ' · 属于 ' + u.groups.map(esc).join('、') : ''}</div>
    ${actions(d)}
    <div class="row text-center g-1 small">
      <div class="col"><div class="fs-5 fw-semibold text-danger">${fmt(u.workload.lead)}</div>牵头</div>
      <div class="col"><div class="fs-5 fw-semibold text-primary">${fmt(u.workload.responsible)}</div>责任</div>
      <div class="col"><div class="fs-5 fw-semibold">${fmt(u.workload.total)}</div>合计</div>
      <div class="col"><div class="fs-5 fw-semibold">${fmt(u.expandedWorkload.total)}</div>含单位组</div>
      <div class="col"><div class="fs-5 fw-semibold">${fmt(u.workload.leaders)}</div>领导扇入</div>
    </div>
    ${a ? `<div class="small mt-1">瓶颈评分 <b>${fmt(a.score, 3)}</b> · 中介中心度 ${fmt(a.betweenness, 1)} · 社区 ${esc(a.community ?? '—')}</div>` : ''}
    <div class="mt-2"><a href="${esc(unitHref(u.name))}">单位简报（可打印）</a> · <a href="${esc(tasksHref({ unit: u.name }))}">在台账中查看</a></div>
    <div class="section-title">共同牵头伙伴</div>
    <div id="partners">${partners.size ? [...partners.entries()].sort((x, y) => y[1] - x[1]).map(([n, c]) =>
      `<a href="#" class="badge bg-light text-dark border me-1 mb-1" data-focus="${esc(n)}">${esc(n)} · ${fmt(c)}</a>`).join('') : '<span class="text-muted small">无</span>'}</div>
    <div class="section-title">责任领导</div>
    <div>${u.leaders.map(l => `<span class="badge type-leader me-1">${esc(l.name)} · ${fmt(l.tasks)}</span>`).join('') || '<span class="text-muted small">无</span>'}</div>
    <div class="section-title">牵头任务（${fmt(u.leadTasks.length)}）</div>
    ${taskList(u.leadTasks, 'lead', 'lead-tasks')}
    <div class="section-title">责任任务（${fmt(u.responsibleTasks.length)}）</div>
    ${taskList(u.responsibleTasks, '', 'resp-tasks')}
    ${u.groupTasks.length ? `<div class="section-title">经所属单位组承担（${fmt(u.groupTasks.length)}）</div>${taskList(u.groupTasks, '', 'group-tasks')}` : ''}`;
}

async function leaderPanel(d) {
  side.innerHTML = `<h5>${esc(d.name)}</h5><div class="text-muted small">加载中…</div>`;
  const tasks = await json('/api/tasks?' + new URLSearchParams({ leader: d.name }));
  const units = new Map();
  tasks.forEach(t => t.leadUnits.forEach(u => units.set(u.name, (units.get(u.name) || 0) + 1)));
  side.innerHTML = `
    <h5 class="mb-0" id="panel-title">${esc(d.name)}</h5><div class="small text-muted">责任领导 · 分管 ${fmt(tasks.length)} 项任务</div>
    ${actions(d)}
    <div><a href="${esc(tasksHref({ leader: d.name }))}">在台账中查看</a></div>
    <div class="section-title">牵头单位（${fmt(units.size)}）</div>
    <div>${[...units.entries()].sort((x, y) => y[1] - x[1]).map(([n, c]) =>
      `<a href="#" class="badge bg-light text-dark border me-1 mb-1" data-focus="${esc(n)}">${esc(n)} · ${fmt(c)}</a>`).join('')}</div>
    <div class="section-title">分管任务</div>
    ${taskList(tasks, '', 'leader-tasks')}`;
}

async function taskPanel(d) {
  const id = d.id.slice(2);
  const t = await json('/api/tasks/' + encodeURIComponent(id));
  const unitLinks = us => us.map(u => `<a href="#" data-focus="${esc(u.name)}">${esc(u.name)}</a>${u.office ? '（' + esc(u.office) + '）' : ''}`).join('、') || '—';
  side.innerHTML = `
    <h5 class="mb-0" id="panel-title">第 ${esc(taskNo(t))} 项 ${t.leadUnits.length >= 2 ? '<span class="badge coled">共同牵头</span>' : ''}</h5>
    <div class="small text-muted">${esc(t.kind === 'LIVELIHOOD' ? '民生实事' : '重点工作')} · ${esc(t.sectionNo || '')} ${esc(t.section || '')}</div>
    ${actions(d)}
    <p class="mt-2">${esc(t.text)}</p>
    <dl class="small">
      <dt>责任领导</dt><dd>${t.leaders.map(l => `<a href="#" data-focus="${esc(l)}">${esc(l)}</a>`).join('、') || '—'}</dd>
      <dt>牵头单位</dt><dd>${unitLinks(t.leadUnits)}</dd>
      <dt>责任单位</dt><dd>${unitLinks(t.responsibleUnits)}</dd>
    </dl>`;
}

function showOverview(data) {
  const units = data.nodes.filter(n => n.type === 'unit').sort((a, b) => b.total - a.total).slice(0, 15);
  side.innerHTML = `<h5 id="panel-title">${mode === 'units' ? '全市单位网络' : '全市责任网络'}</h5>
    <p class="small text-muted">点击节点查看详情；在左侧搜索框输入单位、领导或任务编号。</p>
    <div class="section-title">任务最多的单位</div>
    ${units.map(u => `<div class="task-item" data-select="${esc(u.id)}">${esc(u.name)} <span class="text-muted">· ${fmt(u.total)} 项</span></div>`).join('')}`;
}

side.addEventListener('click', async e => {
  const act = e.target.closest('[data-act]');
  const id = state.sel;
  if (act) {
    if (act.dataset.act === 'expand') await expand(id, false);
    if (act.dataset.act === 'more') await expand(id, true);
    if (act.dataset.act === 'collapse') collapse(id);
    if (act.dataset.act === 'focus') { state.focus = id; state.sel = ''; return load(); }
    return select(id);
  }
  const focus = e.target.closest('[data-focus]');
  if (focus) { e.preventDefault(); state.focus = focus.dataset.focus; state.sel = ''; return load(); }
  const pick = e.target.closest('[data-select]');
  if (pick) return select(pick.dataset.select);
  const task = e.target.closest('[data-task]');
  if (task) {
    const tid = task.dataset.task;
    if (cy.$id(tid).empty()) await expand(state.sel, true);
    if (cy.$id(tid).nonempty()) cy.animate({ center: { eles: cy.$id(tid) }, duration: 300 });
    return select(tid);
  }
});

cy.on('tap', 'node', e => select(e.target.id()));
cy.on('dbltap', 'node', e => expand(e.target.id(), false));

// ---------- tools ----------

attachSuggest(document.getElementById('search'), hit => {
  state.focus = hit.id;
  state.sel = '';
  load();
});
const depth = document.getElementById('depth');
depth.value = String(state.depth);
depth.addEventListener('change', () => { state.depth = Number(depth.value); if (state.focus) load(); });
document.querySelectorAll('[data-type-toggle]').forEach(box => {
  box.checked = !state.hide.has(box.dataset.typeToggle);
  box.addEventListener('change', () => {
    box.checked ? state.hide.delete(box.dataset.typeToggle) : state.hide.add(box.dataset.typeToggle);
    applyFilters();
  });
});
const role = document.getElementById('role');
role.value = state.role;
role.addEventListener('change', () => { state.role = role.value; applyFilters(); });
const size = document.getElementById('size');
size.value = state.size;
size.addEventListener('change', () => { state.size = size.value; restyle(); syncUrl(); });
document.getElementById('relayout').addEventListener('click', () => layout(true));
document.getElementById('fit').addEventListener('click', () => cy.fit(cy.nodes(':visible'), 30));
document.getElementById('whole').addEventListener('click', () => { state.focus = ''; state.sel = ''; state.view = ''; load(); });
document.getElementById('whole-units').addEventListener('click', () => { state.focus = ''; state.sel = ''; state.view = 'units'; load(); });
document.getElementById('png').addEventListener('click', () => {
  const a = document.createElement('a');
  a.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
  a.download = '责任网络-' + (state.focus ? state.focus.split('/').pop() : '全市') + '.png';
  a.click();
});
document.getElementById('copy-link').addEventListener('click', async () => {
  const input = document.getElementById('share-link');
  input.select();
  try { await navigator.clipboard.writeText(input.value); } catch (e) { document.execCommand('copy'); }
});

async function fillFilters() {
  const [tasks, leaders] = await Promise.all([json('/api/tasks'), json('/api/leaders')]);
  const sections = new Map();
  tasks.filter(t => t.kind === 'KEY' && t.sectionNo).forEach(t => sections.set(t.sectionNo, t.section));
  const sectionSelect = document.getElementById('section');
  sectionSelect.innerHTML = '<option value="">全部篇章</option>' + [...sections.entries()]
    .map(([no, title]) => `<option value="${esc(no)}">${esc(no)}、${esc((title || '').slice(0, 14))}</option>`).join('');
  sectionSelect.value = state.section;
  sectionSelect.addEventListener('change', () => { state.section = sectionSelect.value; applyFilters(); });
  const leaderSelect = document.getElementById('leader');
  leaderSelect.innerHTML = '<option value="">全部领导</option>' + leaders.map(l => `<option>${esc(l.name)}</option>`).join('');
  leaderSelect.value = state.leader;
  leaderSelect.addEventListener('change', () => { state.leader = leaderSelect.value; applyFilters(); });
}

async function loadAnalytics() {
  try {
    const [units, groups] = await Promise.all([json('/api/bottlenecks'), json('/api/bottlenecks?kind=group')]);
    analytics = new Map([...units.items, ...groups.items].map(r => [r.name, r]));
  } catch (err) {
    ['betweenness', 'community'].forEach(v => {
      const opt = size.querySelector(`option[value="${v}"]`);
      opt.disabled = true;
      opt.textContent += '（加载失败：' + err.message + '）';
    });
    if (state.size === 'betweenness' || state.size === 'community') { state.size = 'workload'; size.value = 'workload'; }
  }
  restyle();
}

fillFilters().catch(() => {});
loadAnalytics().catch(() => {});
load().finally(() => { document.body.dataset.ready = 'true'; });
