/** What a key press or a click asks for, shared by the scripts and kept apart so that importing it loads nothing else. */

/** `/` (outside a text field) or Ctrl/Cmd-K: open search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
	const typing = (event.target as Element).closest('input,textarea,select,[contenteditable]');
	return (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
}

/** A click that asks for something else than following the link here (a new tab, a download, another button). */
export const isModifiedClick = (event: MouseEvent): boolean => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
