/**
 * A note's way back (↩) links to the unit that holds its marker: the markers carry no id, for the bytes of every
 * page (docs/budgets.md), so that without script it lands on the unit. With the script it lands on the marker
 * itself (navigation.ts), as a link to the marker would.
 */

/** A note's way back: a link within the page, a child of a note or of one of its languages (a marker is a <sup>'s, a permalink the unit tools'). */
export const BACK_LINK = '.note-list :is(li, li > div) > a[href^="#"]';

/** The marker a way back stands for: the link to its note in the unit it leads to, if both are on the page. */
export function markerOf(link: HTMLAnchorElement): HTMLAnchorElement | null {
	const note = link.closest('li[id]')?.id;
	const holder = document.getElementById(decodeURIComponent(link.hash.slice(1)));
	return note && holder ? holder.querySelector<HTMLAnchorElement>(`sup a[href="#${CSS.escape(note)}"]`) : null;
}
