// The page header, written once for every page: the current page is highlighted, the console link
// appears for logged-in users, and the search box jumps to the explorer (which, on /explore, focuses
// in place). Module scripts run in document order, so this runs before the page's own.
import { markNav, exploreHref, currentNotice, csrfToken, esc } from './api.js';
import { attachSuggest } from './suggest.js';

document.getElementById('site-nav').innerHTML = `
  <a class="navbar-brand" href="/">责任网络 <small>RespNet</small></a>
  <ul class="navbar-nav me-auto">
    <li class="nav-item"><a class="nav-link" data-path="/" href="/">总览</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/explore" href="/explore">关系探索</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/tasks" href="/tasks">任务台账</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/report" href="/report">报告对照</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/supervise" href="/supervise">督办看板</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/compare" href="/compare">年度对比</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/documents" href="/documents">文件</a></li>
    <li class="nav-item"><a class="nav-link" data-path="/import" href="/import">导入</a></li>
  </ul>
  <div class="navbar-text small me-3 text-light" id="nav-notice"></div>
  <form class="d-flex" id="nav-search-form" role="search" onsubmit="return false">
    <input class="form-control form-control-sm" id="nav-search" type="search" placeholder="搜索单位、领导、任务（如 fgw、发改委）" style="width: 20rem" autocomplete="off">
  </form>
  <div class="ms-2 d-flex align-items-center" id="nav-account"><a class="btn btn-sm btn-outline-light" id="nav-login" href="/login">登录</a></div>`;
markNav();
const navSearch = document.getElementById('nav-search');
if (navSearch && location.pathname !== '/explore') {
  // By name, so the address reads /explore?focus=市发改委.
  attachSuggest(navSearch, hit => { location.href = exploreHref(hit.name); });
}

// The console is for logged-in users only: its link appears once the session says who is here.
fetch('/api/session', { credentials: 'same-origin' })
  .then(res => (res.ok ? res.json() : {}))
  .then(session => {
    if (!session.user) return;
    // 退出 is a POST with the CSRF token, as Spring Security's logout asks.
    document.getElementById('nav-account').innerHTML = `
      <span class="navbar-text small me-2" id="nav-user">${esc(session.user)}</span>
      <form method="post" action="/logout" class="d-inline" id="nav-logout-form">
        <input type="hidden" name="_csrf" value="${esc(csrfToken())}">
        <button class="btn btn-sm btn-outline-light" id="nav-logout">退出</button></form>`;
    const item = document.createElement('li');
    item.className = 'nav-item';
    item.innerHTML = '<a class="nav-link" data-path="/console" href="/console">查询控制台</a>';
    document.querySelector('#site-nav .navbar-nav').appendChild(item);
    markNav();
  })
  .catch(() => {});

// The notice shown, named in the header, with a switcher when there are several; links within the site carry it.
currentNotice.then(({ chosen, notices, asked }) => {
  const box = document.getElementById('nav-notice');
  const label = d => `${d.year ?? ''}年 · ${d.docNo ?? d.title ?? d.id}`;
  if (notices.length > 1) {
    box.innerHTML = `<label class="me-1" for="notice-switch">通知</label><select class="form-select form-select-sm d-inline-block w-auto" id="notice-switch" title="${esc(chosen ? chosen.title : '')}">`
      + (chosen ? '' : '<option value="" selected>全部通知（各自统计）</option>')
      + notices.map(d => `<option value="${esc(d.scope)}"${chosen && d.scope === chosen.scope ? ' selected' : ''}>${esc(d.city)} ${esc(label(d))}</option>`).join('')
      + '</select>';
    document.getElementById('notice-switch').addEventListener('change', e => {
      const url = new URL(location.href);
      if (e.target.value) url.searchParams.set('city', e.target.value); else url.searchParams.delete('city');
      location.href = url.toString();
    });
  } else if (chosen) {
    box.innerHTML = `<span id="notice-name" title="${esc(chosen.title)}">${esc(chosen.city)} ${esc(label(chosen))}</span>`;
  }
  if (!asked) return;
  // A notice chosen in the address is kept on every page the user goes on to.
  document.addEventListener('click', e => {
    const a = e.target.closest && e.target.closest('a[href^="/"]');
    if (!a || a.href.includes('/api/') || a.closest('#site-nav .navbar-brand')) return;
    const url = new URL(a.href);
    if (!url.searchParams.has('city')) {
      url.searchParams.set('city', asked);
      a.href = url.toString();
    }
  }, true);
});
