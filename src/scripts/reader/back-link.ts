/**
 * A note's way back (↩) links to the unit that holds its marker: the markers carry no id, for the bytes of every
 * page (docs/budgets.md), so that without script it lands on the unit. With the script it lands on the marker
 * itself (navigation.ts), as a link to the marker would.
 */

/**
 * A note's way back: a link named by its aria-label (its text is ↩), a child of a note or of one of its languages. A
 * link the text holds has no aria-label (lib/paper/inline.ts), a marker is a <sup>'s, a permalink the unit tools'.
 */
export const BACK_LINK = '.note-list :is(li, li > div) > a[aria-label]';

/**
 * The same in a copy (of a note, of a passage), out of its list: a link within the page named by its aria-label. A
 * permalink is one too, and no more the text.
 */
export const BACK_LINK_IN_COPY = 'a[href^="#"][aria-label]';

/** The marker a way back stands for: the link to its note in the unit it leads to, if both are on the page. */
export function markerOf(link: HTMLAnchorElement): HTMLAnchorElement | null {
	const note = link.closest('li[id]')?.id;
	const holder = document.getElementById(decodeURIComponent(link.hash.slice(1)));
	return note && holder ? holder.querySelector<HTMLAnchorElement>(`sup a[href="#${CSS.escape(note)}"]`) : null;
}
