// 报告对照: the work report's text, every sentence coloured by whether a task of the notice decomposes it.
// Hovering a sentence shows its tasks and their units; the commitments nobody was given are marked and listed
// for the supervision office to ask about.
import { json, fmt, esc, unitHref, tasksHref, taskNo } from './api.js';

const select = document.getElementById('report-select');
const text = document.getElementById('report-text');
const detail = document.getElementById('passage-detail');
let passages = new Map();

const pct = x => fmt(x * 100, 1) + '%';
const unitLinks = names => names.length ? names.map(n => `<a href="${esc(unitHref(n))}" class="unit">${esc(n)}</a>`).join('、') : '—';

function cls(p) {
  if (p.heading) return 'passage heading';
  if (p.tasks.length) return 'passage covered';
  if (p.planning && p.commitment) return 'passage uncovered';
  return 'passage' + (p.planning ? '' : ' review');
}

function renderText(list) {
  const paragraphs = new Map();
  list.forEach(p => { if (!paragraphs.has(p.paragraph)) paragraphs.set(p.paragraph, []); paragraphs.get(p.paragraph).push(p); });
  text.innerHTML = [...paragraphs.values()].map(ps => {
    const partHeading = ps.length === 1 && ps[0].heading && ps[0].text === ps[0].part;
    const body = ps.map(p => `<span class="${cls(p)}" data-no="${p.no}" title="${p.tasks.length ? '第 ' + esc(p.tasks.map(taskNo).join('、')) + ' 项' : (p.planning && p.commitment && !p.heading ? '没有任务承接这句承诺' : '')}">${esc(p.text)}</span>`).join('');
    return partHeading ? `<h2 class="h6 mt-3">${body}</h2>` : `<p>${body}</p>`;
  }).join('');
}

function showDetail(p) {
  const where = [p.part, p.section].filter(Boolean).map(esc).join(' · ');
  if (!p.tasks.length) {
    const why = p.heading ? '标题' : p.planning && p.commitment ? '这句承诺没有分解到任何任务，督查室可向相关单位询问由谁承担。' : '不含需分解的承诺。';
    detail.innerHTML = `<div class="small text-muted mb-1">${where}</div><blockquote class="small">${esc(p.text)}</blockquote>
      <div class="${p.planning && p.commitment && !p.heading ? 'text-danger' : 'text-muted'} small" id="detail-status">${why}</div>`;
    return;
  }
  detail.innerHTML = `<div class="small text-muted mb-1">${where}</div><blockquote class="small">${esc(p.text)}</blockquote>
    <div class="small fw-semibold mb-1" id="detail-status">由 ${fmt(p.tasks.length)} 项任务承接</div>
    ${p.tasks.map(t => `<div class="traced-task small mb-2" data-id="${esc(t.id)}">
      <div><a href="${esc(tasksHref({ q: t.no }))}" class="fw-semibold">第 ${esc(taskNo(t))} 项</a>
        <span class="badge text-bg-light border" title="匹配方式与相似度">${esc(t.method)} ${fmt(t.score, 2)}</span></div>
      <div class="text-muted">${esc(t.text.length > 80 ? t.text.slice(0, 80) + '…' : t.text)}</div>
      <div><span class="badge role-lead">牵头</span> <span class="lead-units">${unitLinks(t.leadUnits)}</span></div>
      <div><span class="badge role-resp">责任</span> <span class="responsible-units">${unitLinks(t.responsibleUnits)}</span></div>
    </div>`).join('')}`;
}

/**
 * A row's name as a clerk reads it: the section's heading; for the sentences of a part that stand outside its
 * sections (the opening aims, the closing words), the part's name and 「各小节之外的段落」, or 「本部分未分小节」
 * where the part has no sections at all.
 */
function sectionName(s, all) {
  if (s.section) return esc(s.section);
  const divided = all.some(x => x.part === s.part && x.section);
  return `${esc(s.part || '报告正文')}<span class="text-muted">（${divided ? '各小节之外的段落' : '本部分未分小节'}）</span>`;
}

function renderCoverage(c) {
  document.getElementById('summary').innerHTML =
    `通知 ${fmt(c.tasks)} 项任务中 <b>${fmt(c.linkedTasks)}</b> 项可在报告中找到原句；工作安排部分 ${fmt(c.commitments)} 句承诺中 <b>${fmt(c.covered)}</b> 句已分解（${pct(c.share)}），<b class="text-danger">${fmt(c.commitments - c.covered)}</b> 句未分解。`;
  document.querySelector('#sections tbody').innerHTML = c.sections.map(s => `
    <tr><td class="small section-name">${sectionName(s, c.sections)}</td><td class="text-end">${fmt(s.commitments)}</td>
      <td class="text-end">${fmt(s.covered)}</td><td class="text-end ${s.share < 1 ? 'text-danger' : ''}">${pct(s.share)}</td></tr>`).join('');
  document.getElementById('uncovered-count').textContent = `${fmt(c.uncovered.length)} 句`;
  document.getElementById('uncovered').innerHTML = c.uncovered.map(p =>
    `<li><a href="#" data-jump="${p.no}">${esc(p.text)}</a> <span class="text-muted">${esc(p.section || p.part)}</span></li>`).join('');
  document.getElementById('unlinked').innerHTML = c.unlinkedTasks.length ? c.unlinkedTasks.map(t =>
    `<li>第 ${esc(taskNo(t))} 项 ${esc(t.text)} <span class="text-muted">${esc(t.leadUnits.join('、'))}</span></li>`).join('') : '<li class="text-muted">无</li>';
}

text.addEventListener('mouseover', e => {
  const span = e.target.closest('.passage[data-no]');
  if (!span) return;
  text.querySelectorAll('.passage.active').forEach(s => s.classList.remove('active'));
  span.classList.add('active');
  showDetail(passages.get(Number(span.dataset.no)));
});
document.getElementById('uncovered').addEventListener('click', e => {
  const a = e.target.closest('[data-jump]');
  if (!a) return;
  e.preventDefault();
  const span = text.querySelector(`.passage[data-no="${a.dataset.jump}"]`);
  span.scrollIntoView({ block: 'center' });
  span.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
});

async function load(id) {
  document.body.dataset.ready = 'false';
  const q = id ? '?document=' + encodeURIComponent(id) : '';
  const [coverage, list] = await Promise.all([json('/api/report/coverage' + q), json('/api/report/passages' + q)]);
  passages = new Map(list.map(p => [p.no, p]));
  document.getElementById('report-title').textContent = coverage.document.title;
  renderText(list);
  renderCoverage(coverage);
  document.body.dataset.ready = 'true';
}

async function init() {
  const reports = await json('/api/report/documents');
  if (!reports.length) {
    text.innerHTML = '<div class="alert alert-light border">尚未导入政府工作报告。</div>';
    document.body.dataset.ready = 'true';
    return;
  }
  select.innerHTML = reports.map(r => `<option value="${esc(r.id)}">${esc(r.title)}（${fmt(r.linkedTasks)} 项任务可溯源）</option>`).join('');
  const wanted = new URLSearchParams(location.search).get('document');
  if (wanted) select.value = wanted;
  select.addEventListener('change', () => {
    history.replaceState(null, '', '/report?document=' + encodeURIComponent(select.value));
    load(select.value);
  });
  await load(select.value);
}
init().catch(err => {
  text.innerHTML = `<div class="alert alert-warning">加载失败：${esc(err.message)}</div>`;
  document.body.dataset.ready = 'true';
});
