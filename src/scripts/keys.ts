/** Names and tests shared by the scripts, kept apart so that importing one loads nothing else. */

/** sessionStorage: what a search result should mark where it lands. */
export const HIGHLIGHT_KEY = 'search-highlight';
/** localStorage: the reader's dark/light choice. */
export const THEME_KEY = 'theme';

/** `/` (outside a text field) or Ctrl/Cmd-K: open search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
	const typing = (event.target as Element).closest('input, textarea, select, [contenteditable]');
	return (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
}
