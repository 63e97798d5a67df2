/**
 * The search index split by range of papers: the papers in id order, a bundle per language for each
 * RANGE_PAPERS of them (`/pagefind/zh/` the first range's, `/pagefind/zh.1/` the second's, …), and a list of
 * each range's first paper (`/pagefind/ranges.json`). Pagefind's metadata (a line per record, fetched whole
 * before a bundle's first search) grows with the papers a bundle holds: split, the first search loads the
 * bundle of the reader's paper alone, whatever the collection's size, and the other ranges are searched
 * as the reader asks for more (docs/search-at-scale.md). A collection of up to RANGE_PAPERS papers has one
 * range: its index is as it was.
 */
import { type Lang, LANGS } from '../paper/model.ts';

/**
 * How many papers a range holds: its metadata is about 0.8 KB a paper (gzip), so a range's first search
 * sends about 40 KB of it on top of the runtime, WebAssembly and a page of records (about 100 KB).
 */
export const RANGE_PAPERS = 50;

/** What `/pagefind/ranges.json` holds: the first paper of each range, in order. */
export interface SearchRanges {
	first: string[];
}

/** `papers` (in id order) split into ranges of `size`; one empty range for none. */
export function splitIntoRanges<T>(papers: readonly T[], size = RANGE_PAPERS): T[][] {
	const ranges: T[][] = [];
	for (let i = 0; i < papers.length; i += size) ranges.push(papers.slice(i, i + size));
	return ranges.length > 0 ? ranges : [[]];
}

/** The directory of `lang`'s bundle for `range`, below `/pagefind/`: the first range's is the language's own. */
export const rangeDir = (lang: Lang, range: number): string => (range === 0 ? `${lang}/` : `${lang}.${range}/`);

/** The Simplified form of each Traditional character the text has, beside the first Chinese bundle, read by every range's Traditional query (src/lib/search/simplified-forms.ts). */
export const SIMPLIFIED_FORMS = `${rangeDir('zh', 0)}simplified.json`;

/** A file of a range's bundle, below `/pagefind/`: its language's directory and the range's number, if not the first. */
const BUNDLE_FILE = new RegExp(`^(?:${LANGS.join('|')})(?:\\.(\\d+))?/.+$`);

/**
 * The range whose bundle a file below `/pagefind/` belongs to (`zh/index/…` 0, `en.3/fragment/…` 3), from its
 * path there, the inverse of rangeDir; undefined for the files all ranges share (the runtime, `ranges.json`,
 * SIMPLIFIED_FORMS) and for anything else.
 */
export function rangeOfFile(path: string): number | undefined {
	const match = BUNDLE_FILE.exec(path);
	if (!match || path === SIMPLIFIED_FORMS) return undefined;
	return Number(match[1] ?? 0);
}

/** The range that holds `paper` (ids compared as the build sorts them); the first where there is no paper or no list. */
export function rangeOf(ranges: SearchRanges | undefined, paper: string | undefined): number {
	if (!ranges || paper === undefined) return 0;
	let range = 0;
	ranges.first.forEach((first, i) => {
		if (first <= paper) range = i;
	});
	return range;
}

/** The order in which the ranges are searched: `current` first, then the others in the collection's order. */
export function searchOrder(count: number, current: number): number[] {
	const start = current >= 0 && current < count ? current : 0;
	return [start, ...Array.from({ length: count }, (_, i) => i).filter((i) => i !== start)];
}
