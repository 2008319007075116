// The import page: pick or drop a file, see what would be imported (POST …?dryRun=true writes nothing),
// then import it on 确认导入 and link to its tasks.
import { esc, fmt, postFile, tasksHref } from './api.js';

const LEAD_RULES = {
  FIRST_LISTED: '按通知规定：列第一位的责任单位为牵头单位',
  RESPONSIBLE_IS_LEAD: '按通知规定：无牵头单位的，责任单位即为牵头单位'
};

const fileInput = document.getElementById('file');
const dropZone = document.getElementById('drop-zone');
const confirmButton = document.getElementById('confirm');
let chosen = null;

let replace = false;

/** The roles a column may be given; the server's Reading.COLUMN_ROLES. */
const COLUMN_ROLES = { TASK: '任务', LEADER: '责任领导', LEAD: '牵头单位', RESPONSIBLE: '责任单位', DEADLINE: '时限',
  SERIAL: '序号', CATEGORY: '类别', IGNORE: '忽略' };

/** What the clerk told the reader: the columns' roles per table header, the lead rule, a task's own units. */
let reading = emptyReading();
let lastPreview = null;

function emptyReading() {
  return { tables: [], lead: 'AUTO', rows: {}, notUnits: [], marked: [] };
}

function readingChosen() {
  return reading.tables.length > 0 || reading.lead !== 'AUTO' || Object.keys(reading.rows).length > 0
    || reading.marked.length > 0;
}

const ROLE_NAMES = { leaders: '责任领导', leadUnits: '牵头单位', responsibleUnits: '责任单位' };

/** Names typed by the clerk: separated by 、，, ； or spaces. */
const namesIn = value => value.split(/[、，,；;\s]+/).map(x => x.trim()).filter(Boolean);

/** When nothing could be read: every line of the document, to be marked as a task with its roles. */
function renderMarking(preview) {
  const lines = preview.lines || [];
  document.getElementById('marking').classList.toggle('d-none', lines.length === 0);
  const marks = new Map(reading.marked.map(m => [m.line, m.units]));
  document.getElementById('marking-lines').innerHTML = lines.map(l => {
    const units = marks.get(l.line);
    return `<div class="marking-line border-bottom py-1" data-line="${l.line}">
      <label class="d-flex gap-2 small"><input type="checkbox" class="form-check-input mark"${units ? ' checked' : ''}
        aria-label="第${l.line}行是任务"><span class="text-muted text-nowrap">第${l.line}行</span><span>${esc(l.text)}</span></label>
      <div class="row g-1 mt-1 mark-roles${units ? '' : ' d-none'}">${Object.entries(ROLE_NAMES).map(([role, name]) => `
        <div class="col-md-4"><input class="form-control form-control-sm" data-role="${role}" placeholder="${name}"
          aria-label="第${l.line}行的${name}" value="${esc(units ? units[role].join('、') : '')}"></div>`).join('')}</div>
    </div>`;
  }).join('');
}

document.getElementById('marking-lines').addEventListener('change', e => {
  if (!e.target.classList.contains('mark')) return;
  e.target.closest('.marking-line').querySelector('.mark-roles').classList.toggle('d-none', !e.target.checked);
});
document.getElementById('mark-read').addEventListener('click', () => {
  reading.marked = [...document.querySelectorAll('.marking-line')].filter(l => l.querySelector('.mark').checked)
    .map(l => ({ line: Number(l.dataset.line), units: Object.fromEntries(Object.keys(ROLE_NAMES)
      .map(role => [role, namesIn(l.querySelector(`input[data-role="${role}"]`).value)])) }));
  reread();
});

const send = (file, dryRun) => postFile('/api/documents' + (dryRun ? '?dryRun=true' : replace ? '?replace=true' : ''), file,
  readingChosen() ? { reading: JSON.stringify(reading) } : {});

/** A revised notice's difference from the imported one, task by task. */
function difference(d) {
  const rows = (title, items, show) => items.length ? `<div class="mt-1"><strong>${esc(title)}（${items.length}）</strong><ul class="mb-0">`
    + items.map(c => `<li>${show(c)}</li>`).join('') + '</ul></div>' : '';
  return `<div class="alert alert-warning small" id="revision"><div class="fw-semibold">这是已导入文件（${esc(d.revisionOf)}）的修订版：
      文号、城市、年份相同而内容不同。${fmt(d.unchanged)} 项未变；下面是变化，确认无误后点「替换为修订版」。
      保留下来的任务保持原编号记录、进展和报告关联。</div>`
    + rows('新增任务', d.added, c => `第 ${esc(c.newNo)} 项：${esc(c.newText)}`)
    + rows('删除任务（其进展记录一并删除）', d.removed, c => `第 ${esc(c.oldNo)} 项：${esc(c.oldText)}`)
    + rows('改写', d.reworded, c => `第 ${esc(c.oldNo)} 项（相似度 ${fmt(c.similarity, 2)}）：${esc(c.oldText)} → ${esc(c.newText)}`)
    + rows('重新编号', d.renumbered, c => `第 ${esc(c.oldNo)} 项 → 第 ${esc(c.newNo)} 项`)
    + rows('调整分工', d.reassigned, c => `第 ${esc(c.newNo)} 项：${esc(c.before)} → ${esc(c.after)}`)
    + rows('新出现的单位', d.unitsAdded.map(name => ({ name })), c => esc(c.name))
    + rows('不再出现的单位', d.unitsRemoved.map(name => ({ name })), c => esc(c.name))
    + '</div>';
}

function list(items, cls, title) {
  if (!items || !items.length) return '';
  return `<div class="alert ${cls} small"><strong>${esc(title)}（${items.length}）</strong><ul class="mb-0">`
    + items.map(p => `<li>${esc(p.where || ('第' + p.line + '行'))}：${esc(p.message)}</li>`).join('') + '</ul></div>';
}

function render(preview) {
  document.getElementById('preview-card').classList.remove('d-none');
  const place = [preview.city, preview.year, preview.docNo].filter(Boolean).join(' · ');
  document.getElementById('summary').innerHTML = `<div class="fw-semibold">${esc(preview.title || '（无标题）')}</div>
    <div class="small text-muted">${esc(place)}${place ? ' · ' : ''}格式 ${esc(preview.format || '未知')} ·
      <span id="task-count">${fmt(preview.tasks.length)}</span> 项任务 · ${fmt(preview.warnings.length)} 条提示 · ${fmt(preview.problems.length)} 个问题</div>`;
  document.getElementById('problems').innerHTML = list(preview.problems, 'alert-danger', preview.lines?.length
    ? '无法导入：请修改文件后重新上传，或在下面标出任务' : '无法导入：请修改文件后重新上传');
  document.getElementById('warnings').innerHTML = list(preview.warnings, 'alert-warning', '按推测读出，导入前请核对');
  const warned = new Set(preview.warnings.map(w => w.line));
  document.querySelector('#preview-table tbody').innerHTML = preview.tasks.map(t => `
    <tr class="${warned.has(t.line) ? 'table-warning' : ''}${reading.rows[t.no] ? ' table-info' : ''}" data-line="${t.line}" data-no="${esc(t.no)}">
      <td class="text-nowrap">${esc(t.no)}</td><td class="text-nowrap small">${esc(t.where)}</td>
      <td class="small">${esc(t.section || '')}</td><td>${esc(t.text)}</td>
      <td class="name-cell" data-role="leaders">${esc(t.leaders.join('、'))}</td>
      <td class="name-cell" data-role="leadUnits">${esc(t.leadUnits.join('、'))}${t.leadRule ? ` <span class="badge bg-warning text-dark" title="${esc(LEAD_RULES[t.leadRule] || t.leadRule)}">规则认定</span>` : ''}</td>
      <td class="name-cell" data-role="responsibleUnits">${esc(t.responsibleUnits.join('、'))}</td><td class="small">${esc(t.deadline || '')}</td>
      <td><button class="btn btn-link btn-sm p-0 edit-row" type="button" title="改这项任务的责任领导和单位">改</button></td>
    </tr>`).join('');
  renderReading(preview);
  renderMarking(preview);
  confirmButton.disabled = !preview.importable || !!preview.alreadyImported;
  replace = !!preview.revisionOf;
  confirmButton.textContent = replace ? '替换为修订版' : '确认导入';
  const result = document.getElementById('result');
  result.innerHTML = preview.alreadyImported
    ? `<div class="alert alert-info">这份通知已经导入过（文档 ${esc(preview.alreadyImported)}），不会重复导入。</div>`
    : preview.difference ? difference(preview.difference) : '';
}

/**
 * The reading card: for each table, its header with a role chooser above every column and its first rows below,
 * the lead rule, and which of the city's saved readings were used.
 */
function renderReading(preview) {
  lastPreview = preview;
  const tables = preview.tables || [];
  document.getElementById('reading').classList.remove('d-none');
  document.getElementById('lead-rule').value = reading.lead;
  const applied = preview.profiles || [];
  document.getElementById('profile-note').innerHTML = applied.length
    ? `<div class="alert alert-info small py-2" id="profile-applied">已按${esc(preview.city || '本市')}保存的读法读取：`
      + applied.map(p => `表头「${esc(p.header.split('|').join(' | '))}」（${esc((p.savedAt || '').slice(0, 10))}保存）`).join('；')
      + '。如需改动，在下面重新选择。</div>'
    : '';
  document.getElementById('reading-tables').innerHTML = tables.length ? tables.map((t, i) => `
    <div class="table-responsive mb-2"><table class="table table-sm table-bordered small mb-1 reading-table" data-index="${i}">
      <caption class="caption-top py-1">表${t.table}（表头在${esc(t.where)}）${t.source === 'NONE'
        ? '：<span class="text-danger">没有认出表头，请为各列选定角色</span>' : t.source === 'CHOSEN' ? '：按选定的读法' : ''}</caption>
      <thead><tr>${t.header.map((h, c) => `<th><select class="form-select form-select-sm column-role" data-column="${c}"
          aria-label="第${c + 1}列「${esc(h)}」的角色"><option value="">（未读作任何角色）</option>${Object.entries(COLUMN_ROLES)
          .map(([k, v]) => `<option value="${k}"${t.roles[c] === k ? ' selected' : ''}>${v}</option>`).join('')}</select></th>`).join('')}</tr>
        <tr>${t.header.map(h => `<th class="fw-semibold">${esc(h)}</th>`).join('')}</tr></thead>
      <tbody>${t.sample.map(r => `<tr>${t.header.map((h, c) => `<td class="text-muted">${esc(r[c] || '')}</td>`).join('')}</tr>`).join('')}</tbody>
    </table></div>`).join('')
    : '<p class="small text-muted mb-0">文件中没有表格；任务按编号和分工标注读出。</p>';
}

/**
 * The columns of table i as chosen on the page, with those of every table already read by a choice (the city's
 * saved reading among them), since a reading the clerk sends replaces the saved one whole.
 */
function chooseColumns(i) {
  const roles = index => [...document.querySelectorAll(`.reading-table[data-index="${index}"] .column-role`)].map(s => s.value);
  const key = t => t.header.join('|');
  const tables = lastPreview.tables.filter((t, index) => index === i || t.source === 'CHOSEN')
    .map(t => ({ header: t.header, roles: roles(lastPreview.tables.indexOf(t)) }));
  reading.tables = reading.tables.filter(x => !tables.some(t => key(t) === key(x))).concat(tables);
}

async function reread() {
  if (!chosen) return;
  const { status, json } = await send(chosen, true);
  if (status !== 200 || !json) {
    document.getElementById('result').innerHTML = `<div class="alert alert-danger">无法按所选读取：${refusal(status, json)}</div>`;
    return;
  }
  render(json);
}

document.getElementById('reading-tables').addEventListener('change', e => {
  const select = e.target.closest('.column-role');
  if (!select) return;
  chooseColumns(Number(select.closest('.reading-table').dataset.index));
  reread();
});
document.getElementById('lead-rule').addEventListener('change', e => { reading.lead = e.target.value; reread(); });
document.getElementById('reread').addEventListener('click', () => {
  document.querySelectorAll('#preview-table tr.editing').forEach(row => {
    const names = role => namesIn(row.querySelector(`input[data-role="${role}"]`).value);
    reading.rows[row.dataset.no] = { leaders: names('leaders'), leadUnits: names('leadUnits'), responsibleUnits: names('responsibleUnits') };
  });
  reread();
});
document.querySelector('#preview-table tbody').addEventListener('click', e => {
  if (!e.target.closest('.edit-row')) return;
  const row = e.target.closest('tr');
  if (row.classList.contains('editing')) return;
  row.classList.add('editing');
  const task = lastPreview.tasks.find(t => t.no === row.dataset.no);
  row.querySelectorAll('td[data-role]').forEach(cell => {
    const role = cell.dataset.role;
    cell.innerHTML = `<input class="form-control form-control-sm" data-role="${role}" value="${esc(task[role].join('、'))}"
      aria-label="第${esc(task.no)}项的${ROLE_NAMES[role]}">`;
  });
});

async function choose(file) {
  chosen = file;
  reading = emptyReading();
  document.getElementById('file-name').textContent = file.name + '（' + fmt(Math.round(file.size / 1024)) + ' KB）';
  document.getElementById('result').innerHTML = '<div class="text-muted small">正在读取…</div>';
  confirmButton.disabled = true;
  const { status, json } = await send(file, true);
  if (status !== 200 || !json) {
    document.getElementById('result').innerHTML = `<div class="alert alert-danger">无法预览：${refusal(status, json)}</div>`;
    return;
  }
  render(json);
}

confirmButton.addEventListener('click', async () => {
  if (!chosen) return;
  confirmButton.disabled = true;
  const { status, json } = await send(chosen, false);
  const result = document.getElementById('result');
  if ((status === 201 || status === 200) && json) {
    const saved = status === 201 && reading.tables.length && lastPreview?.city
      ? `<div id="profile-saved">所选读法已保存为${esc(lastPreview.city)}的读法：本市表头相同的下一份文件会按它读取。</div>` : '';
    const link = tasksHref(json.scope ? { city: json.scope } : {});
    result.innerHTML = `<div class="alert alert-success" id="imported">${status === 201 ? (replace ? '已替换为修订版' : '已导入') : '已导入过，未重复写入'}：
      ${esc(json.title || '')} · ${fmt(json.tasks)} 项任务、${fmt(json.units)} 个单位、${fmt(json.leaders)} 位领导。
      <a href="${esc(link)}" id="imported-tasks">在任务台账中查看</a> ·
      <a href="/${json.scope ? '?city=' + encodeURIComponent(json.scope) : ''}">查看总览</a>${saved}</div>`;
  } else {
    result.innerHTML = `<div class="alert alert-danger">导入失败：${refusal(status, json)}</div>`
      + list(json?.problems, 'alert-danger', '问题');
  }
});

fileInput.addEventListener('change', () => { if (fileInput.files[0]) choose(fileInput.files[0]); });
['dragenter', 'dragover'].forEach(type => dropZone.addEventListener(type, e => {
  e.preventDefault(); dropZone.classList.add('drop-active');
}));
['dragleave', 'drop'].forEach(type => dropZone.addEventListener(type, e => {
  e.preventDefault(); dropZone.classList.remove('drop-active');
}));
dropZone.addEventListener('drop', e => { if (e.dataTransfer.files[0]) choose(e.dataTransfer.files[0]); });

/**
 * Why the server refused, in words a clerk reads: who may import (a login, EDITOR or ADMIN) rather than the
 * server's own sentence for 401 and 403; otherwise the server's detail (the document's problems in Chinese).
 */
function refusal(status, json) {
  if (status === 401) return '请先<a href="/login">登录</a>：导入通知需要编辑或管理员账号。';
  if (status === 403) return '您的账号不能导入通知（单位账号只能填报本单位的进展），请用编辑或管理员账号登录。';
  if (status === 413) return '文件太大，无法导入。';
  return esc(json?.detail || json?.error || ('服务器错误 ' + status));
}
