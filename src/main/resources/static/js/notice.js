// The printable 督办单 of one unit: its red and yellow tasks with their history, and its next due date.
import { json, esc } from './api.js';

const unit = decodeURIComponent(location.pathname.split('/')[2]);
// The day the 看板 showed (?on=), else the server's: today, or the last day of a year already over.
const on = new URLSearchParams(location.search).get('on');
const cnDate = d => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

async function init() {
  const n = await json('/api/units/' + encodeURIComponent(unit) + '/notice' + (on ? '?on=' + encodeURIComponent(on) : ''));
  document.title = unit + ' 督办单 · 责任网络';
  document.getElementById('template').href = '/api/units/' + encodeURIComponent(unit) + '/progress-template.xlsx';
  document.getElementById('head').innerHTML = `<strong>${esc(unit)}</strong>：贵单位牵头或负责的 ${n.tasks} 项任务中，
    <span class="light-RED">红灯 ${n.red} 项</span>、<span class="light-YELLOW">黄灯 ${n.yellow} 项</span>，请抓紧推进并按时报送进展。
    下一报送节点：<strong>${esc(n.nextDue || '本年度已无')}</strong>。`;
  document.getElementById('items').innerHTML = `<colgroup><col class="col-no"><col><col class="col-role"><col class="col-light"><col class="col-history"></colgroup>
    <thead><tr><th>序号</th><th>任务</th><th>角色</th><th>灯号</th><th>进展记录</th></tr></thead>
    <tbody>${n.items.map(i => `<tr data-id="${esc(i.task.id)}" data-light="${i.task.light}"><td>${esc(i.task.no)}</td>
      <td class="small">${esc(i.task.text)}</td><td>${esc(i.role)}</td>
      <td class="light-${i.task.light}">${esc(i.task.lightLabel)}<div class="small fw-normal">${esc(i.task.reason)}</div></td>
      <td class="small">${i.history.length ? i.history.map(h => `${esc(h.at.slice(0, 10))} ${esc(h.status)}${h.percent != null ? ' ' + h.percent + '%' : ''}${h.note ? '：' + esc(h.note) : ''}`).join('<br>') : '未报送'}</td></tr>`).join('')
      || '<tr><td colspan="5">没有红灯或黄灯任务。</td></tr>'}</tbody>`;
  document.getElementById('rule').textContent = n.rule;
  document.getElementById('on').textContent = cnDate(n.on);
  const today = new Date().toISOString().slice(0, 10);
  if (!on && n.on < today && n.on.endsWith('-12-31')) {
    document.getElementById('day-note').textContent = `${n.on.slice(0, 4)}年度已结束，本单所列为年末（12月31日）的灯号。`;
  }
  document.body.dataset.ready = 'true';
}
init().catch(e => { document.getElementById('head').textContent = '督办单加载失败：' + e.message; });
