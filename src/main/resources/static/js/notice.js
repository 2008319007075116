// The printable 督办单 of one unit: its red and yellow tasks with their history, and its next due date.
import { json, esc } from './api.js';

const unit = decodeURIComponent(location.pathname.split('/')[2]);

async function init() {
  const n = await json('/api/units/' + encodeURIComponent(unit) + '/notice');
  document.title = unit + ' 督办单 · 责任网络';
  document.getElementById('template').href = '/api/units/' + encodeURIComponent(unit) + '/progress-template.xlsx';
  document.getElementById('head').innerHTML = `<strong>${esc(unit)}</strong>：贵单位牵头或负责的 ${n.tasks} 项任务中，
    <span class="light-RED">红灯 ${n.red} 项</span>、<span class="light-YELLOW">黄灯 ${n.yellow} 项</span>，请抓紧推进并按时报送进展。
    下一报送节点：<strong>${esc(n.nextDue || '本年度已无')}</strong>。`;
  document.getElementById('items').innerHTML = `<thead><tr><th>序号</th><th>任务</th><th>角色</th><th>灯号</th><th>进展记录</th></tr></thead>
    <tbody>${n.items.map(i => `<tr data-id="${esc(i.task.id)}" data-light="${i.task.light}"><td>${esc(i.task.no)}</td>
      <td class="small">${esc(i.task.text)}</td><td>${esc(i.role)}</td>
      <td class="light-${i.task.light}">${esc(i.task.lightLabel)}<div class="small fw-normal">${esc(i.task.reason)}</div></td>
      <td class="small">${i.history.length ? i.history.map(h => `${esc(h.at.slice(0, 10))} ${esc(h.status)}${h.percent != null ? ' ' + h.percent + '%' : ''}${h.note ? '：' + esc(h.note) : ''}`).join('<br>') : '未报送'}</td></tr>`).join('')
      || '<tr><td colspan="5">没有红灯或黄灯任务。</td></tr>'}</tbody>`;
  document.getElementById('rule').textContent = n.rule;
  document.getElementById('on').textContent = n.on;
  document.body.dataset.ready = 'true';
}
init().catch(e => { document.getElementById('head').textContent = '督办单加载失败：' + e.message; });
