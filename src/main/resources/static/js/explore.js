// Graph explorer: the city's units (the default), the whole city, or a unit's, leader's or task's
// neighbourhood, drawn with Cytoscape.js at the places the server computed once after the import
// (so every visit and every shared link shows the same picture, with no layout pass in the browser).
// The address bar always holds the current view by names, so it can be sent on.
import { json, fmt, esc, unitHref, tasksHref, kindLabel, taskNo, withNotice } from './api.js';
import { attachSuggest } from './suggest.js';
import { info, TERMS, livelihoodItem } from './terms.js';

if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

const UNIT_COLOURS = { department: '#2e86c1', county: '#27ae60', enterprise: '#8e44ad', central: '#16a085',
  financial: '#b7950b', group: '#566573', other: '#95a5a6' };
const COMMUNITY_COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0', '#f032e6', '#bcf60c',
  '#008080', '#9a6324', '#800000', '#808000', '#000075', '#808080'];

/**
 * The view the address names. `expand` lists the nodes expanded since, in order, by what the address calls
 * them (a trailing * for 显示更多), so a shared link or the browser's Back draws the same picture again.
 */
function readAddress() {
  const params = new URLSearchParams(location.search);
  return {
    focus: params.get('focus') || '',
    depth: Number(params.get('depth') || 1),
    sel: params.get('sel') || '',
    size: params.get('size') || 'workload',
    hide: new Set((params.get('hide') || '').split(',').filter(Boolean)),
    role: params.get('role') || 'all',
    section: params.get('section') || '',
    leader: params.get('leader') || '',
    view: params.get('view') === 'all' ? 'all' : '',
    expand: (params.get('expand') || '').split(',').filter(Boolean)
  };
}
const state = readAddress();
let mode = 'units';
let shown = null;            // the view's answer from /api/graph
let hidden = {};
const expandedBy = new Map();   // node id → ids its expansion added, in the order expanded
const expandedAll = new Set();  // expanded with 显示更多 (no cap)
let loads = 0;               // a newer load (Back pressed twice) makes an older one stop drawing
let panels = 0;              // likewise the side panel: one whose data comes back after a newer one is dropped
let analytics = new Map();   // unit name → bottleneck item (betweenness, community, score), when available

const cy = cytoscape({
  container: document.getElementById('cy'),
  // Cytoscape's own step: three notches of the wheel zoom about a third, not the 4 % a reduced step gave.
  wheelSensitivity: 1,
  minZoom: 0.05,
  maxZoom: 4,
  // Pan and zoom move a cached bitmap instead of redrawing every element: smooth at city size.
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  motionBlur: false,
  pixelRatio: 1,
  style: [
    // Labels by zoom level: a node's font grows with its load and its label is drawn only once the
    // zoom makes it big enough (Cytoscape rounds the zoom up to a power of two before comparing with
    // min-zoomed-font-size, hence 16), so the busiest are named first and every node when zoomed in.
    { selector: 'node', style: {
      'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
      label: 'data(label)', 'font-size': 'data(font)', 'text-valign': 'bottom', 'text-margin-y': 3,
      'min-zoomed-font-size': 16, 'text-outline-color': '#fff', 'text-outline-width': 2, color: '#222',
      'z-index': 5 } },
    { selector: 'node[type = "leader"]', style: { shape: 'diamond', 'font-weight': 'bold', 'z-index': 8 } },
    { selector: 'node[type = "task"]', style: { shape: 'round-rectangle', color: '#555', 'z-index': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 110 } },
    { selector: 'node[?coLed]', style: { 'border-width': 3, 'border-color': '#e74c3c' } },
    // A group stands for all its members: drawn below the units and see-through, so it never hides one.
    { selector: 'node[?isGroup]', style: { shape: 'hexagon', 'z-index': 1, 'background-opacity': 0.75 } },
    { selector: 'node.more', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#7f8c8d' } },
    // A hub's label is sized for the zoom already (HUB_PX on screen): drawn whatever min-zoomed-font-size says.
    { selector: 'node.hub', style: { 'z-index': 60, 'min-zoomed-font-size': 0 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold', 'z-index': 100 } },
    // Selection: a black halo, a colour no legend entry uses.
    { selector: 'node:selected', style: { 'underlay-color': '#000', 'underlay-opacity': 0.3, 'underlay-padding': 7,
      'underlay-shape': 'ellipse', 'z-index': 90, 'min-zoomed-font-size': 0 } },
    { selector: 'edge', style: { width: 1.2, 'line-color': '#bbb', 'curve-style': 'haystack', opacity: 0.8 } },
    { selector: 'edge[type = "LEADS"]', style: { 'line-color': '#c0392b', width: 2 } },
    { selector: 'edge[type = "SUPPORTS"]', style: { 'line-color': '#85c1e9' } },
    { selector: 'edge[type = "OVERSEES"]', style: { 'line-color': '#f0b27a', 'line-style': 'dashed', 'curve-style': 'straight' } },
    { selector: 'edge[type = "HAS_MEMBER"]', style: { 'line-color': '#7f8c8d', 'line-style': 'dotted', 'curve-style': 'straight' } },
    { selector: 'edge[type = "SHARES"]', style: { 'line-color': '#aab7b8', width: 'mapData(weight, 1, 20, 0.5, 8)',
      opacity: 'mapData(weight, 1, 10, 0.25, 0.7)' } },
    { selector: 'edge.group-link', style: { display: 'none' } },
    { selector: 'edge.group-link.shown', style: { display: 'element', 'line-color': '#566573', opacity: 0.6 } },
    { selector: '.filtered', style: { display: 'none' } }
  ]
});
window.respnet = { cy, state, expand, load, labelDrawn, timings: {} };

// ---------- data → elements ----------

/** What the address bar calls a node: a unit's or leader's name, a task's number. */
const urlName = d => d.type === 'task' ? String(d.no ?? d.name) : d.name;

/** A task's short caption: its number and the first words of its text. */
function taskCaption(d) {
  const first = (d.text || '').split(/[，。；、：（(]/)[0] || '';
  return `${taskNo(d)} ${first.length > 8 ? first.slice(0, 8) + '…' : first}`;
}

function metric(d) {
  if (state.size === 'betweenness') return analytics.get(d.name)?.betweenness ?? 0;
  if (state.size === 'lead') return d.lead;
  return d.total;
}

function styleNode(d) {
  let colour = d.type === 'leader' ? '#d68910' : d.type === 'task' ? '#aab7b8' : (UNIT_COLOURS[d.kind] || '#95a5a6');
  if (state.size === 'community' && d.type === 'unit') {
    const c = analytics.get(d.name)?.community;
    colour = c == null ? '#ccc' : COMMUNITY_COLOURS[Math.abs(hash(String(c))) % COMMUNITY_COLOURS.length];
  }
  let size;
  if (d.type === 'task') size = 14;
  else if (state.size === 'betweenness') size = 18 + 40 * Math.sqrt(metric(d) / (maxBetweenness() || 1));
  else size = 16 + 6 * Math.sqrt(Math.max(0, metric(d)));
  const font = d.type === 'task' ? 10 : Math.round(Math.min(30, 11 + 2.2 * Math.sqrt(Math.max(0, d.total))));
  return { ...d, label: d.type === 'task' ? taskCaption(d) : d.name, colour, size, baseFont: font, font: d.font ?? font };
}

// Labels by zoom, Bloom style: when zoomed out, the busiest nodes whose names do not collide on
// screen are named at a readable 14 px (the busiest first); every other label appears once zoomed in
// far enough for its own font (min-zoomed-font-size). Chosen again after each zoom.
const HUB_PX = 14;
const MAX_HUBS = 40;

/** Cytoscape's texture scale: the zoom rounded up to a power of two (the pixel ratio is 1). */
function labelScale() {
  return Math.pow(2, Math.ceil(Math.log2(cy.zoom())));
}

/** Whether Cytoscape draws a node's name at this zoom: a hub or the selected node always, others when big enough. */
function labelDrawn(n) {
  return n.hasClass('hub') || n.selected() || n.data('font') * labelScale() >= 16;
}

function labelHubs() {
  const zoom = cy.zoom();
  const box = { w: cy.width(), h: cy.height() };
  const taken = [];
  const ranked = cy.nodes(':visible').filter('[type != "task"]')
    .sort((a, b) => (b.hasClass('focus') - a.hasClass('focus')) || b.data('total') - a.data('total'));
  const hubs = new Set();
  // Cytoscape compares font × labelScale() with min-zoomed-font-size (16): a label that passes is drawn
  // anyway; every other busy node is a hub candidate (at a fit zoom of 0.488 a 30 px font fails).
  const drawnAlone = n => n.data('baseFont') * labelScale() >= 16;
  ranked.forEach(n => {
    if (hubs.size >= MAX_HUBS || drawnAlone(n)) return;
    const p = n.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > box.w || p.y > box.h) return;
    const w = (n.data('name') || '').length * HUB_PX + 4, top = p.y + n.renderedHeight() / 2;
    const r = { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + HUB_PX + 4 };
    // A name cut off at the edge is no name: the whole label (its margin, line and outline) stays on the canvas.
    if (r.x1 < 4 || r.x2 > box.w - 4 || top + 3 + 1.3 * HUB_PX + 4 > box.h) return;
    const nodeBox = { x1: p.x - n.renderedWidth() / 2, x2: p.x + n.renderedWidth() / 2, y1: p.y - n.renderedHeight() / 2, y2: top };
    if (taken.some(t => r.x1 < t.x2 && r.x2 > t.x1 && r.y1 < t.y2 && r.y2 > t.y1)) return;
    taken.push(r, nodeBox);
    hubs.add(n.id());
  });
  cy.batch(() => cy.nodes('[type != "task"]').forEach(n => {
    const hub = hubs.has(n.id());
    n.data('font', hub ? HUB_PX / zoom : n.data('baseFont'));
    n.toggleClass('hub', hub);
  }));
  status();
}
let relabelling = false;
// After a zoom, a pan (an expansion brought into view) or a resize (the legend folded): other nodes are on
// screen to be named.
cy.on('viewport resize', () => {
  if (relabelling) return;
  relabelling = true;
  setTimeout(() => { relabelling = false; labelHubs(); }, 120);
});

/**
 * Adds nodes and links. In the city pictures nodes go to their stored place; nodes added by expanding
 * `around` go on an arc beside it, on the side away from the rest, so nothing already drawn moves.
 */
function addGraph(data, around) {
  const fresh = data.nodes.filter(n => cy.$id(n.id).empty());
  const added = [];
  let arc = null;
  if (around && fresh.length) {
    const c = cy.$id(around).position();
    // The middle of the nodes' places, not of what is drawn (labels and the selection's halo): the same
    // expansions from a shared link must land where they landed before.
    const xs = cy.nodes().map(n => n.position('x')), ys = cy.nodes().map(n => n.position('y'));
    const middle = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    const away = Math.atan2(c.y - middle.y, c.x - middle.x) || 0;
    const spread = Math.min(2 * Math.PI, Math.max(2 * Math.PI / 3, fresh.length * 0.25));
    const r = 150 + 6 * fresh.length;
    arc = i => {
      const a = away - spread / 2 + spread * (fresh.length === 1 ? 0.5 : i / (fresh.length - 1));
      return { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
    };
  }
  cy.batch(() => {
    fresh.forEach((n, i) => {
      const el = { group: 'nodes', data: styleNode(n) };
      if (arc && !(mode === 'whole' && n.x != null)) el.position = arc(i);
      else if (n.x != null) el.position = { x: n.x, y: n.y };
      added.push(cy.add(el).id());
    });
    const groups = new Set(data.nodes.filter(n => n.isGroup).map(n => n.id));
    data.links.forEach(l => {
      const id = l.source + '|' + l.type + '|' + l.target;
      if (cy.$id(id).empty() && cy.$id(l.source).nonempty() && cy.$id(l.target).nonempty()) {
        const edge = cy.add({ group: 'edges', data: { id, source: l.source, target: l.target, type: l.type, weight: l.weight } });
        // In the units overview the groups stand apart; their links show only when one is picked.
        if (l.type === 'SHARES' && (groups.has(l.source) || groups.has(l.target))) edge.addClass('group-link');
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

/** Only when the server has no stored places yet (just after an import): a force layout in the browser. */
function fallbackLayout() {
  cy.layout({ name: window.cytoscapeFcose ? 'fcose' : 'cose', randomize: true, animate: false,
    nodeRepulsion: 8000, idealEdgeLength: 80, nodeSeparation: 60, fit: true, padding: 30 }).run();
}

const TYPE_ORDER = { leader: 0, unit: 1, task: 2 };

/**
 * A neighbourhood: the focus in the middle and each further step on a ring around it, in a fixed
 * order (leaders, units, tasks by number), so the same address always draws the same picture.
 */
function ringsAround(focusId) {
  const steps = {};
  cy.elements().breadthFirstSearch({ roots: cy.$id(focusId), visit: (v, e, u, i, depth) => { steps[v.id()] = depth; } });
  const key = d => [TYPE_ORDER[d.type] ?? 3, d.type === 'task' ? (d.kind === 'LIVELIHOOD' ? 1000 : 0) + (parseInt(d.no, 10) || 0) : 0, d.name];
  cy.layout({
    name: 'concentric', animate: false, fit: true, padding: 30, avoidOverlap: true, minNodeSpacing: 28,
    startAngle: -Math.PI / 2, levelWidth: () => 1, concentric: n => 10 - (steps[n.id()] ?? 9),
    sort: (a, b) => {
      const x = key(a.data()), y = key(b.data());
      return x[0] - y[0] || x[1] - y[1] || String(x[2]).localeCompare(String(y[2]), 'zh-CN');
    }
  }).run();
}

/** Puts every node back where the view first drew it (after dragging). */
function restoreLayout() {
  if (mode === 'neighbourhood') return ringsAround(cy.$('node.focus').id());
  const stored = cy.nodes().filter(n => n.data('x') != null && (mode !== 'units' || n.data('type') === 'unit'));
  if (stored.length < cy.nodes().length / 2) return fallbackLayout();
  cy.batch(() => stored.forEach(n => n.position({ x: n.data('x'), y: n.data('y') })));
  cy.fit(cy.nodes(':visible'), 30);
}

// ---------- loading, expanding, collapsing ----------

async function load() {
  const t0 = performance.now();
  const mine = ++loads;
  const wanted = state.expand;
  setBusy(true);
  showEmpty('');
  cy.elements().remove();
  hidden = {};
  expandedBy.clear();
  expandedAll.clear();
  try {
    const url = state.focus
      ? '/api/graph?' + new URLSearchParams({ focus: state.focus, depth: state.depth })
      : '/api/graph' + (state.view === 'all' ? '' : '?view=units');
    const res = await fetch(await withNotice(url), { headers: { Accept: 'application/json' } });
    if (res.status === 404 && state.focus) return await unknownFocus(state.focus);
    if (!res.ok) throw new Error(`服务器暂时无法回答（${res.status}），请稍后再试。`);
    const data = await res.json();
    if (mine !== loads) return;
    const fetched = performance.now();
    shown = data;
    if (!data.nodes.length) {
      showEmpty('<h5 id="panel-title">图里还没有任务</h5><p class="mb-0">导入一份任务分解通知后，这里会画出单位、责任领导和任务之间的关系。</p>');
    }
    mode = data.mode;
    addGraph(data);
    let focusNode = null;
    if (data.focus) {
      focusNode = cy.$id(data.focus).addClass('focus');
      state.focus = urlName(focusNode.data());
    }
    applyFilters();
    // The status line just written may have taken another line from the canvas: Cytoscape hears of it only at
    // the next frame, too late for the fit and the names below.
    cy.resize();
    if (mode === 'neighbourhood') ringsAround(data.focus);
    else if (data.nodes.some(n => n.x == null)) fallbackLayout();
    else cy.fit(cy.nodes(':visible'), 30);
    labelHubs();
    // The address's expansions, in their order: each adds to what the ones before it drew.
    let last = null;
    for (const token of wanted) {
      const all = token.endsWith('*');
      const node = findNode(all ? token.slice(0, -1) : token);
      if (node && node.nonempty()) {
        await expand(node.id(), all, true);
        if (mine !== loads) return;
        last = node.id();
      }
    }
    if (last) bringIntoView(last, false);
    const pick = findNode(state.sel) || focusNode;
    if (pick && pick.nonempty()) select(pick.id());
    else { state.sel = ''; showOverview(data); }
    status();
    window.respnet.timings = { fetchMs: fetched - t0, drawMs: performance.now() - fetched };
  } catch (e) {
    if (mine === loads) {
      panels++;
      side.innerHTML = `<div class="alert alert-warning">无法加载关系图：${esc(e.message)}</div>`;
    }
  } finally {
    if (mine === loads) {
      setBusy(false);
      syncUrl();
    }
  }
}

/** A node by what the address calls it (name or task number), or by its explorer id. */
function findNode(name) {
  if (!name) return null;
  const byId = cy.$id(name);
  if (byId.nonempty()) return byId;
  const hits = cy.nodes().filter(n => urlName(n.data()) === name);
  return hits.nonempty() ? (hits.filter('[type = "unit"]').nonempty() ? hits.filter('[type = "unit"]')[0] : hits[0]) : null;
}

/** The address names nothing in the graph: say so, and offer what the search box would. */
async function unknownFocus(name) {
  let hits = [];
  try {
    const res = await fetch(await withNotice('/api/search?q=' + encodeURIComponent(name)));
    hits = res.ok ? await res.json() : [];
  } catch (e) { /* no suggestions then */ }
  const links = hits.slice(0, 6).map(h => `<a href="#" class="me-2" data-focus="${esc(h.name)}">${esc(h.type === 'task' ? '第 ' + taskNo({ kind: h.kind, no: h.name }) + ' 项' : h.name)}</a>`).join('');
  const html = `<h5 id="panel-title">没有找到“${esc(name)}”</h5>
    ${links ? `<p class="mb-1">您是不是要找：</p><p id="did-you-mean">${links}</p>`
      : '<p>请在页面顶部的搜索框输入单位、领导或任务编号（如“发改委”“黄继军”“12”）。</p>'}
    <p class="mb-0"><a href="/explore" data-home>查看全市单位网络</a></p>`;
  showEmpty(html);
  panels++;
  side.innerHTML = `<div class="text-muted small">地址里的“${esc(name)}”不是本系统中的单位、领导或任务。</div>`;
  document.getElementById('graph-stats').textContent = '';
}

function showEmpty(html) {
  const el = document.getElementById('graph-empty');
  el.innerHTML = html;
  el.hidden = !html;
}

/**
 * Adds a node's neighbours (at most the server's cap unless `all`) next to it; nothing else moves, and the
 * view turns to them. While a load restores the address's expansions (`restoring`) the view waits for the last.
 */
async function expand(id, all, restoring = false) {
  const view = loads;
  setBusy(true);
  try {
    const data = await json('/api/graph?' + new URLSearchParams({ focus: id, depth: 1, ...(all ? { limit: 2000 } : {}) }));
    if (view !== loads) return 0;   // another view was loaded meanwhile
    delete hidden[id];
    const added = addGraph(data, id);
    const mine = expandedBy.get(id) || new Set();
    added.forEach(a => mine.add(a));
    expandedBy.set(id, mine);
    if (all) expandedAll.add(id);
    rememberExpansions();
    cy.$id(id).data('expanded', true);
    applyFilters();
    labelHubs();
    if (!restoring) bringIntoView(id, true);
    return added.length;
  } finally {
    if (!restoring) setBusy(false);
  }
}

/** The address lists the expansions by the names it uses for focus (a trailing * for 显示更多). */
function rememberExpansions() {
  state.expand = [...expandedBy.keys()].map(k => cy.$id(k)).filter(n => n.nonempty())
    .map(n => urlName(n.data()) + (expandedAll.has(n.id()) ? '*' : ''));
}

/**
 * Turns the view to an expanded node and what it added, when some of it is off screen: centred on them, as
 * close as they fit but no closer than the view was or 1.2 (where task numbers are drawn), so the city does
 * not shrink to a speck.
 */
function bringIntoView(id, animate) {
  const eles = cy.$id(id).union(cy.collection([...(expandedBy.get(id) || [])].map(a => cy.$id(a)))).filter(':visible');
  if (eles.empty()) return;
  const bb = eles.boundingBox({ includeLabels: false });
  const ext = cy.extent();
  if (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2) return;
  const pad = 50, w = cy.width(), h = cy.height();
  const zoom = Math.max(cy.minZoom(), Math.min(Math.max(cy.zoom(), 1.2),
    (w - 2 * pad) / Math.max(bb.w, 1), (h - 2 * pad) / Math.max(bb.h, 1)));
  const pan = { x: w / 2 - zoom * (bb.x1 + bb.x2) / 2, y: h / 2 - zoom * (bb.y1 + bb.y2) / 2 };
  if (animate) cy.animate({ zoom, pan, duration: 300 });
  else cy.viewport({ zoom, pan });
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
  expandedAll.delete(id);
  rememberExpansions();
  cy.$id(id).data('expanded', false);
  status();
  syncUrl();
}

/**
 * Counts what is drawn (nodes a filter hides are not in the count), then what is not: names too small to
 * draw at this zoom, nodes a filter hides and neighbours left out by the server's cap.
 */
function status() {
  const visible = cy.nodes(':visible');
  const units = visible.filter('[type = "unit"][!isGroup]').length;
  const groups = visible.filter('[?isGroup]').length;
  const leaders = visible.filter('[type = "leader"]').length;
  const tasks = visible.filter('[type = "task"]').length;
  const counted = [units && `${fmt(units)} 个单位`, groups && `${fmt(groups)} 个单位组`, leaders && `${fmt(leaders)} 位责任领导`,
    tasks && `${fmt(tasks)} 项任务`].filter(Boolean).join('、');
  const parts = [counted || '没有节点'];
  const unnamed = visible.filter(n => !labelDrawn(n)).length;
  if (unnamed) parts.push(`标出 ${fmt(visible.length - unnamed)} 个名称，另 ${fmt(unnamed)} 个放大后显示`);
  const filtered = cy.nodes('.filtered').length;
  if (filtered) parts.push(`筛选隐藏了 ${fmt(filtered)} 个节点`);
  if (mode === 'units') {
    parts.push('全市单位网络：圆点越大任务越多；连线表示两个单位承担了相同的任务，越粗越多'
      + (groups ? '；单位组排在右侧，点击可看到它的连线' : ''));
    if (shown?.truncated) parts.push(`全市节点超过 ${fmt(shown.budget)} 个，只画单位`);
  } else if (mode === 'whole') parts.push('全市网络：单位、责任领导和任务');
  if (Object.keys(hidden).length) parts.push(`还有 ${fmt(Object.values(hidden).reduce((a, b) => a + b, 0))} 个相关节点未画出（双线边框的节点可“显示更多”）`);
  const el = document.getElementById('graph-stats');
  el.textContent = parts.join(' · ');
  el.dataset.nodes = cy.nodes().length;
  el.dataset.named = visible.length - unnamed;
  el.dataset.unnamed = unnamed;
  el.dataset.filtered = filtered;
}

function setBusy(busy) {
  document.getElementById('busy').hidden = !busy;
  document.body.dataset.busy = busy;
}

// ---------- hover card ----------

const card = document.getElementById('hover-card');

function nodeCard(d) {
  if (d.type === 'unit') {
    return `<b>${esc(d.name)}</b> <span class="text-muted">${esc(d.isGroup ? '单位组' : kindLabel(d.kind))}</span>
      <div>牵头 ${fmt(d.lead)} 项 · 共 ${fmt(d.total)} 项任务 · ${fmt(d.leaders)} 位领导分管</div>
      ${d.isGroup ? `<div class="text-muted">${esc(TERMS.单位组)}</div>` : ''}
      <div class="text-muted">点击查看详情，双击展开它的任务</div>`;
  }
  if (d.type === 'leader') {
    return `<b>${esc(d.name)}</b> <span class="text-muted">责任领导</span><div>分管 ${fmt(d.total)} 项任务</div>`;
  }
  const text = d.text || '';
  return `<b>第 ${esc(taskNo(d))} 项</b> <span class="text-muted">${d.kind === 'LIVELIHOOD' ? '民生实事' : '重点工作'}</span>
    ${d.coLed ? '<span class="badge coled ms-1">共同牵头</span>' : ''}
    <div>${esc(text.length > 90 ? text.slice(0, 90) + '…' : text)}</div>
    <div class="text-muted">责任领导：${esc((d.leaderNames || []).join('、') || '—')} · 牵头单位 ${fmt(d.lead)} 个 · 单位共 ${fmt(d.total)} 个</div>`;
}

function edgeCard(e) {
  const s = e.source().data(), t = e.target().data();
  const task = d => `第 ${esc(taskNo(d))} 项（${esc(taskCaption(d).split(' ').slice(1).join(' '))}）`;
  switch (e.data('type')) {
    case 'LEADS': return `<b>${esc(s.name)}</b> 牵头 ${task(t)}`;
    case 'SUPPORTS': return `<b>${esc(s.name)}</b> 是 ${task(t)} 的责任单位`;
    case 'OVERSEES': return `<b>${esc(s.name)}</b> 分管 ${task(t)}`;
    case 'HAS_MEMBER': return `单位组 <b>${esc(s.name)}</b> 包括 <b>${esc(t.name)}</b>`;
    case 'SHARES': return `<b>${esc(s.name)}</b> 和 <b>${esc(t.name)}</b> 共同承担 ${fmt(e.data('weight'))} 项任务`;
    default: return esc(e.data('type'));
  }
}

function showCard(html, pos) {
  card.innerHTML = html;
  card.hidden = false;
  const wrap = card.parentElement.getBoundingClientRect();
  card.style.left = Math.min(pos.x + 14, wrap.width - card.offsetWidth - 8) + 'px';
  card.style.top = Math.min(pos.y + 14, wrap.height - card.offsetHeight - 8) + 'px';
}
cy.on('mouseover', 'node', e => showCard(nodeCard(e.target.data()), e.renderedPosition || e.target.renderedPosition()));
cy.on('mouseover', 'edge', e => showCard(edgeCard(e.target), e.renderedPosition || e.target.renderedMidpoint()));
cy.on('mouseout', 'node, edge', () => { card.hidden = true; });
cy.on('viewport', () => { card.hidden = true; });

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
      // A task left with no unit in the shown role would stand alone: it goes too.
      cy.nodes('[type = "task"]').forEach(n => {
        if (n.hasClass('focus')) return;
        const units = n.connectedEdges('[type = "LEADS"], [type = "SUPPORTS"]').not('.filtered')
          .connectedNodes('[type = "unit"]').not('.filtered');
        if (units.empty()) n.addClass('filtered');
      });
    }
  });
  status();
  syncUrl();
}

/** The address of the current view; the notice (`city`) stays as it was opened. */
function address() {
  const p = new URLSearchParams();
  const city = new URLSearchParams(location.search).get('city');
  if (city) p.set('city', city);
  if (state.focus) p.set('focus', state.focus);
  if (state.focus && state.depth !== 1) p.set('depth', state.depth);
  if (!state.focus && state.view) p.set('view', state.view);
  if (state.expand.length) p.set('expand', state.expand.join(','));
  if (state.sel && state.sel !== state.focus) p.set('sel', state.sel);
  if (state.size !== 'workload') p.set('size', state.size);
  if (state.hide.size) p.set('hide', [...state.hide].join(','));
  if (state.role !== 'all') p.set('role', state.role);
  if (state.section) p.set('section', state.section);
  if (state.leader) p.set('leader', state.leader);
  return '/explore' + (p.toString() ? '?' + p : '');
}

/** Keeps the address on the view shown; only `navigate` adds a step to the browser's history. */
function syncUrl() {
  history.replaceState(null, '', address());
  // Chinese names stay readable in the link (browsers send them encoded all the same).
  document.getElementById('share-link').value = decodeURIComponent(location.href);
}

/** A change of focus (or of the whole picture) is a step Back returns from: a new history entry, then the view. */
function navigate(changes) {
  Object.assign(state, { sel: '', expand: [] }, changes);
  history.pushState(null, '', address());
  return load();
}

// Back and Forward step through the focus changes, each with its expansions, before leaving the page.
window.addEventListener('popstate', () => {
  Object.assign(state, readAddress());
  showControls();
  load();
});

// ---------- side panel ----------

const side = document.getElementById('side');

function select(id) {
  cy.$(':selected').unselect();
  cy.edges('.group-link').removeClass('shown');
  const n = cy.$id(id);
  n.select();
  if (n.data('isGroup')) n.connectedEdges('.group-link').addClass('shown');
  state.sel = n.nonempty() ? urlName(n.data()) : '';
  state.selId = id;
  syncUrl();
  const d = n.nonempty() ? n.data() : { id, type: id.startsWith('T:') ? 'task' : id.startsWith('L:') ? 'leader' : 'unit', name: id.split('/').pop() };
  const asked = ++panels;
  if (d.type === 'unit') return unitPanel(d, asked);
  if (d.type === 'leader') return leaderPanel(d, asked);
  return taskPanel(d, asked);
}

function actions(d) {
  const more = hidden[d.id] || 0;
  return `<div class="btn-group btn-group-sm flex-wrap my-2" role="group">
      <button class="btn btn-outline-primary" data-act="expand" title="把与它直接相连的节点加到图上">展开邻居</button>
      <button class="btn btn-outline-secondary" data-act="collapse" ${expandedBy.has(d.id) ? '' : 'disabled'}>收起</button>
      ${more ? `<button class="btn btn-outline-warning" data-act="more">显示更多（${fmt(more)}）</button>` : ''}
      <button class="btn btn-outline-dark" data-act="focus">以此为中心</button>
    </div>`;
}

function taskList(tasks, cls, id) {
  if (!tasks.length) return '<div class="text-muted small">无</div>';
  return `<div id="${id}">` + tasks.map(t => `
    <div class="task-item ${cls}" data-task="T:${esc(t.id)}" title="${esc(t.text)}">
      <span class="text-muted">${esc(taskNo(t))}.</span> ${esc(t.text.length > 46 ? t.text.slice(0, 46) + '…' : t.text)}${t.item && t.item !== t.text ? `<span class="text-muted">（${esc(t.item.slice(0, 16))}…）</span>` : ''}
      ${t.office ? `<span class="text-muted">（以${esc(t.office)}名义）</span>` : ''}
    </div>`).join('') + '</div>';
}

async function unitPanel(d, asked) {
  side.innerHTML = `<h5>${esc(d.name)}</h5><div class="text-muted small">加载中…</div>`;
  const [u, coLed] = await Promise.all([
    json('/api/units/' + encodeURIComponent(d.name)),
    json('/api/tasks?' + new URLSearchParams({ unit: d.name, coLed: true }))]);
  if (asked !== panels) return;
  const partners = new Map();
  coLed.filter(t => t.leadUnits.some(x => x.name === d.name))
    .forEach(t => t.leadUnits.filter(x => x.name !== d.name).forEach(x => partners.set(x.name, (partners.get(x.name) || 0) + 1)));
  const a = analytics.get(d.name);
  const isGroup = u.kind === 'group' || d.isGroup;
  side.innerHTML = `
    <h5 class="mb-0" id="panel-title">${esc(u.name)}</h5>
    <div class="small text-muted">${esc(isGroup ? '单位组' : kindLabel(u.kind))}${isGroup ? ' ' + info('单位组') : ''}${u.groups.length ? ' · 属于 ' + u.groups.map(esc).join('、') : ''}</div>
    ${actions(d)}
    <div class="row text-center g-1 small">
      <div class="col"><div class="fs-5 fw-semibold text-danger">${fmt(u.workload.lead)}</div>牵头${info('牵头')}</div>
      <div class="col"><div class="fs-5 fw-semibold text-primary">${fmt(u.workload.responsible)}</div>责任${info('责任')}</div>
      <div class="col"><div class="fs-5 fw-semibold">${fmt(u.workload.total)}</div>合计${info('合计')}</div>
      <div class="col"><div class="fs-5 fw-semibold">${fmt(u.expandedWorkload.total)}</div>含单位组${info('含单位组')}</div>
      <div class="col"><div class="fs-5 fw-semibold">${fmt(u.workload.leaders)}</div>领导扇入${info('领导扇入')}</div>
    </div>
    ${a ? `<div class="small mt-1" id="unit-scores">瓶颈评分${info('瓶颈评分')} <b>${fmt(a.score, 2)}</b>（满分 1）
      · 中介中心度${info('中介中心度')} ${fmt(a.betweenness, 0)} · 社区${info('社区')} ${esc(a.community ?? '—')}</div>` : ''}
    <div class="mt-2"><a href="${esc(unitHref(u.name))}">单位简报（可打印）</a> · <a href="${esc(tasksHref({ unit: u.name }))}">在台账中查看</a></div>
    <div class="section-title">共同牵头伙伴${info('共同牵头')}</div>
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

async function leaderPanel(d, asked) {
  side.innerHTML = `<h5>${esc(d.name)}</h5><div class="text-muted small">加载中…</div>`;
  const tasks = await json('/api/tasks?' + new URLSearchParams({ leader: d.name }));
  if (asked !== panels) return;
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

async function taskPanel(d, asked) {
  const id = d.id.slice(2);
  const t = await json('/api/tasks/' + encodeURIComponent(id));
  if (asked !== panels) return;
  const unitLinks = us => us.map(u => `<a href="#" data-focus="${esc(u.name)}">${esc(u.name)}</a>${u.office ? '（' + esc(u.office) + '）' : ''}`).join('、') || '—';
  side.innerHTML = `
    <h5 class="mb-0" id="panel-title">第 ${esc(taskNo(t))} 项 ${t.leadUnits.length >= 2 ? `<span class="badge coled">共同牵头</span>${info('共同牵头')}` : ''}</h5>
    <div class="small text-muted">${esc(t.kind === 'LIVELIHOOD' ? '民生实事' : '重点工作')} · ${esc(t.sectionNo || '')} ${esc(t.section || '')}</div>
    ${actions(d)}
    <p class="mt-2">${esc(t.text)}${livelihoodItem(t)}</p>
    <dl class="small">
      <dt>责任领导</dt><dd>${t.leaders.map(l => `<a href="#" data-focus="${esc(l)}">${esc(l)}</a>`).join('、') || '—'}</dd>
      <dt>牵头单位</dt><dd>${unitLinks(t.leadUnits)}</dd>
      <dt>责任单位</dt><dd>${unitLinks(t.responsibleUnits)}</dd>
    </dl>`;
}

function showOverview(data) {
  panels++;
  const byLoad = (a, b) => b.total - a.total;
  const units = data.nodes.filter(n => n.type === 'unit' && !n.isGroup).sort(byLoad).slice(0, 12);
  const groups = data.nodes.filter(n => n.isGroup).sort(byLoad).slice(0, 5);
  side.innerHTML = `<h5 id="panel-title">${mode === 'units' ? '全市单位网络' : '全市责任网络'}</h5>
    <p class="small text-muted">点击图上的单位查看它的任务；在页面顶部的搜索框输入单位、领导或任务编号，可以它为中心查看。</p>
    <div class="section-title">任务最多的单位</div>
    ${units.map(u => `<div class="task-item" data-select="${esc(u.id)}">${esc(u.name)} <span class="text-muted">· ${fmt(u.total)} 项</span></div>`).join('')}
    ${groups.length ? `<div class="section-title">单位组${info('单位组')}</div>
    ${groups.map(u => `<div class="task-item" data-select="${esc(u.id)}">${esc(u.name)} <span class="text-muted">· ${fmt(u.total)} 项</span></div>`).join('')}` : ''}`;
}

function focusOn(name) {
  return navigate({ focus: name, view: '' });
}

side.addEventListener('click', async e => {
  const act = e.target.closest('[data-act]');
  const id = state.selId;
  if (act) {
    if (act.dataset.act === 'expand') await expand(id, false);
    if (act.dataset.act === 'more') await expand(id, true);
    if (act.dataset.act === 'collapse') collapse(id);
    if (act.dataset.act === 'focus') return focusOn(state.sel);
    return select(id);
  }
  const focus = e.target.closest('[data-focus]');
  if (focus) { e.preventDefault(); return focusOn(focus.dataset.focus); }
  const pick = e.target.closest('[data-select]');
  if (pick) return select(pick.dataset.select);
  const task = e.target.closest('[data-task]');
  if (task) {
    const tid = task.dataset.task;
    if (cy.$id(tid).empty()) await expand(state.selId, true);
    if (cy.$id(tid).nonempty()) cy.animate({ center: { eles: cy.$id(tid) }, duration: 300 });
    return select(tid);
  }
});
document.getElementById('graph-empty').addEventListener('click', e => {
  const focus = e.target.closest('[data-focus]');
  if (focus) { e.preventDefault(); focusOn(focus.dataset.focus); }
});

cy.on('tap', 'node', e => select(e.target.id()));
cy.on('dbltap', 'node', e => expand(e.target.id(), false));

// ---------- tools ----------

// The top-bar search box focuses the explorer in place on this page.
const navSearch = document.getElementById('nav-search');
if (navSearch) {
  attachSuggest(navSearch, hit => focusOn(hit.name));
  navSearch.addEventListener('keydown', e => {
    // Enter before any suggestion arrived: take the words as typed (the server resolves names and numbers).
    if (e.key === 'Enter' && !e.defaultPrevented && navSearch.value.trim()) { e.preventDefault(); focusOn(navSearch.value.trim()); }
  });
}
const depth = document.getElementById('depth');
depth.addEventListener('change', () => { state.depth = Number(depth.value); state.expand = []; if (state.focus) load(); });
document.querySelectorAll('[data-type-toggle]').forEach(box => {
  box.addEventListener('change', () => {
    box.checked ? state.hide.delete(box.dataset.typeToggle) : state.hide.add(box.dataset.typeToggle);
    applyFilters();
  });
});
const role = document.getElementById('role');
role.addEventListener('change', () => { state.role = role.value; applyFilters(); });
const SIZE_HELP = { workload: '圆点越大，单位承担的任务越多。', lead: '圆点越大，单位牵头的任务越多。',
  betweenness: TERMS.中介中心度, community: TERMS.社区 + '颜色相同即同一社区。' };
const size = document.getElementById('size');
const sizeHelp = () => { document.getElementById('size-help').textContent = SIZE_HELP[state.size] || ''; };
size.addEventListener('change', () => { state.size = size.value; sizeHelp(); restyle(); syncUrl(); });
document.getElementById('relayout').addEventListener('click', restoreLayout);
document.getElementById('fit').addEventListener('click', () => cy.fit(cy.nodes(':visible'), 30));
document.getElementById('whole').addEventListener('click', () => navigate({ focus: '', view: 'all' }));
document.getElementById('whole-units').addEventListener('click', () => navigate({ focus: '', view: '' }));
document.getElementById('png').addEventListener('click', () => {
  const a = document.createElement('a');
  a.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
  a.download = '责任网络-' + (state.focus || '全市') + '.png';
  a.click();
});
document.getElementById('copy-link').addEventListener('click', async () => {
  const input = document.getElementById('share-link');
  input.select();
  try { await navigator.clipboard.writeText(location.href); } catch (e) { document.execCommand('copy'); }
  const button = document.getElementById('copy-link');
  button.textContent = '已复制';
  button.dataset.copied = 'true';
  setTimeout(() => { button.textContent = '复制'; delete button.dataset.copied; }, 2000);
});
document.getElementById('legend-toggle').addEventListener('click', e => {
  const body = document.getElementById('legend-body');
  body.hidden = !body.hidden;
  e.target.textContent = body.hidden ? '展开' : '收起';
  e.target.setAttribute('aria-expanded', String(!body.hidden));
});

/** The tools show the view's settings: on opening and when Back or Forward brings another view. */
function showControls() {
  depth.value = String(state.depth);
  document.querySelectorAll('[data-type-toggle]').forEach(box => { box.checked = !state.hide.has(box.dataset.typeToggle); });
  role.value = state.role;
  size.value = state.size;
  sizeHelp();
  document.getElementById('section').value = state.section;
  document.getElementById('leader').value = state.leader;
}
showControls();

async function fillFilters() {
  const [tasks, leaders] = await Promise.all([json('/api/tasks'), json('/api/leaders')]);
  const sections = new Map();
  tasks.filter(t => t.kind === 'KEY' && t.sectionNo).forEach(t => sections.set(t.sectionNo, t.section));
  const sectionSelect = document.getElementById('section');
  sectionSelect.innerHTML = '<option value="">全部篇章</option>' + [...sections.entries()]
    .map(([no, title]) => `<option value="${esc(no)}">${esc(no)}、${esc((title || '').slice(0, 14))}</option>`).join('');
  sectionSelect.value = state.section;  // the address's, already set while the options were not there yet
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
