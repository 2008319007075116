// Shared by every page: JSON fetching, Chinese number formatting, HTML escaping and the page header.

/**
 * The notice every page shows: the one named by `?city=` in the address (a notice's scope: 随州, or 随州（2025年）
 * for a city's notice of another year), else the newest notice when the graph holds one city's (a store of many
 * cities is shown whole, each notice's figures apart). Every read of `json()` carries it, so no figure sums two
 * notices; `notices` lists them all for the header's switcher.
 */
export const currentNotice = (async () => {
  const asked = new URLSearchParams(location.search).get('city');
  let documents = [];
  try {
    const res = await fetch('/api/documents', { headers: { Accept: 'application/json' } });
    if (res.ok) documents = await res.json();
  } catch (e) { /* the pages still work on the whole graph */ }
  const notices = documents.filter(d => d.kind === 'NOTICE');
  const oneCity = new Set(notices.map(d => d.city)).size === 1;
  const chosen = asked ? notices.find(d => d.scope === asked) : (oneCity ? notices[0] : null);
  return { chosen: chosen || null, notices, scope: chosen ? chosen.scope : asked, asked };
})();

/** The path with the current notice's scope as `city`, unless it names one already or is not an API read. */
export async function withNotice(path) {
  const { scope } = await currentNotice;
  if (!scope || !path.startsWith('/api/') || /[?&]city=/.test(path) || path.startsWith('/api/documents')) return path;
  return path + (path.includes('?') ? '&' : '?') + 'city=' + encodeURIComponent(scope);
}

/**
 * GET a JSON endpoint of the current notice; throws with the server's message, the `detail` of its RFC 9457
 * problem detail, so the page can show why.
 */
export async function json(path) {
  const res = await fetch(await withNotice(path), { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let message = res.status + ' ' + res.statusText;
    try {
      const problem = await res.json();
      message = problem.detail || problem.error || message;
    } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return res.json();
}

export const fmt = (n, digits) => (n == null || Number.isNaN(Number(n)))
  ? '—'
  : Number(n).toLocaleString('zh-CN', digits == null ? {} : { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export const unitHref = name => '/units/' + encodeURIComponent(name);
export const exploreHref = (focus, extra = {}) =>
  '/explore?' + new URLSearchParams({ focus, ...extra }).toString();
export const tasksHref = (filters = {}) => '/tasks?' + new URLSearchParams(filters).toString();

export const KIND_LABELS = {
  department: '市直部门', county: '县市区政府', enterprise: '国有企业', central: '驻地中央单位',
  financial: '金融机构', group: '单位组', other: '其他',
  LEADER: '责任领导', KEY: '重点工作', LIVELIHOOD: '民生实事'
};
export const kindLabel = kind => KIND_LABELS[kind] || kind || '';

/** A task's number as the notice prints it: 12 for key tasks, 民生一.4 for livelihood parts. */
export const taskNo = t => (t.kind === 'LIVELIHOOD' ? '民生' : '') + (t.no ?? '');

/** A muted notice in place of a chart or table: no data, or why it could not be loaded. */
export function notice(el, text) {
  el.innerHTML = `<div class="alert alert-light border small mb-0 notice">${esc(text)}</div>`;
}

/** Highlights the current page in the shared navigation bar. */
export function markNav() {
  const path = location.pathname;
  document.querySelectorAll('nav [data-path]').forEach(a => {
    const p = a.dataset.path;
    if (p === path || (p !== '/' && path.startsWith(p))) a.classList.add('active');
  });
}

/**
 * POSTs one file as multipart (part `file`, and any other form fields) with the CSRF token; answers the status and the JSON body (null when
 * there is none), so the page can show what was written or the problems the server listed.
 */
export async function postFile(path, file, fields = {}) {
  const body = new FormData();
  body.append('file', file, file.name);
  Object.entries(fields).forEach(([name, value]) => body.append(name, value));
  const res = await fetch(path, {
    method: 'POST', body, credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' }
  });
  let json = null;
  try { json = await res.json(); } catch (e) { /* not JSON */ }
  return { status: res.status, json };
}

/** Sends a JSON body (POST or DELETE) with the CSRF token; answers the status and the JSON reply (null if none). */
export async function send(method, path, body) {
  const res = await fetch(path, {
    method, credentials: 'same-origin', body: body == null ? undefined : JSON.stringify(body),
    headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json', 'Content-Type': 'application/json' }
  });
  let reply = null;
  try { reply = await res.json(); } catch (e) { /* not JSON */ }
  return { status: res.status, json: reply };
}

/** The CSRF token Spring Security sets in the XSRF-TOKEN cookie; every non-GET request of a page sends it back. */
export function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}
