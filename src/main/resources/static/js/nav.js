// Page header behaviour: the current page is highlighted and the search box jumps to the explorer.
import { markNav, exploreHref } from './api.js';
import { attachSuggest } from './suggest.js';

markNav();
const navSearch = document.getElementById('nav-search');
if (navSearch && location.pathname !== '/explore') {
  attachSuggest(navSearch, hit => { location.href = exploreHref(hit.id); });
}
