// The 督办看板: lights per lead unit and leader (sortable), red tasks, 完成率, co-led vs single-lead
// lateness, whose late tasks hold up the most other units, and predicted bottleneck score vs observed lateness;
// with several cities and no ?city=, one row per city. A logged-in unit (or the 督查室) downloads its template and
// uploads it filled here.
import { json, esc, fmt, unitHref, tasksHref, notice, postFile } from './api.js';

const params = new URLSearchParams(location.search);
const city = params.get('city') || '';
const cityQuery = city ? '?city=' + encodeURIComponent(city) : '';
// ?on=2024-06-30: the board of that day; without it the server reads today, or a past year's last day.
const on = params.get('on') || '';
const boardQuery = new URLSearchParams({ ...(city ? { city } : {}), ...(on ? { on } : {}) }).toString();

const LIGHTS = [['red', '红', 'RED'], ['yellow', '黄', 'YELLOW'], ['green', '绿', 'GREEN'], ['grey', '灰', 'GREY']];
const pct = x => fmt(100 * x, 1) + '%';

function lightTable(el, rows, nameHead, link) {
  let sort = { key: 'red', dir: -1 };
  const cols = [['name', nameHead], ...LIGHTS.map(([k, l]) => [k, l]), ['tasks', '任务'], ['completionRate', '完成率'], ['lateShare', '滞后率']];
  const draw = () => {
    const sorted = [...rows].sort((a, b) => (a[sort.key] > b[sort.key] ? 1 : a[sort.key] < b[sort.key] ? -1 : 0) * sort.dir);
    el.innerHTML = `<thead><tr>${cols.map(([k, l]) => `<th class="sortable" data-sort="${k}">${l}</th>`).join('')}</tr></thead>
      <tbody>${sorted.map(r => `<tr data-name="${esc(r.name)}"><td>${link(r)}</td>
        ${LIGHTS.map(([k, , c]) => `<td>${r[k] ? `<span class="light light-${c}">${r[k]}</span>` : ''}</td>`).join('')}
        <td>${r.tasks}</td><td>${pct(r.completionRate)}</td><td>${pct(r.lateShare)}</td></tr>`).join('')}</tbody>`;
    el.querySelectorAll('th[data-sort]').forEach(th => th.addEventListener('click', () => {
      sort = { key: th.dataset.sort, dir: sort.key === th.dataset.sort ? -sort.dir : (th.dataset.sort === 'name' ? 1 : -1) };
      draw();
    }));
  };
  draw();
}

/** A unit's 督办单, of the day the board shows. */
const noticeHref = unit => unitHref(unit) + '/notice' + (on ? '?on=' + encodeURIComponent(on) : '');
const unitPath = unit => '/api/units/' + encodeURIComponent(unit);

/** The upload control, for a unit account (its own unit) or an editor (any unit): what was written, or every error. */
async function initUpload() {
  const session = await fetch('/api/session', { credentials: 'same-origin' }).then(r => (r.ok ? r.json() : {})).catch(() => ({}));
  const roles = session.roles || [];
  if (!session.unit && !roles.includes('EDITOR') && !roles.includes('ADMIN')) return;
  document.getElementById('upload-card').classList.remove('d-none');
  const unitInput = document.getElementById('upload-unit');
  const link = document.getElementById('template-link');
  const result = document.getElementById('upload-result');
  const setLink = () => { link.href = unitPath(unitInput.value.trim()) + '/progress-template.xlsx' + cityQuery; };
  if (session.unit) {
    unitInput.value = session.unit;
    unitInput.readOnly = true;
  }
  setLink();
  unitInput.addEventListener('input', setLink);
  document.getElementById('upload-button').addEventListener('click', async () => {
    const unit = unitInput.value.trim();
    const file = document.getElementById('upload-file').files[0];
    if (!unit || !file) {
      result.innerHTML = '<span class="text-danger">请先填写单位并选择填好的模板文件。</span>';
      return;
    }
    result.innerHTML = '<span class="text-muted">正在上传…</span>';
    const { status, json: answer } = await postFile(unitPath(unit) + '/progress' + cityQuery, file);
    if (status === 200 || status === 201) {
      result.innerHTML = `<span class="text-success" id="upload-written">写入 ${answer.written} 条</span>`
        + (answer.written === 0 ? '（文件中的进展都已记录过）' : '，刷新看板可见新的灯号。');
    } else {
      const errors = (answer && answer.errors) || [];
      result.innerHTML = `<div class="alert alert-danger small mb-0" id="upload-errors">${esc((answer && answer.detail) || ('上传失败（' + status + '）'))}
        ${errors.length ? `<ul class="mb-0">${errors.map(e => `<li data-row="${e.row}">${esc(e.message)}</li>`).join('')}</ul>` : ''}</div>`;
    }
  });
}

function cityTable(rows, cities) {
  const card = document.getElementById('city-card');
  card.classList.remove('d-none');
  if (cities > rows.length) card.querySelector('h2').textContent += `（共 ${cities} 个城市，列出 ${rows.length} 个）`;
  document.getElementById('city-detail').classList.add('d-none');
  lightTable(document.getElementById('by-city'), rows, '城市', r => `<a href="/supervise?city=${encodeURIComponent(r.name)}">${esc(r.name)}</a>`);
}

const cnDate = d => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * Which day the lights are of, in words: a year already over is shown at its end (its deadlines long past, read
 * today nearly every task would be red); the clerk may pick another day, which the address keeps (?on=).
 */
function showDay(board) {
  const text = board.yearEnded ? `${board.year}年度已结束，以下为年末（12月31日）的状态`
    : on ? `以下为${cnDate(board.on)}的状态` : `以下为今天（${cnDate(board.on)}）的状态`;
  document.getElementById('day-text').textContent = text + (board.yearEnded ? '；也可选择年内的某一天查看当时的灯号。' : '。');
  const input = document.getElementById('day-input');
  input.value = board.on;
  if (board.year) {
    input.min = board.year + '-01-01';
    input.max = board.year + '-12-31';
  }
  const reset = document.getElementById('day-reset');
  reset.classList.toggle('d-none', !on);
  reset.href = '/supervise' + cityQuery;
  input.addEventListener('change', () => {
    if (!input.value) return;
    const next = new URLSearchParams(location.search);
    next.set('on', input.value);
    location.search = next.toString();
  });
}

async function init() {
  initUpload();
  const board = await json('/api/followup/board' + (boardQuery ? '?' + boardQuery : ''));
  showDay(board);
  document.getElementById('rule').textContent = board.rule;
  if (board.empty) {
    const empty = document.getElementById('empty');
    empty.classList.remove('d-none');
    empty.innerHTML = `还没有任何单位报送进展，看板暂无灯号。开始督办：各单位登录后，在本页上方「下载模板」取得本单位的<strong>进展填报模板</strong>，
      填写后「上传填好的模板」；也可在任务台账打开本单位的一项任务，直接<strong>填报进展</strong>。
      <div class="mt-2"><a class="btn btn-sm btn-primary" id="empty-login" href="/login">单位登录</a>
        <a class="btn btn-sm btn-outline-secondary" href="/tasks">打开任务台账</a></div>`;
    document.body.dataset.ready = 'true';
    return;
  }
  document.getElementById('board').classList.remove('d-none');
  const t = board.totals[0];
  document.getElementById('totals').innerHTML = [['任务', t.tasks, ''], ...LIGHTS.map(([k, l, c]) => [l + '灯', t[k], c]),
    ['完成率', pct(t.completionRate), ''], ['已报送', board.reports, '']]
    .map(([label, value, c]) => `<div class="col"><div class="card p-2 text-center"><div class="small text-muted">${label}</div>
      <div class="fs-4 ${c ? 'light light-' + c : ''}" data-total="${c || label}">${value}</div></div></div>`).join('');
  if (board.scope === 'national') {
    cityTable(board.byCity, board.cities);
    document.body.dataset.ready = 'true';
    return;
  }
  lightTable(document.getElementById('by-lead'), board.byLeadUnit, '牵头单位',
    r => `<a href="${noticeHref(r.name)}">${esc(r.name)}</a>`);
  lightTable(document.getElementById('by-leader'), board.byLeader, '责任领导',
    r => `<a href="${tasksHref({ leader: r.name })}">${esc(r.name)}</a>`);
  document.getElementById('overdue').innerHTML = `<thead><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>原因</th><th>最新进展</th></tr></thead>
    <tbody>${board.overdue.map(o => `<tr data-id="${esc(o.id)}"><td>${esc(o.no)}</td><td class="small">${esc(o.text.slice(0, 60))}</td>
      <td>${o.leadUnits.map(u => `<a href="${noticeHref(u)}">${esc(u)}</a>`).join('、')}</td>
      <td><span class="light light-RED">红</span> ${esc(o.reason)}</td><td class="small">${esc(o.latestStatus || '未报送')}</td></tr>`).join('')}</tbody>`;
  const c = board.coLed, s = board.singleLead;
  document.getElementById('colead').innerHTML = `<table class="table table-sm mb-0"><thead><tr><th></th><th>任务</th><th>红/黄</th><th>滞后率</th></tr></thead>
    <tbody><tr><td>共同牵头</td><td>${c.tasks}</td><td>${c.late}</td><td id="colead-share">${pct(c.share)}</td></tr>
    <tr><td>单一牵头</td><td>${s.tasks}</td><td>${s.late}</td><td id="single-share">${pct(s.share)}</td></tr></tbody></table>`;
  document.getElementById('spread').innerHTML = `<thead><tr><th>牵头单位</th><th>滞后任务</th><th>牵连单位</th></tr></thead>
    <tbody>${board.spread.map(x => `<tr><td>${esc(x.unit)}</td><td>${x.lateTasks}</td>
      <td title="${esc(x.touched.join('、'))}">${x.otherUnits}</td></tr>`).join('')}</tbody>`;
  const el = document.getElementById('scatter');
  if (!board.predictedObserved.length) {
    notice(el, '尚无瓶颈分（导入后计算）');
  } else {
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { formatter: p => `${esc(p.data[2])}<br>瓶颈分 ${fmt(p.data[0], 3)}<br>滞后率 ${pct(p.data[1])}（${p.data[3]} 项任务）` },
      xAxis: { name: '预测瓶颈分', type: 'value' }, yAxis: { name: '实际滞后率', type: 'value', max: 1 },
      series: [{ type: 'scatter', symbolSize: d => 6 + Math.sqrt(d[3]) * 2,
        data: board.predictedObserved.map(p => [p.score, p.lateShare, p.unit, p.tasks]) }]
    });
    window.addEventListener('resize', () => chart.resize());
  }
  document.body.dataset.ready = 'true';
}
init().catch(e => { notice(document.getElementById('empty'), '看板加载失败：' + e.message); document.getElementById('empty').classList.remove('d-none'); });
