// Task ledger (台账): every task with its leaders and units, filtered on the server, sorted here,
// exported with the same filters. The address bar holds the filters so a view can be shared.
import { json, fmt, esc, unitHref, exploreHref, taskNo, send, currentNotice } from './api.js';
import { livelihoodItem } from './terms.js';

const form = document.getElementById('filters');
const fields = { unit: 'f-unit', role: 'f-role', leader: 'f-leader', section: 'f-section', q: 'f-q', due: 'f-due' };
const coLedBox = document.getElementById('f-coled');
const tbody = document.querySelector('#ledger tbody');
const dialog = document.getElementById('task-dialog');
let rows = [];
let sort = { key: 'no', dir: 1 };
// A city given in the address (e.g. by the import page) narrows the ledger to that city's tasks.
const city = new URLSearchParams(location.search).get('city');
// The lead units a co-lead pair (leadUnits=A,B) or a flow link (leadUnits=A) on the dashboard asks for: no field
// holds them, a chip shows them.
let leadUnits = new URLSearchParams(location.search).get('leadUnits');

// Red first when sorted by 灯号: what needs chasing comes to the top.
const LIGHT_ORDER = ['RED', 'YELLOW', 'GREEN', 'GREY'];
/** A task's light as a chip: 红灯 etc., why on hover; the same chip as the 督办看板's. */
const lightChip = l => l ? `<span class="light light-${esc(l.light)}" title="${esc(l.reason)}">${esc(l.label)}</span>` : '';
const units = list => list.map(u => u.name + (u.office ? '（' + u.office + '）' : '')).join('、');
const numberKey = t => [t.kind === 'LIVELIHOOD' ? 1 : 0, ...String(t.no).split(/[.．]/).map(p => /^\d+$/.test(p) ? Number(p) : p)];
const SORT_KEYS = {
  no: numberKey,
  section: t => [t.sectionNo || '', ...numberKey(t)],
  text: t => [t.text],
  leaders: t => [t.leaders.join('、')],
  lead: t => [units(t.leadUnits)],
  resp: t => [units(t.responsibleUnits)],
  deadline: t => [t.deadline || '9999', ...numberKey(t)],
  light: t => [LIGHT_ORDER.indexOf(t.light ? t.light.light : 'GREY'), ...numberKey(t)]
};
const compare = (a, b) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '', y = b[i] ?? '';
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), 'zh-CN');
  }
  return 0;
};

function filters() {
  const f = {};
  Object.entries(fields).forEach(([k, id]) => { const v = document.getElementById(id).value.trim(); if (v) f[k] = v; });
  if (coLedBox.checked) f.coLed = 'true';
  if (leadUnits) f.leadUnits = leadUnits;
  if (city) f.city = city;
  return f;
}

function showPair() {
  const el = document.getElementById('pair-filter');
  // One name comes from a flow link (tasks this unit leads), two or more from a co-lead pair.
  const names = leadUnits ? leadUnits.split(',') : [];
  el.innerHTML = leadUnits ? `<span class="badge text-bg-light border" id="pair-chip">${names.length > 1 ? '共同牵头' : '牵头单位'}：${esc(names.join(' 与 '))}
    <button type="button" class="btn-close btn-close-sm ms-1" aria-label="取消这个条件" id="pair-clear"></button></span>` : '';
}

async function refresh() {
  showPair();
  const f = filters();
  const query = new URLSearchParams(f).toString();
  history.replaceState(null, '', '/tasks' + (query ? '?' + query : ''));
  // A download holds what the list shows: the notice's scope too where the store has several notices (with one,
  // the file is named after the filter alone: 任务台账-市发改委.xlsx).
  const { scope, notices } = await currentNotice;
  const download = new URLSearchParams(f);
  if (scope && notices.length > 1 && !download.has('city')) download.set('city', scope);
  const dq = download.toString();
  document.getElementById('export-xlsx').href = '/api/tasks.xlsx' + (dq ? '?' + dq : '');
  document.getElementById('export-csv').href = '/api/tasks.csv' + (dq ? '?' + dq : '');
  document.body.dataset.ready = 'false';
  rows = await json('/api/tasks' + (query ? '?' + query : ''));
  render();
  document.body.dataset.ready = 'true';
}

function render() {
  const key = SORT_KEYS[sort.key];
  const sorted = rows.slice().sort((a, b) => sort.dir * compare(key(a), key(b)));
  document.querySelectorAll('#ledger th[data-sort]').forEach(th => {
    th.classList.toggle('sorted-asc', th.dataset.sort === sort.key && sort.dir === 1);
    th.classList.toggle('sorted-desc', th.dataset.sort === sort.key && sort.dir === -1);
  });
  const coLed = rows.filter(t => t.leadUnits.length >= 2).length;
  const count = document.getElementById('count');
  count.textContent = `共 ${fmt(rows.length)} 项任务` + (coLed ? `，其中共同牵头 ${fmt(coLed)} 项` : '');
  count.dataset.count = rows.length;
  // A name is one word: it may move to the next line whole, never break in the middle (nowrap).
  const unitLinks = list => list.map(u => `<span class="name"><a href="${esc(unitHref(u.name))}" data-stop>${esc(u.name)}</a>${u.office ? '（' + esc(u.office) + '）' : ''}</span>`).join('、');
  tbody.innerHTML = sorted.map(t => `
    <tr data-id="${esc(t.id)}" class="${t.leadUnits.length >= 2 ? 'coled' : ''}">
      <td class="no">${esc(taskNo(t))}</td>
      <td class="light-cell" data-light="${esc(t.light ? t.light.light : '')}">${lightChip(t.light)}</td>
      <td class="small">${esc(t.kind === 'LIVELIHOOD' ? '民生实事' : (t.sectionNo || ''))}</td>
      <td class="text">${esc(t.text)}${livelihoodItem(t)}</td>
      <td>${t.leaders.map(l => `<span class="name">${esc(l)}</span>`).join('、')}</td>
      <td class="lead">${unitLinks(t.leadUnits)}</td>
      <td class="small responsible">${unitLinks(t.responsibleUnits)}</td>
      <td class="small deadline" title="${esc(t.deadlinePhrase || '')}">${esc(t.deadline || '')}</td>
    </tr>`).join('') || `<tr><td colspan="8" class="text-center text-muted py-4" id="no-tasks">没有符合条件的任务。
      请减少筛选条件，或换一个关键词；单位和领导可以输入简称（如“发改委”）。</td></tr>`;
}

function open(t) {
  // The form only where the login may report: a unit on its own tasks (itself or through its group), an editor on any.
  const mayReport = reporter.editor || (reporter.held && reporter.held.has(t.id));
  const reportHint = reporter.held ? `本任务不由${reporter.unit}牵头或负责，不能填报进展。`
    : '单位账号登录后，可在本单位的任务上填报进展。';
  dialog.innerHTML = `
    <div class="d-flex"><h5 class="me-auto">第 ${esc(taskNo(t))} 项 ${t.leadUnits.length >= 2 ? '<span class="badge coled">共同牵头</span>' : ''}</h5>
      <button class="btn-close" aria-label="关闭" data-close></button></div>
    <div class="small text-muted mb-2">${esc(t.kind === 'LIVELIHOOD' ? '民生实事' : '重点工作')} · ${esc(t.sectionNo || '')} ${esc(t.section || '')}${t.action ? ' · ' + esc(t.action) : ''}</div>
    <p>${esc(t.text)}${livelihoodItem(t)}</p>
    <dl class="row small mb-2">
      <dt class="col-3">责任领导</dt><dd class="col-9">${t.leaders.map(esc).join('、') || '—'}</dd>
      <dt class="col-3">牵头单位</dt><dd class="col-9">${esc(units(t.leadUnits)) || '—'}</dd>
      <dt class="col-3">责任单位</dt><dd class="col-9">${esc(units(t.responsibleUnits)) || '—'}</dd>
      ${t.deadline ? `<dt class="col-3">完成时限</dt><dd class="col-9">${esc(t.deadline)}（${esc(t.deadlinePhrase || '')}）</dd>` : ''}
      ${t.light ? `<dt class="col-3">灯号</dt><dd class="col-9" id="task-light" data-light="${esc(t.light.light)}">${lightChip(t.light)}
        ${esc(t.light.reason)}<span class="text-muted">（${esc(lightDay(t.light.on))}）</span></dd>` : ''}
      ${(t.targets || []).length ? `<dt class="col-3">量化指标</dt><dd class="col-9">${t.targets.map(g => esc(g.phrase)).join('；')}</dd>` : ''}
      ${(t.passages || []).length ? `<dt class="col-3">报告原句</dt><dd class="col-9">${t.passages.map(p => esc(p.text)).join('')}</dd>` : ''}
    </dl>
    <h6 class="mt-2">进展记录 <a class="small" href="/supervise">督办看板</a></h6>
    <ul class="small" id="progress-history"><li>加载中…</li></ul>
    ${mayReport ? `<form class="row g-1 align-items-end mb-2" id="progress-form" onsubmit="return false">
      <div class="col-3"><select class="form-select form-select-sm" name="status">
        <option>正常推进</option><option>已完成</option><option>滞后</option><option>未启动</option></select></div>
      <div class="col-2"><input class="form-control form-control-sm" name="percent" type="number" min="0" max="100" placeholder="%"></div>
      <div class="col-5"><input class="form-control form-control-sm" name="note" placeholder="进展说明"></div>
      <div class="col-2"><button class="btn btn-sm btn-success" id="progress-submit">填报进展</button></div>
      <div class="col-12 small" id="progress-message"></div>
    </form>` : `<p class="small text-muted" id="progress-offer">${esc(reportHint)}</p>`}
    <details class="mb-2" id="assignment-editor"><summary class="small">调整分工（编辑）</summary>
      <form class="row g-1 small mt-1" id="assignment-form" onsubmit="return false">
        <div class="col-12"><label class="form-label mb-0" for="a-leaders">责任领导（用“、”分隔）</label>
          <input class="form-control form-control-sm" id="a-leaders" name="leaders" value="${esc(t.leaders.join('、'))}"></div>
        <div class="col-12"><label class="form-label mb-0" for="a-leads">牵头单位</label>
          <input class="form-control form-control-sm" id="a-leads" name="leads" list="unit-names" value="${esc(t.leadUnits.map(u => u.name).join('、'))}"></div>
        <div class="col-12"><label class="form-label mb-0" for="a-supports">责任单位</label>
          <input class="form-control form-control-sm" id="a-supports" name="supports" list="unit-names" value="${esc(t.responsibleUnits.map(u => u.name).join('、'))}"></div>
        <div class="col-9"><input class="form-control form-control-sm" id="a-reason" name="reason" placeholder="调整说明（必填，记入修改记录）"></div>
        <div class="col-3"><button class="btn btn-sm btn-warning w-100" id="assignment-submit">保存调整</button></div>
        <div class="col-12" id="assignment-message"></div>
      </form></details>
    <h6 class="mt-2">修改记录</h6>
    <ul class="small" id="task-history"><li>加载中…</li></ul>
    <a class="btn btn-sm btn-primary" href="${esc(exploreHref('T:' + t.id))}">在关系图中查看</a>
    <button class="btn btn-sm btn-outline-secondary" data-close>关闭</button>`;
  dialog.showModal();
  loadProgress(t.id);
  loadHistory(t.id);
  if (mayReport) dialog.querySelector('#progress-submit').addEventListener('click', () => reportProgress(t.id));
  dialog.querySelector('#assignment-submit').addEventListener('click', () => reassign(t.id));
}

const names = value => String(value || '').split(/[、，,；;\s]+/).map(s => s.trim()).filter(Boolean);
const ACTIONS = { IMPORT: '导入', REASSIGN: '调整分工', REVISE: '修订版', RENAME: '单位更名', MERGE: '合并单位', UNDO: '撤销' };

async function loadHistory(id) {
  const list = await json('/api/tasks/' + encodeURIComponent(id) + '/history');
  dialog.querySelector('#task-history').innerHTML = list.map(h => `<li>${esc(h.at.slice(0, 16).replace('T', ' '))}
    ${esc(h.user)} <strong>${esc(ACTIONS[h.action] || h.action)}</strong>${h.action === 'IMPORT' ? '' : '：' + esc(h.detail)}${h.reason && h.action !== 'IMPORT' ? '（说明：' + esc(h.reason) + '）' : ''}</li>`).join('')
    || '<li class="text-muted">没有修改记录。</li>';
}

/** Sets the task's whole assignment as one change set (EDITOR), with the reason; the figures follow at once. */
async function reassign(id) {
  const f = new FormData(dialog.querySelector('#assignment-form'));
  const msg = dialog.querySelector('#assignment-message');
  if (!String(f.get('reason') || '').trim()) {
    msg.textContent = '请填写调整说明。';
    return;
  }
  const reply = await send('POST', '/api/tasks/' + encodeURIComponent(id) + '/assignment', {
    leaders: names(f.get('leaders')), leads: names(f.get('leads')), supports: names(f.get('supports')),
    reason: f.get('reason'), dryRun: false });
  if (reply.status === 200) {
    msg.textContent = '已调整：' + reply.json.summary;
    await refresh();
    loadHistory(id);
  } else {
    msg.textContent = reply.status === 401 || reply.status === 403 ? '调整分工需要编辑权限，请先登录。'
      : (reply.json && (reply.json.detail || reply.json.error)) || '调整失败（' + reply.status + '）';
  }
}

const progressPath = id => '/api/tasks/' + encodeURIComponent(id) + '/progress';

async function loadProgress(id) {
  const list = await json(progressPath(id));
  dialog.querySelector('#progress-history').innerHTML = list.length
    ? list.map(p => `<li>${esc(p.at.slice(0, 10))} ${esc(p.unit || '')} <strong>${esc(p.status)}</strong>${p.percent != null ? ' ' + p.percent + '%' : ''}${p.note ? '：' + esc(p.note) : ''} <span class="text-muted">(${esc(p.by || '')})</span></li>`).join('')
    : '<li class="text-muted">尚无进展；进展只追加，不覆盖（更正即再报一条）。</li>';
}

/** Posts a report with the CSRF token the XSRF-TOKEN cookie holds; the server checks the unit against the task. */
async function reportProgress(id) {
  const f = new FormData(dialog.querySelector('#progress-form'));
  const body = { status: f.get('status'), note: f.get('note') || null, percent: f.get('percent') === '' ? null : Number(f.get('percent')) };
  const token = (document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/) || [])[1];
  const res = await fetch(progressPath(id), { method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token ? decodeURIComponent(token) : '' },
    body: JSON.stringify(body) });
  const answer = await res.json().catch(() => ({}));
  const msg = dialog.querySelector('#progress-message');
  msg.textContent = res.status === 201 ? '已填报' : res.status === 200 ? '相同进展已记录，未重复写入'
    : res.status === 401 ? '请先登录（单位账号或编辑）' : (answer.detail || answer.error || ('失败 ' + res.status));
  if (res.ok) loadProgress(id);
}

dialog.addEventListener('click', e => { if (e.target.closest('[data-close]') || e.target === dialog) dialog.close(); });
tbody.addEventListener('click', e => {
  if (e.target.closest('[data-stop]')) return;
  const tr = e.target.closest('tr[data-id]');
  if (tr) open(rows.find(t => t.id === tr.dataset.id));
});
document.querySelectorAll('#ledger th[data-sort]').forEach(th => th.addEventListener('click', () => {
  sort = { key: th.dataset.sort, dir: sort.key === th.dataset.sort ? -sort.dir : 1 };
  render();
}));
let timer;
const typed = el => el.type === 'search' || el.id === 'f-unit';
form.addEventListener('input', e => {
  clearTimeout(timer);
  timer = setTimeout(refresh, typed(e.target) ? 250 : 0);
});
// A select or box set by a script (or a browser that only says `change`) filters too; one refresh for both events.
form.addEventListener('change', e => {
  if (typed(e.target)) return;
  clearTimeout(timer);
  timer = setTimeout(refresh, 0);
});
document.getElementById('pair-filter').addEventListener('click', e => {
  if (e.target.id === 'pair-clear') { leadUnits = null; refresh(); }
});
document.getElementById('reset').addEventListener('click', () => { form.reset(); leadUnits = null; refresh(); });

/** 截至2024年12月31日（年度已结束） or 截至今天: the day a light is read on. */
function lightDay(on) {
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const day = `截至${Number(on.slice(0, 4))}年${Number(on.slice(5, 7))}月${Number(on.slice(8, 10))}日`;
  return on < iso && on.endsWith('-12-31') ? day + '，该年度已结束' : day;
}

/** Who may report here: a unit login (with the ids of the tasks it holds), or an editor or administrator. */
const reporter = { editor: false, unit: null, held: null };
async function loadReporter() {
  const session = await fetch('/api/session', { credentials: 'same-origin' }).then(r => (r.ok ? r.json() : {})).catch(() => ({}));
  const roles = session.roles || [];
  reporter.editor = roles.includes('EDITOR') || roles.includes('ADMIN');
  if (session.unit && !reporter.editor) {
    reporter.unit = session.unit;
    const u = await json('/api/units/' + encodeURIComponent(session.unit)).catch(() => null);
    reporter.held = new Set(u ? [...u.leadTasks, ...u.responsibleTasks, ...u.groupTasks].map(x => x.id) : []);
  }
}

async function init() {
  const [unitList, leaders, all] = await Promise.all([json('/api/units'), json('/api/leaders'), json('/api/tasks'),
    loadReporter()]);
  document.getElementById('unit-names').innerHTML = unitList.map(u => `<option value="${esc(u.name)}">`).join('');
  document.getElementById('f-leader').innerHTML += leaders.map(l => `<option>${esc(l.name)}</option>`).join('');
  const sections = new Map();
  all.filter(t => t.sectionNo).forEach(t => sections.set(t.sectionNo, t.section));
  document.getElementById('f-section').innerHTML += [...sections.entries()]
    .map(([no, title]) => `<option value="${esc(no)}">${esc(no)}、${esc((title || '').slice(0, 16))}</option>`).join('');
  const p = new URLSearchParams(location.search);
  Object.entries(fields).forEach(([k, id]) => { if (p.get(k)) document.getElementById(id).value = p.get(k); });
  coLedBox.checked = p.get('coLed') === 'true';
  await refresh();
}
init();
