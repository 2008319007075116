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
const send = (file, dryRun) => postFile('/api/documents' + (dryRun ? '?dryRun=true' : replace ? '?replace=true' : ''), file);

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
  document.getElementById('problems').innerHTML = list(preview.problems, 'alert-danger', '无法导入：请修改文件后重新上传');
  document.getElementById('warnings').innerHTML = list(preview.warnings, 'alert-warning', '按推测读出，导入前请核对');
  const warned = new Set(preview.warnings.map(w => w.line));
  document.querySelector('#preview-table tbody').innerHTML = preview.tasks.map(t => `
    <tr class="${warned.has(t.line) ? 'table-warning' : ''}" data-line="${t.line}">
      <td class="text-nowrap">${esc(t.no)}</td><td class="text-nowrap small">${esc(t.where)}</td>
      <td class="small">${esc(t.section || '')}</td><td>${esc(t.text)}</td>
      <td class="name-cell">${esc(t.leaders.join('、'))}</td>
      <td class="name-cell">${esc(t.leadUnits.join('、'))}${t.leadRule ? ` <span class="badge bg-warning text-dark" title="${esc(LEAD_RULES[t.leadRule] || t.leadRule)}">规则认定</span>` : ''}</td>
      <td class="name-cell">${esc(t.responsibleUnits.join('、'))}</td><td class="small">${esc(t.deadline || '')}</td>
    </tr>`).join('');
  confirmButton.disabled = !preview.importable || !!preview.alreadyImported;
  replace = !!preview.revisionOf;
  confirmButton.textContent = replace ? '替换为修订版' : '确认导入';
  const result = document.getElementById('result');
  result.innerHTML = preview.alreadyImported
    ? `<div class="alert alert-info">这份通知已经导入过（文档 ${esc(preview.alreadyImported)}），不会重复导入。</div>`
    : preview.difference ? difference(preview.difference) : '';
}

async function choose(file) {
  chosen = file;
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
    const link = tasksHref(json.scope ? { city: json.scope } : {});
    result.innerHTML = `<div class="alert alert-success" id="imported">${status === 201 ? (replace ? '已替换为修订版' : '已导入') : '已导入过，未重复写入'}：
      ${esc(json.title || '')} · ${fmt(json.tasks)} 项任务、${fmt(json.units)} 个单位、${fmt(json.leaders)} 位领导。
      <a href="${esc(link)}" id="imported-tasks">在任务台账中查看</a> ·
      <a href="/${json.scope ? '?city=' + encodeURIComponent(json.scope) : ''}">查看总览</a></div>`;
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
