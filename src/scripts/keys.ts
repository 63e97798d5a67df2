/** Names and tests shared by the scripts, kept apart so that importing one loads nothing else. */

/** sessionStorage: what a search result should mark where it lands. */
export const HIGHLIGHT_KEY = 'search-highlight';
/** localStorage: the reader's settings and dark/light choice, one object (reader/settings.ts). */
export const SETTINGS_KEY = 'settings';

/** `/` (outside a text field) or Ctrl/Cmd-K: open search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
	const typing = (event.target as Element).closest('input,textarea,select,[contenteditable]');
	return (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
}

/** A click that asks for something else than following the link here (a new tab, a download, another button). */
export const isModifiedClick = (event: MouseEvent): boolean => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
