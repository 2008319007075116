// The 404 page: when the address names something (a unit brief, a task), offer what the search box
// would find for that name — "您是不是要找…".
import { esc, unitHref, exploreHref } from './api.js';

const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
const name = parts.length >= 2 ? parts[parts.length - 1] : '';
const box = document.getElementById('did-you-mean');
if (name && box) {
  fetch('/api/search?q=' + encodeURIComponent(name.slice(0, 4)))
    .then(res => res.ok ? res.json() : [])
    .then(hits => {
      const links = hits.slice(0, 6).map(h => h.type === 'unit'
        ? `<a class="me-3" href="${esc(unitHref(h.name))}">${esc(h.name)}</a>`
        : `<a class="me-3" href="${esc(exploreHref(h.name))}">${esc(h.type === 'task' ? '第 ' + h.name + ' 项' : h.name)}</a>`).join('');
      if (links) {
        box.innerHTML = `<p class="mb-1">没有叫“${esc(name)}”的单位。您是不是要找：</p><p>${links}</p>`;
        box.hidden = false;
      }
    })
    .catch(() => {});
}
document.body.dataset.ready = 'true';
