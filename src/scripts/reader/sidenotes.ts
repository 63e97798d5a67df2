/**
 * Notes in the margin, beside their markers, where a single-language or an
 * interleaved text leaves room for them on a wide screen (Tufte's sidenotes). The list of
 * notes at the end stays, and so does the popover for keyboard and screen
 * reader users: the margin copies are for the eye (`aria-hidden`, their
 * links out of the tab order). Laid out again whenever the text or the
 * window changes size; a note that would overlap the one above moves down.
 */
import { noteContent } from './note-content.ts';

/** Narrower than this (px) a margin note reads badly: the popover serves instead. */
const MIN_WIDTH = 180;
const MAX_WIDTH = 288;
/** Between the text and its notes, and between two notes (px). */
const GAP = 40;
const SPACING = 12;

let observer: ResizeObserver | undefined;

/** Sets up the margin notes of the page now shown (again after a swap). */
export function setUpSidenotes(): void {
	observer?.disconnect();
	const article = document.querySelector<HTMLElement>('article.paper');
	const text = document.querySelector<HTMLElement>('.text');
	// Beside a single language, or interleaved (one column); side by side both columns are full.
	if (!article || !text || article.dataset['mode'] === 'parallel') return;
	text.querySelector(':scope > .sidenotes')?.remove();
	const column = document.createElement('div');
	column.className = 'sidenotes';
	column.setAttribute('aria-hidden', 'true');
	// One note per note: beside its first marker (interleaved, the first language's, as its way back leads).
	const firstMarkers = new Map<string, HTMLAnchorElement>();
	for (const marker of text.querySelectorAll<HTMLAnchorElement>('sup a')) if (!firstMarkers.has(marker.hash)) firstMarkers.set(marker.hash, marker);
	const pairs = [...firstMarkers.values()].flatMap((marker) => {
		const content = noteContent(marker);
		if (!content) return [];
		const note = document.createElement('aside');
		note.dataset['note'] = marker.hash.slice(1);
		note.innerHTML = `<span class="sidenote-number">${marker.textContent}</span> `;
		note.append(...content.childNodes);
		note.lang = content.lang;
		for (const link of note.querySelectorAll('a')) link.tabIndex = -1;
		column.append(note);
		return [{ marker, note }];
	});
	text.append(column);
	const layOut = (): void => {
		const box = text.getBoundingClientRect();
		const room = document.documentElement.clientWidth - box.right - GAP - 16;
		// The reader may keep the notes at the end (reader/settings.ts).
		column.hidden = pairs.length === 0 || room < MIN_WIDTH || document.documentElement.dataset['notes'] === 'end';
		article.toggleAttribute('data-sidenotes', !column.hidden);
		if (column.hidden) return;
		column.style.setProperty('--sidenote-width', `${Math.min(room, MAX_WIDTH)}px`);
		let floor = -Infinity;
		for (const { marker, note } of pairs) {
			const top = Math.max(marker.getBoundingClientRect().top - box.top, floor);
			note.style.insetBlockStart = `${top}px`;
			floor = top + note.offsetHeight + SPACING;
		}
	};
	// The text's size moves its markers; the window's, the room beside it (the text's width is capped).
	observer = new ResizeObserver(layOut);
	observer.observe(text);
	observer.observe(document.documentElement);
}

/** Shows the margin note of `marker`, if the margin is showing notes; false if not. */
export function pointAtSidenote(marker: HTMLAnchorElement): boolean {
	if (!document.querySelector('article.paper[data-sidenotes]')) return false;
	const note = document.querySelector<HTMLElement>(`.sidenotes > [data-note="${CSS.escape(marker.hash.slice(1))}"]`);
	if (!note) return false;
	// Highlighted at once, then faded (reader.css).
	note.classList.add('is-pointed');
	setTimeout(() => note.classList.remove('is-pointed'), 800);
	return true;
}
