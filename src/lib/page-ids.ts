/**
 * The ids the site's own pages and scripts give their elements, in one list.
 * Content ids (units, notes, translator's notes, glossary terms) share a page
 * with them, so the loader refuses a content id that equals one or starts
 * with one of the prefixes: a unit `search-dialog` would stop search from
 * opening, a unit `ref-n2` would take the place of a marker's back target.
 * tests/unit/page-ids.test.ts reads the components, layouts, pages and
 * scripts and fails on an id they create that is not listed here.
 */

/** Ids the pages and scripts create as they are. */
export const PAGE_IDS: readonly string[] = [
	// Layouts and components (src/layouts, src/components).
	'main',
	'notes-heading',
	'toc-heading',
	'tn-heading',
	'colophon-heading',
	// The about page.
	'cite-heading',
	'versions-heading',
	'bibliography-heading',
	'aids-heading',
	'downloads-heading',
	// The quality record (QualityRecord.astro, on the about page).
	'quality-heading',
	'rounds-caption',
	// What the scripts add.
	'search-dialog',
	'search-label',
	'search-input',
	'search-hint',
	'search-status',
	'search-results',
	'search-guide-label',
	'reader-settings',
	'passage-link',
	'study-partner',
	'note-popover',
	'lookup',
	'concordance-title',
	'contents-sheet',
	'contents-sheet-title',
	// The EPUBs' back matter (src/lib/epub/apparatus.ts), in documents of their own but in one book with the text's ids.
	'glossary',
	'bibliography',
	'colophon',
	'cite',
	// The about page's offer to keep the paper offline (scripts/offline/offline.ts).
	'offline-heading',
];

/** Prefixes of the ids the pages and scripts make from another id or a number. */
export const PAGE_ID_PREFIXES: readonly string[] = [
	// A note marker's back target: `ref-n2`, `ref-tn-patchs`.
	'ref-',
	// A bibliography entry on the about page: `work-milliere`.
	'work-',
	'version-',
	// A glossary term in the EPUBs: `term-metaverse`.
	'term-',
	// The collection's index of titles, a group per first letter: `titles-C` (src/lib/collection.ts).
	'titles-',
	// Search results.
	'search-option-',
	'search-group-',
];

/** Why a content id cannot be used, or undefined if it can. */
export function pageIdFault(id: string): string | undefined {
	if (PAGE_IDS.includes(id)) return `id "${id}" is the page's own (the site gives it to an element of its own): choose another`;
	const prefix = PAGE_ID_PREFIXES.find((p) => id.startsWith(p));
	return prefix === undefined ? undefined : `id "${id}" starts with “${prefix}”, which the page's own ids start with: choose another`;
}
