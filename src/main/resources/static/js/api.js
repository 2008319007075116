// Shared by every page: JSON fetching that tolerates endpoints not built yet, Chinese number
// formatting, HTML escaping and the page header.

/** GET a JSON endpoint; resolves to null (not an exception) when it is missing or fails. */
export async function optionalJson(path) {
  try {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!res.ok) return null;
    return await res.json();
  } catch (e) {
    return null;
  }
}

/** GET a JSON endpoint the page cannot do without; throws with the server's message. */
export async function json(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let message = res.status + ' ' + res.statusText;
    try { message = (await res.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return res.json();
}

/** Accepts either a bare array or an object that wraps it in `items` (analytics responses vary). */
export function items(data) {
  if (!data) return [];
  if (Array.isArray(data)) return data;
  return Array.isArray(data.items) ? data.items : [];
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

/** A muted notice in place of a chart whose endpoint is not there yet. */
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
