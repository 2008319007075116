// One unit's portfolio as a one-page A4 brief for a 督查室 meeting: figures, leaders, partners, tasks by role.
import { json, fmt, esc, exploreHref, tasksHref, kindLabel, taskNo, send, currentNotice } from './api.js';
import { info, livelihoodItem } from './terms.js';

/** Names joined by 、, each kept whole on one line. */
const names = list => (Array.isArray(list) ? list : String(list || '').split('、').filter(Boolean)).map(n => `<span class="name">${esc(n)}</span>`).join('、');

const name = decodeURIComponent(location.pathname.replace(/^\/units\//, ''));
/** The 总览's flow through this unit, of the notice this page shows. */
const flowHref = unit => '/?' + new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)),
  flow: 'unit:' + unit }) + '#flow-card';
const brief = document.getElementById('brief');

/**
 * Tasks with their whole text (a brief that cuts a task short sends the clerk to the ledger); {@code note} adds a
 * short remark after the text (the co-lead partners, the group it came through).
 */
function taskTable(tasks, id, note = () => '') {
  if (!tasks.length) return '<p class="text-muted small">无</p>';
  return `<table class="table table-sm table-bordered mb-2 task-table" id="${id}"><thead><tr><th class="no">序号</th><th>任务</th></tr></thead><tbody>
    ${tasks.map(t => `<tr data-id="${esc(t.id)}"><td class="no">${esc(taskNo(t))}</td><td class="text">${esc(t.text)}${livelihoodItem(t)}${note(t)}</td></tr>`).join('')}</tbody></table>`;
}

/** A remark after a task's text: （与 市住建局 共同牵头）. */
const remark = text => text ? ` <span class="remark">（${text}）</span>` : '';

/**
 * The notice's 文号, year and the page number at the foot of every printed page: the brief is filed with the notice.
 * Chromium prints @page margin boxes; their text is a CSS string, so it is written here from the notice shown.
 */
function pageFoot(notice) {
  const text = [notice && notice.docNo, notice && notice.year ? notice.year + '年度' : null].filter(Boolean).join(' · ');
  const css = s => '"' + String(s).replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ') + '"';
  let style = document.getElementById('page-foot');
  if (!style) {
    style = document.createElement('style');
    style.id = 'page-foot';
    document.head.appendChild(style);
  }
  style.textContent = `@media print { @page { @bottom-center { content: ${css(text ? text + ' · ' : '')} "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 7.5pt; color: #555; } } }`;
  return text;
}

async function render() {
  let u;
  try {
    u = await json('/api/units/' + encodeURIComponent(name));
  } catch (e) {
    brief.innerHTML = `<div class="alert alert-warning">找不到单位“${esc(name)}”：${esc(e.message)}</div>`;
    return;
  }
  document.title = u.name + ' · 单位简报 · 责任网络';
  const [coLed, bottleneck, notices] = await Promise.all([
    json('/api/tasks?' + new URLSearchParams({ unit: u.name, coLed: true })),
    json('/api/bottlenecks').then(d => d.items.find(b => b.name === u.name)),
    currentNotice]);
  const notice = notices.chosen || notices.notices.find(d => d.scope === u.city) || null;
  const foot = pageFoot(notice);
  const partners = new Map();
  const leadDetails = new Map();
  coLed.filter(t => t.leadUnits.some(x => x.name === u.name)).forEach(t => {
    t.leadUnits.filter(x => x.name !== u.name).forEach(x => partners.set(x.name, (partners.get(x.name) || 0) + 1));
    leadDetails.set(t.id, t.leadUnits.filter(x => x.name !== u.name).map(x => x.name).join('、'));
  });
  // Which group a task came through is said once in the heading, or per task where the unit is in several.
  const viaGroups = new Set(u.groupTasks.flatMap(t => t.via || []));
  const today = new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
  brief.innerHTML = `
    <div class="d-flex align-items-start">
      <div class="me-auto">
        <div class="small text-muted" id="brief-source">督查室 · 单位责任简报${foot ? ' · ' + esc(foot) : ''} · ${esc(today)}</div>
        <h1 class="mb-0" id="unit-name">${esc(u.name)}</h1>
        <div class="text-muted">${esc(kindLabel(u.kind))}${u.city ? ' · ' + esc(u.city) : ''}${u.groups.length ? ' · 属于 ' + u.groups.map(esc).join('、') : ''}</div>
      </div>
      <div class="no-print text-end">
        <button class="btn btn-sm btn-primary" onclick="window.print()">打印 / 存为 PDF</button>
        <div class="small mt-1"><a href="${esc(exploreHref(u.name))}">关系图</a> · <a href="${esc(tasksHref({ unit: u.name }))}">台账</a>
          · <a href="${esc(flowHref(u.name))}" id="flow-link">任务流向</a>
          · <a href="#" id="rename">更名或合并</a></div>
        <div class="small mt-1" id="rename-message" role="status"></div>
      </div>
    </div>
    <section class="figures row border rounded my-3 py-2 g-0">
      <div class="col"><div class="v text-danger">${fmt(u.workload.lead)}</div><div class="small">牵头任务</div></div>
      <div class="col"><div class="v text-primary">${fmt(u.workload.responsible)}</div><div class="small">责任任务</div></div>
      <div class="col"><div class="v">${fmt(u.workload.total)}</div><div class="small">合计</div></div>
      <div class="col"><div class="v">${fmt(u.expandedWorkload.total)}</div><div class="small">含所属单位组${info('含单位组')}</div></div>
      <div class="col"><div class="v">${fmt(u.workload.leaders)}</div><div class="small">对口领导${info('领导扇入')}</div></div>
      <div class="col"><div class="v">${fmt(partners.size)}</div><div class="small">共同牵头伙伴${info('共同牵头')}</div></div>
      ${bottleneck ? `<div class="col"><div class="v">${fmt(bottleneck.score, 2)}</div><div class="small">瓶颈评分${info('瓶颈评分')}</div></div>` : ''}
    </section>
    <section class="row">
      <div class="col-6"><h2 class="h6">对口责任领导</h2>
        <p class="small">${u.leaders.map(l => `<span class="name">${esc(l.name)}（${fmt(l.tasks)} 项）</span>`).join('、') || '无'}</p></div>
      <div class="col-6"><h2 class="h6">共同牵头伙伴</h2>
        <p class="small">${[...partners.entries()].sort((a, b) => b[1] - a[1]).map(([n, c]) => `<span class="name">${esc(n)}（${fmt(c)} 项）</span>`).join('、') || '无'}</p></div>
    </section>
    <section><h2 class="h6">牵头任务（${fmt(u.leadTasks.length)} 项）</h2>
      ${taskTable(u.leadTasks, 'lead-table', t => remark(leadDetails.has(t.id) ? '与' + names(leadDetails.get(t.id)) + '共同牵头' : ''))}</section>
    <section><h2 class="h6">责任任务（${fmt(u.responsibleTasks.length)} 项）</h2>${taskTable(u.responsibleTasks, 'resp-table')}</section>
    ${u.groupTasks.length ? `<section><h2 class="h6">经所属单位组承担（${fmt(u.groupTasks.length)} 项，经 ${[...viaGroups].map(esc).join('、')}）</h2>
      ${taskTable(u.groupTasks, 'group-table', t => viaGroups.size > 1 ? remark('经' + (t.via || []).map(esc).join('、')) : '')}</section>` : ''}
    ${(u.targets || []).length ? `<section><h2 class="h6">量化指标（${fmt(u.targets.length)} 项）</h2>
      <p class="print-only small mb-1">${u.targets.map(g => `${esc(taskNo(g))} ${esc(g.metric)} ${esc(g.change || '')}${esc(g.comparator === '=' ? '' : g.comparator)}${fmt(g.value)}${g.upper != null ? '—' + fmt(g.upper) : ''}${esc(g.unit)}`).join('；')}</p>
      <table class="table table-sm screen-only" id="targets"><thead><tr><th>序号</th><th>角色</th><th>指标</th><th>目标</th><th>原文</th></tr></thead><tbody>
      ${u.targets.map(g => `<tr><td>${esc(taskNo(g))}</td><td>${g.role === 'LEADS' ? '牵头' : '责任'}</td><td>${esc(g.metric)}</td>
        <td>${esc(g.change || '')} ${esc(g.comparator === '=' ? '' : g.comparator)}${fmt(g.value)}${g.upper != null ? '—' + fmt(g.upper) : ''}${esc(g.unit)}</td><td class="small">${esc(g.phrase)}</td></tr>`).join('')}
      </tbody></table></section>` : ''}
    <div class="small text-muted border-top pt-1" id="calendar"></div>`;
  document.getElementById('rename').addEventListener('click', e => { e.preventDefault(); rename(u); });
  // The calendar line is part of the page (and of the printed page): ready only once it is there.
  await calendar(u).catch(() => {});
  document.body.dataset.ready = 'true';
}

/**
 * Renames the unit within its notice, or merges it into another spelling of the same unit (市发改委 = 市发展和改革委员会)
 * when that name is already there (EDITOR): the dry run's sentence is confirmed, the reason kept in the audit trail,
 * and the page then shows the unit under its name; 「撤销」 on the 「文件」 page takes it back.
 */
async function rename(u) {
  const message = document.getElementById('rename-message');
  const to = (prompt(`把「${u.name}」改为（填写新名称；填写本通知中已有的单位名称即合并为该单位）：`, '') || '').trim();
  if (!to || to === u.name) return;
  const body = { city: u.city, from: u.name, to, reason: '', dryRun: true };
  const dry = await send('POST', '/api/units/rename', body);
  if (dry.status !== 200) {
    message.textContent = dry.status === 401 || dry.status === 403 ? '更名或合并单位需要编辑权限，请先登录。'
      : (dry.json && (dry.json.detail || dry.json.error)) || '无法更名（' + dry.status + '）';
    return;
  }
  const reason = prompt(dry.json.summary + '。请填写说明（将记入审计记录）：', '');
  if (reason === null) return;
  const done = await send('POST', '/api/units/rename', { ...body, reason, dryRun: false });
  if (done.status !== 200) {
    message.textContent = (done.json && (done.json.detail || done.json.error)) || '更名失败（' + done.status + '）';
    return;
  }
  const next = new URL(location.href);
  next.pathname = '/units/' + encodeURIComponent(to);
  location.href = next.toString();
}

/** The unit's reporting dates, from the rules its notice states, with the .ics to import into a calendar. */
async function calendar(u) {
  const c = await json('/api/units/' + encodeURIComponent(u.name) + '/calendar?city=' + encodeURIComponent(u.city || '')).catch(() => null);
  if (!c || !c.dates.length) return;
  const ics = '/api/units/' + encodeURIComponent(u.name) + '/calendar.ics?city=' + encodeURIComponent(u.city || '');
  document.getElementById('calendar').innerHTML = `报送节点（${fmt(c.dates.length)} 个，依通知原文）：` +
    c.dates.map(d => `${Number(d.date.slice(5, 7))}月${Number(d.date.slice(8, 10))}日`).join('、') +
    ` <a class="no-print" href="${esc(ics)}">下载日历（.ics）</a>`;
}
render();
