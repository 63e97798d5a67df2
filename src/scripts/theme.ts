/**
 * The dark/light toggle: follows the system until the reader chooses, then
 * remembers the choice. Without script the system's scheme applies.
 */
const KEY = 'theme';

function apply(): void {
	const theme = localStorage.getItem(KEY);
	if (theme === 'dark' || theme === 'light') document.documentElement.dataset['theme'] = theme;
	document.querySelector('.theme-toggle')?.removeAttribute('hidden');
}

document.addEventListener('click', (event) => {
	if (!(event.target as Element).closest('.theme-toggle')) return;
	const chosen = document.documentElement.dataset['theme'];
	const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	localStorage.setItem(KEY, dark ? 'light' : 'dark');
	apply();
});
// A reading page swapped in place brings a new header.
document.addEventListener('page:swapped', apply);
apply();
