// 「文件」: every imported document with what it holds and who imported and revised it; open one (every page then
// shows that notice), download its original file, remove it (EDITOR, after a confirmation that says what goes).
import { json, esc, fmt, send } from './api.js';

const KINDS = { NOTICE: '任务分解通知', REPORT: '政府工作报告' };
const table = document.querySelector('#documents tbody');
const message = document.getElementById('message');

function say(text, kind = 'info') {
  message.innerHTML = `<div class="alert alert-${kind} py-2 small">${esc(text)}</div>`;
}

const when = (at, by) => (at ? `${esc(String(at).slice(0, 16).replace('T', ' '))}${by ? ' · ' + esc(by) : ''}` : '—');

async function load() {
  const documents = await json('/api/documents');
  table.innerHTML = documents.map(d => `<tr data-id="${esc(d.id)}">
      <td>${esc(d.title || d.id)}</td><td>${esc(d.docNo || '—')}</td><td>${esc(d.city || '—')}</td>
      <td>${esc(d.year ?? '—')}</td><td>${esc(KINDS[d.kind] || d.kind)}</td><td class="text-end">${fmt(d.tasks)}</td>
      <td class="small">${when(d.importedAt, d.importedBy)}</td><td class="small">${when(d.revisedAt, d.revisedBy)}</td>
      <td class="text-nowrap">
        ${d.kind === 'NOTICE' ? `<a class="btn btn-sm btn-link" href="/?city=${encodeURIComponent(d.scope)}">查看</a>` : ''}
        ${d.originalName ? `<a class="btn btn-sm btn-link" href="/api/documents/${encodeURIComponent(d.id)}/original">下载原文件</a>` : ''}
        <button class="btn btn-sm btn-link text-danger" data-remove="${esc(d.id)}" type="button">删除</button></td></tr>`).join('')
    || '<tr><td colspan="9" class="text-muted">还没有导入文件。</td></tr>';
}

table.addEventListener('click', async e => {
  const id = e.target.dataset && e.target.dataset.remove;
  if (!id) return;
  let footprint;
  try {
    footprint = await json('/api/documents/' + encodeURIComponent(id) + '/removal');
  } catch (err) {
    return say(err.message, 'danger');
  }
  const reason = prompt(footprint.confirmation + '\n\n请填写删除原因（将记入审计记录）：', '');
  if (reason === null) return;
  const reply = await send('DELETE', '/api/documents/' + encodeURIComponent(id) + '?reason=' + encodeURIComponent(reason));
  if (reply.status === 200) {
    say('已删除：' + footprint.confirmation.split('：')[0].replace('删除', ''), 'success');
    load();
  } else {
    say(reply.status === 401 || reply.status === 403 ? '删除文件需要编辑权限，请先登录。'
      : (reply.json && reply.json.detail) || '删除失败（' + reply.status + '）', 'danger');
  }
});

document.getElementById('undo').addEventListener('click', async () => {
  const reason = prompt('撤销最近一次修改。请填写原因（将记入审计记录）：', '');
  if (reason === null) return;
  const reply = await send('POST', '/api/changes/undo', { reason });
  if (reply.status === 200) {
    say('已撤销：' + reply.json.summary.replace(/^撤销：/, ''), 'success');
    load();
  } else {
    say(reply.status === 401 || reply.status === 403 ? '撤销需要编辑权限，请先登录。'
      : (reply.json && reply.json.detail) || '撤销失败（' + reply.status + '）', 'danger');
  }
});

load().catch(err => say(err.message, 'danger')).finally(() => { document.body.dataset.ready = 'true'; });
