// 年度对比: two notices side by side (a city's two years by default): tasks carried over, new and dropped; each
// unit's load then and now, with a chart of the biggest changes; co-lead pairs; leaders; likely renames.
import { json, esc, fmt, tasksHref, send } from './api.js';

const from = document.getElementById('from');
const to = document.getElementById('to');
const message = document.getElementById('message');
const label = d => `${d.city} ${d.year ?? ''}年 · ${d.docNo ?? d.title ?? d.id}`;

function list(items, show, none = '无') {
  return items.length ? '<ul class="mb-0">' + items.map(i => `<li>${show(i)}</li>`).join('') + '</ul>'
    : `<span class="text-muted">${esc(none)}</span>`;
}

async function show() {
  if (!from.value || !to.value) return;
  const query = 'from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value);
  history.replaceState(null, '', '/compare?' + query);
  document.getElementById('csv').href = '/api/comparison.csv?' + query;
  const c = await json('/api/comparison?' + query);
  const reassigned = c.carried.filter(t => t.reassigned).length;
  document.getElementById('totals').innerHTML = `延续 ${fmt(c.carried.length)} 项（其中分工有变 ${fmt(reassigned)} 项）·
    新增 ${fmt(c.added.length)} 项 · 不再列入 ${fmt(c.dropped.length)} 项`;
  const toScope = encodeURIComponent(c.to.scope);
  document.querySelector('#units tbody').innerHTML = c.units.map(u => `<tr>
    <td><a href="/units/${encodeURIComponent(u.name)}?city=${toScope}">${esc(u.name)}</a></td>
    <td class="text-end">${fmt(u.totalThen)}（${fmt(u.leadThen)}）</td><td class="text-end">${fmt(u.totalNow)}（${fmt(u.leadNow)}）</td>
    <td class="text-end ${u.change > 0 ? 'text-danger' : u.change < 0 ? 'text-success' : ''}">${u.change > 0 ? '+' : ''}${fmt(u.change)}</td></tr>`).join('');
  document.getElementById('units-changed').innerHTML = '新出现：' + list(c.unitsAppeared, esc)
    + '不再出现：' + list(c.unitsDisappeared, esc)
    + '可能是更名（机构改革）：' + list(c.renameCandidates,
      r => `${esc(r.from)} → ${esc(r.to)}（${fmt(r.score, 2)}，${esc(r.why)}）
        <button type="button" class="btn btn-sm btn-outline-primary py-0 ms-1 merge-candidate" data-scope="${esc(c.from.scope)}"
          data-from="${esc(r.from)}" data-to="${esc(r.to)}">视为同一单位</button>`, '没有发现');
  document.getElementById('pairs').innerHTML = '新形成：' + list(c.pairsFormed, p => `${esc(p.a)}、${esc(p.b)}（${fmt(p.tasks)} 项）`)
    + '已解除：' + list(c.pairsDissolved, p => `${esc(p.a)}、${esc(p.b)}（${fmt(p.tasks)} 项）`);
  document.getElementById('leaders').innerHTML = list(c.leaders, l => `${esc(l.name)}：${fmt(l.tasksThen)} → ${fmt(l.tasksNow)}`);
  document.getElementById('tasks').innerHTML = '<strong>新增</strong>' + list(c.added, t => `第 ${esc(t.no)} 项：${esc(t.text)}`)
    + '<strong>不再列入</strong>' + list(c.dropped, t => `第 ${esc(t.no)} 项：${esc(t.text)}`)
    + '<strong>延续（文字有改动）</strong>' + list(c.carried.filter(t => t.similarity < 1),
      t => `第 ${esc(t.fromNo)} → ${esc(t.toNo)} 项（相似度 ${fmt(t.similarity, 2)}）：${esc(t.toText)}`);
  const top = c.units.filter(u => u.change !== 0 || u.leadNow !== u.leadThen).slice(0, 15).reverse();
  const box = document.getElementById('chart');
  const chart = echarts.getInstanceByDom(box) || echarts.init(box);
  chart.setOption({
    title: { text: '任务数变化最大的单位', left: 'center', textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' }, legend: { bottom: 0, data: ['此前', '现在'] },
    grid: { left: 160, right: 30, top: 30, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: top.map(u => u.name) },
    series: [{ name: '此前', type: 'bar', data: top.map(u => u.totalThen) },
      { name: '现在', type: 'bar', data: top.map(u => u.totalNow) }]
  });
  chart.on('click', p => { location.href = tasksHref({ unit: p.name, city: c.to.scope }); });
}

/**
 * A likely rename taken as one unit (EDITOR): the earlier notice's unit is given its new name, as one change set
 * with a reason, so the comparison follows it as one unit; 「撤销」 on the 「文件」 page takes it back.
 */
document.getElementById('units-changed').addEventListener('click', async e => {
  const button = e.target.closest('.merge-candidate');
  if (!button) return;
  const { scope, from: old, to: now } = button.dataset;
  const reason = prompt(`把 ${scope} 的「${old}」改称「${now}」，在对比中视为同一单位。请填写说明（将记入审计记录）：`, '机构改革更名');
  if (reason === null) return;
  const reply = await send('POST', '/api/units/rename', { city: scope, from: old, to: now, reason, dryRun: false });
  if (reply.status === 200) {
    message.innerHTML = `<div class="alert alert-success small" id="merge-message">已合并：${esc(reply.json.summary)}</div>`;
    await show();
  } else {
    message.innerHTML = `<div class="alert alert-danger small" id="merge-message">${esc(reply.status === 401 || reply.status === 403
      ? '合并单位需要编辑权限，请先登录。' : (reply.json && (reply.json.detail || reply.json.error)) || '合并失败（' + reply.status + '）')}</div>`;
  }
});

async function init() {
  const notices = (await json('/api/documents')).filter(d => d.kind === 'NOTICE');
  if (notices.length < 2) {
    message.innerHTML = '<div class="alert alert-light border small">至少导入两份通知（如同一城市的两个年度）才能对比。</div>';
    return;
  }
  const options = notices.map(d => `<option value="${esc(d.id)}">${esc(label(d))}</option>`).join('');
  from.innerHTML = options;
  to.innerHTML = options;
  const p = new URLSearchParams(location.search);
  // by default the newest notice and the one before it of the same city
  const newest = notices[0];
  const before = notices.find(d => d.city === newest.city && d.id !== newest.id) || notices[1];
  to.value = p.get('to') || newest.id;
  from.value = p.get('from') || before.id;
  [from, to].forEach(s => s.addEventListener('change', () => show().catch(e => { message.textContent = e.message; })));
  await show();
}
init().catch(e => { message.innerHTML = `<div class="alert alert-danger small">${esc(e.message)}</div>`; })
  .finally(() => { document.body.dataset.ready = 'true'; });
