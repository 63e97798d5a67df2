/** What a note marker points at, ready to show elsewhere (a popover, the margin). */
import { BACK_LINK_IN_COPY } from './back-link.ts';

/**
 * A copy of the note `marker` links to, in the marker's language, without
 * the note's own controls (back-link, permalink, cite) and without ids; undefined if the
 * note is not on the page.
 */
export function noteContent(marker: HTMLAnchorElement): HTMLElement | undefined {
	const note = document.getElementById(marker.hash.slice(1));
	if (!note) return undefined;
	// In paired modes a note holds both languages: the marker's own.
	const lang = marker.closest('[lang]')?.getAttribute('lang');
	const source = note.classList.contains('pair') ? (note.querySelector<HTMLElement>(`:scope > [lang="${lang}"]`) ?? note) : note;
	const content = source.cloneNode(true) as HTMLElement;
	content.querySelectorAll(`${BACK_LINK_IN_COPY}, .unit-tools`).forEach((el) => el.remove());
	// A copy carries no id: the note's own stays the original's, which links land on.
	for (const el of [content, ...content.querySelectorAll('[id]')]) el.removeAttribute('id');
	// The note's language may be inherited (the translator's notes are one English list).
	content.lang = source.closest('[lang]')?.getAttribute('lang') ?? '';
	return content;
}
