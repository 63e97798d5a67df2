/**
 * Loaded on every page, and kept small: the dark/light toggle, and the
 * search launcher, which loads the search code only when search is opened
 * (by its button, `/` or Ctrl/Cmd-K). Without script the system's colour
 * scheme applies and the search control says it needs JavaScript.
 */
const THEME_KEY = 'theme';

function setUp(): void {
	const theme = localStorage.getItem(THEME_KEY);
	if (theme === 'dark' || theme === 'light') document.documentElement.dataset['theme'] = theme;
	for (const el of document.querySelectorAll('.theme-toggle, .search-open')) el.removeAttribute('hidden');
	document.querySelector('.search-nojs')?.setAttribute('hidden', '');
}

let search: Promise<{ openSearch: () => void }> | undefined;
function openSearch(): void {
	search ??= import('./search');
	search.then((module) => module.openSearch());
}

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target.closest('.search-open')) openSearch();
	if (!target.closest('.theme-toggle')) return;
	const chosen = document.documentElement.dataset['theme'];
	const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	localStorage.setItem(THEME_KEY, dark ? 'light' : 'dark');
	setUp();
});

document.addEventListener('keydown', (event) => {
	const typing = (event.target as Element).closest('input, textarea, select, [contenteditable]');
	if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
		event.preventDefault();
		openSearch();
	}
});

// A reading page swapped in place brings a new header.
document.addEventListener('page:swapped', setUp);
setUp();
