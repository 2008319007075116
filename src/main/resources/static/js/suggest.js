// The search box with suggestions over units, leaders and tasks (/api/search matches names,
// abbreviations such as 发改委 and pinyin initials such as fgw on the server).
import { esc, kindLabel, withNotice } from './api.js';

const TYPE_LABEL = { unit: '单位', leader: '领导', task: '任务' };

/** Attaches suggestions to an input; onChoose receives the chosen suggestion. */
export function attachSuggest(input, onChoose) {
  const list = document.createElement('div');
  list.className = 'suggest-list list-group shadow-sm';
  list.hidden = true;
  input.parentElement.classList.add('suggest-host');
  input.after(list);
  let hits = [];
  let active = -1;
  let timer;

  const render = () => {
    list.innerHTML = hits.map((h, i) => `
      <button type="button" class="list-group-item list-group-item-action suggest-item${i === active ? ' active' : ''}"
              data-i="${i}" data-id="${esc(h.id)}">
        <span class="badge type-${h.type} me-1">${TYPE_LABEL[h.type] || h.type}</span>
        <span class="suggest-name">${esc(h.type === 'task' ? '第 ' + (h.kind === 'LIVELIHOOD' ? '民生' : '') + h.name + ' 项' : h.name)}</span>
        <small class="text-muted ms-1">${esc(h.type === 'unit' ? kindLabel(h.kind) + ' · ' : '')}${esc(h.detail || '')}</small>
      </button>`).join('');
    list.hidden = hits.length === 0;
  };
  const choose = i => {
    if (!hits[i]) return;
    input.value = hits[i].type === 'task' ? hits[i].name : hits[i].name;
    list.hidden = true;
    onChoose(hits[i]);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (!q) { hits = []; render(); return; }
      try {
        // Within the notice the page shows: each notice has its own 第 17 项.
        const res = await fetch(await withNotice('/api/search?q=' + encodeURIComponent(q)));
        hits = res.ok ? await res.json() : [];
      } catch (e) { hits = []; }
      active = hits.length ? 0 : -1;
      render();
    }, 120);
  });
  input.addEventListener('keydown', e => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { active = Math.min(active + 1, hits.length - 1); render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); render(); e.preventDefault(); }
    else if (e.key === 'Enter') { choose(active); e.preventDefault(); }
    else if (e.key === 'Escape') { list.hidden = true; }
  });
  list.addEventListener('mousedown', e => {
    const item = e.target.closest('[data-i]');
    if (item) { e.preventDefault(); choose(Number(item.dataset.i)); }
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
}
