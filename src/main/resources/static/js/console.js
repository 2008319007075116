// The Cypher console: for anonymous users a login prompt and nothing else; for logged-in users the
// examples (described in Chinese, parameters filled with values that work), the editor and the
// results. A refusal or failure is said in words a clerk understands and clears the old results.
import { esc } from './api.js';

const $ = id => document.getElementById(id);

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

function text(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return String(value);
}

/**
 * What went wrong, in Chinese: the server says why it refused or stopped a query (its `detail`, with a machine-readable
 * `reason`); a few reasons get a shorter sentence here. Never a class name or the database's own English.
 */
export function explain(status, body) {
  const detail = String(body.detail || body.error || '');
  switch (body.reason) {
    case 'login': return '请先登录，再运行查询。';
    case 'write': return '控制台只能读：这条查询会修改数据（写入、删除或建索引），已被拒绝。';
    case 'load-csv': return '控制台不能读取外部文件（LOAD CSV），已被拒绝。';
    case 'timeout': return '查询超过了时间限制，已被终止。请加上 LIMIT 或缩小范围后再试。';
    case 'memory': return '查询占用的内存太多，已被终止。请缩小范围后再试。';
    default:
      if (body.reason && /\p{Script=Han}/u.test(detail)) return detail;
      if (status === 401) return '请先登录，再运行查询。';
      if (status === 403) return '您的账号没有运行查询的权限，或登录已过期，请重新登录。';
      if (status === 400 || status === 422) return '这条查询不被允许（控制台只能读，且不能使用管理功能）。';
      return `服务器暂时无法运行查询（${status}），请稍后再试。`;
  }
}

function showError(message) {
  $('error').textContent = message;
  $('error').style.display = 'block';
}

function render(result) {
  const table = $('result');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  result.columns.forEach(c => { const th = document.createElement('th'); th.textContent = c; head.appendChild(th); });
  const body = table.createTBody();
  result.rows.forEach(row => {
    const tr = body.insertRow();
    row.forEach(v => { const pre = document.createElement('pre'); pre.textContent = text(v); tr.insertCell().appendChild(pre); });
  });
}

async function run() {
  $('error').style.display = 'none';
  // Results of the previous query never stay under a new error.
  $('result').replaceChildren();
  let params;
  try { params = JSON.parse($('params').value || '{}'); } catch (e) { showError('参数不是合法的 JSON：请用 {"名称": 值} 的形式，名称和文字要加英文双引号。'); return; }
  $('status').textContent = '运行中…';
  const started = performance.now();
  const response = await fetch('/api/cypher', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify({ query: $('query').value, params })
  });
  const ms = Math.round(performance.now() - started);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    $('status').textContent = `未运行（${ms} 毫秒）`;
    showError(explain(response.status, body));
    return;
  }
  render(body);
  $('status').textContent = `${body.rows.length} 行，${ms} 毫秒` + (body.truncated ? '（结果已截断，仅显示前 ' + body.rows.length + ' 行）' : '');
}

async function loadExamples() {
  const list = $('examples');
  const response = await fetch('/api/cypher/examples', { credentials: 'same-origin' });
  if (!response.ok) { list.textContent = '示例暂时无法加载，请刷新页面再试。'; return; }
  const examples = await response.json();
  list.replaceChildren();
  examples.forEach(example => {
    const button = document.createElement('button');
    button.className = 'btn btn-light border text-start w-100 mb-1 small';
    button.dataset.example = example.name;
    button.innerHTML = `${esc(example.description || example.name)}<small class="d-block text-muted font-monospace">${esc(example.name)}</small>`;
    button.addEventListener('click', () => {
      $('query').value = example.query;
      const params = {};
      example.parameters.forEach(p => { params[p] = example.exampleParameters?.[p] ?? null; });
      $('params').value = JSON.stringify(params, null, 0);
      $('query-title').textContent = '查询：' + (example.description || example.name);
      $('error').style.display = 'none';
      $('result').replaceChildren();
      $('status').textContent = '';
    });
    list.appendChild(button);
  });
}

async function start() {
  const response = await fetch('/api/session', { credentials: 'same-origin' });
  const session = response.ok ? await response.json() : {};
  if (!session.user) {
    $('login-first').hidden = false;
    document.body.dataset.ready = 'true';
    return;
  }
  $('who').textContent = session.user + '（' + (session.roles || []).join('、') + '）';
  $('workspace').hidden = false;
  $('run').addEventListener('click', run);
  $('query').addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
  await loadExamples();
  document.body.dataset.ready = 'true';
}
start();
