/** What the look-up's trigger and its module share, apart so that neither imports the other. */

/** Whether `el` is Chinese of the text or the notes, where words are looked up (its own language, not the page's). */
export const inChinese = (el: Element | null | undefined): boolean => !!el?.matches(':lang(zh)') && el.closest('.text, .note-list') !== null;

/** What the look-up is asked, as the event it listens for (lookup.ts). */
export type LookupRequest =
	| { kind: 'point'; x: number; y: number }
	| { kind: 'selection' }
	| { kind: 'concordance'; term: string }
	/** A glossary term's link in the text, followed by a card in place (`term` its id; `href` followed if the card cannot be shown). */
	| { kind: 'term'; term: string; link: HTMLAnchorElement };
