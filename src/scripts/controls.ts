/**
 * The site's controls, on every page, loaded by site.ts at the reader's
 * first move: the dark/light toggle, kept with the reader's settings, and
 * search, opened by its button, `/` or Ctrl/Cmd-K, whose module loads when
 * it is first opened, the button busy meanwhile. A module that fails to
 * load is said to have failed and is tried again next time. On a paper's
 * pages, where the browser has service workers, offline reading
 * (offline/offline.ts, docs/offline.md).
 */
import { isSearchShortcut } from './input-events.ts';
import { loadModule, sayLoadFailed } from './load-module.ts';
import { readSettings, writeStored } from './storage.ts';
import { SETTINGS_KEY } from './storage-keys.ts';
import searchUrl from './search/search.ts?worker&url';
import offlineUrl from './offline/offline.ts?worker&url';

let loaded = false;
function openSearch(): void {
	// The search module opens itself as it loads; once loaded, it listens for `search:open`.
	if (loaded) return void document.dispatchEvent(new Event('search:open'));
	const button = document.querySelector('.search-open');
	button?.setAttribute('aria-busy', 'true');
	loadModule(searchUrl)
		.then(() => (loaded = true), sayLoadFailed)
		.finally(() => button?.removeAttribute('aria-busy'));
}

/** Dark for light and light for dark, remembered with the reader's other settings. */
function toggleTheme(): void {
	const root = document.documentElement;
	const dark = root.dataset['theme'] ? root.dataset['theme'] === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	root.dataset['theme'] = dark ? 'light' : 'dark';
	writeStored('localStorage', SETTINGS_KEY, JSON.stringify({ ...readSettings(SETTINGS_KEY), theme: root.dataset['theme'] }));
}

/**
 * What the buttons say of themselves once they work, set here rather than written into every page (docs/budgets.md):
 * search opens a dialog, by its keys too; the theme toggle's tooltip is its name.
 */
function describeControls(): void {
	const search = document.querySelector('.search-open');
	search?.setAttribute('aria-haspopup', 'dialog');
	// SEARCH_OPEN_KEYS (key-bindings.ts), as ARIA names them.
	search?.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	const toggle = document.querySelector('.theme-toggle');
	toggle?.setAttribute('title', toggle.getAttribute('aria-label') ?? '');
}
describeControls();

// A control whose module is on its way (search here; citing and reporting in the reader, loaded with this module):
// its look comes with this module, not in every page's stylesheet. A constructed sheet, which the
// Content-Security-Policy allows, as it would not an inline <style>.
const busy = new CSSStyleSheet();
busy.replaceSync('@layer enhance { [aria-busy="true"] { cursor: progress; opacity: 0.6; } }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, busy];
// A page swapped in (reader/swap.ts) brings its buttons as served.
document.addEventListener('page:swapped', describeControls);

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target.closest('.search-open')) openSearch();
	else if (target.closest('.theme-toggle')) toggleTheme();
});

document.addEventListener('keydown', (event) => {
	if (isSearchShortcut(event)) {
		event.preventDefault();
		openSearch();
	}
});

// Offline reading where there is a paper to keep: its reading pages, about page and glossary. Not loaded: the site as it is.
if (navigator.serviceWorker && document.querySelector('article.paper,article.about,article.glossary')) loadModule(offlineUrl).catch(() => {});
