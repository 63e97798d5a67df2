/**
 * The search index: one Pagefind bundle per language (`/pagefind/zh/`,
 * `/pagefind/en/`, see src/integrations/search-index.ts), each searched by
 * its own Pagefind instance of the one runtime (`/pagefind/pagefind.js`),
 * so that each language keeps its own segmentation and stemming. The
 * runtime holds one WebAssembly module, so each language has its own copy
 * of it (the same file under its own URL), in the page's thread: no worker
 * to fetch, and Pagefind's failures can be seen. A bundle loads when first
 * needed; a failure is not kept (the next search tries again) and is told
 * apart: the network failed, or the bundle is there but cannot be read.
 * A bundle holds the guide's sections too (src/lib/search/guide-filter.ts):
 * the text's searches leave them out; `searchGuideSections` asks for them
 * alone, from the bundle already loaded (no second runtime or WebAssembly).
 * A larger collection's index is split by range of papers (src/lib/search/ranges.ts): a search loads the
 * bundle of the page's paper, and its answer says how to search the next range (`rest`), which the list
 * asks for when the reader wants more than the ranges searched hold (results.ts).
 */
import type { Lang } from '../../lib/paper/model.ts';
import { parseRoute, searchIndexPath } from '../../lib/routes.ts';
import { GUIDE_FILTER, GUIDE_FILTER_VALUE } from '../../lib/search/guide-filter.ts';
import { rangeDir, rangeOf, type SearchRanges, searchOrder, SIMPLIFIED_FORMS } from '../../lib/search/ranges.ts';
import { loadModule } from '../load-module.ts';
import { type SimplifiedForms, toSimplifiedForms } from '../../lib/search/simplified-forms.ts';
import { hasHan, unquoted } from './ranking.ts';

/** A result as the dialog uses it, read from its search record (src/lib/search/records.ts). */
export interface ResultData {
	content: string;
	paper: string;
	paperTitle: string;
	unit: string;
	section: string;
	sectionId: string;
	partner: string;
	order: string;
	/** A Chinese unit's text, title and section in Traditional characters; the text as long as `content`, character for character. */
	hant: string | undefined;
	paperTitleHant: string | undefined;
	sectionHant: string | undefined;
}
interface PagefindRecord {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
	data(): Promise<PagefindRecord>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface PagefindInstance {
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	filters(): Promise<unknown>;
	search(query: string, options?: { sort?: Record<string, 'asc' | 'desc'>; filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
}
interface PagefindRuntime {
	createInstance(options: { basePath: string; noWorker: boolean }): PagefindInstance;
}

export type Order = 'rank' | 'document';
export type Failure = 'offline' | 'broken';

/** One result of one language: its place among that language's results, and its record, loaded when asked for. */
export interface Candidate {
	lang: Lang;
	rank: number;
	/** The record; undefined if it cannot be read (one damaged record does not fail the search). */
	load(): Promise<ResultData | undefined>;
}

/** One language's answer from one range of papers: its results in order, and the units they are (known without loading a record). */
export interface LanguageResults {
	lang: Lang;
	candidates: Candidate[];
	units: Set<string>;
	/** The same search in the next range of papers, where ranges are left. */
	rest?: () => Promise<LanguageResults>;
}

/** The bundles loaded or loading, by language and range (`zh.0`). */
const bundles: Partial<Record<string, Promise<PagefindInstance>>> = {};
/** The first bundle of each language to have loaded: the guide's sections are searched in it. */
const firstLoaded: Partial<Record<Lang, PagefindInstance>> = {};
/** How many copies of the runtime each language has loaded (each holds one WebAssembly module, so one a bundle). */
const copies: Partial<Record<Lang, number>> = {};

/** The ranges of papers (`/pagefind/ranges.json`); without them (a failed fetch, an older index), the first alone. */
let rangeList: Promise<SearchRanges | undefined> | undefined;
function ranges(): Promise<SearchRanges | undefined> {
	rangeList ??= fetch(searchIndexPath('ranges.json'))
		.then((response) => (response.ok ? (response.json() as Promise<SearchRanges>) : Promise.reject(new Error(String(response.status)))))
		.catch(() => {
			// Not kept: the next search asks again.
			rangeList = undefined;
			return undefined;
		});
	return rangeList;
}

/** The ranges in the order they are searched: the page's paper's first (a reading, glossary or about page), then the others. */
async function rangesToSearch(): Promise<number[]> {
	const list = await ranges();
	const route = parseRoute(location.pathname);
	return searchOrder(list?.first.length ?? 1, rangeOf(list, route && 'paper' in route ? route.paper : undefined));
}

/**
 * The Simplified forms of the Traditional characters the Chinese text has (src/lib/search/simplified-forms.ts),
 * fetched with the Chinese bundle: a Traditional query is looked up by them. Without them (a failed fetch), a
 * query is looked up as typed.
 */
let simplified: Promise<SimplifiedForms> | undefined;
function simplifiedForms(): Promise<SimplifiedForms> {
	simplified ??= fetch(searchIndexPath(SIMPLIFIED_FORMS))
		.then((response) => (response.ok ? (response.json() as Promise<SimplifiedForms>) : Promise.reject(new Error(String(response.status)))))
		.catch(() => {
			// Not kept: the next search asks again.
			simplified = undefined;
			return {};
		});
	return simplified;
}
const lookedUp = async (lang: Lang, query: string): Promise<string> =>
	lang === 'zh' && hasHan(query) ? toSimplifiedForms(query, await simplifiedForms()) : query;

function bundle(lang: Lang, range: number): Promise<PagefindInstance> {
	const key = `${lang}.${range}`;
	let loading = bundles[key];
	if (!loading) {
		loading = (async () => {
			// The first copy of the runtime under the URL it always had (`?zh`), the next ones under their own.
			const copy = (copies[lang] = (copies[lang] ?? 0) + 1);
			const runtime = (await loadModule(`${searchIndexPath('pagefind.js')}?${lang}${copy > 1 ? `.${copy}` : ''}`)) as PagefindRuntime;
			if (lang === 'zh') void simplifiedForms();
			const instance = runtime.createInstance({ basePath: searchIndexPath(rangeDir(lang, range)), noWorker: true });
			// `init` resolves before the bundle has loaded; a preload of nothing waits for it.
			await instance.init();
			await instance.preload('');
			firstLoaded[lang] ??= instance;
			return instance;
		})().catch((error: unknown) => {
			delete bundles[key];
			throw error;
		});
		bundles[key] = loading;
	}
	return loading;
}

/** Starts loading `lang`'s bundle for the page's paper, so that it is ready when the reader has typed. */
export async function preload(lang: Lang): Promise<void> {
	await bundle(lang, (await rangesToSearch())[0]!);
}

/** Whether a bundle of `lang` has loaded. */
export const hasLoaded = (lang: Lang): boolean => firstLoaded[lang] !== undefined;

/**
 * Runs `work`, failing if Pagefind reported a part of the index it could not load or read meanwhile: it
 * logs that and answers without it (pagefind.js, `loadChunk(…).catch(() => {})`), which would read as
 * "nothing found".
 */
async function unlessIndexFails<T>(work: () => Promise<T>): Promise<T> {
	const failures: string[] = [];
	const log = console.error;
	console.error = (...args: unknown[]) => {
		const message = args.map(String).join(' ');
		if (/index chunk|Decompressing|Pagefind/i.test(message)) failures.push(message);
		log.apply(console, args);
	};
	try {
		const result = await work();
		if (failures.length > 0) throw new Error(failures[0]);
		return result;
	} finally {
		console.error = log;
	}
}

/** What the text's searches ask for: every record but the guide's. */
const TEXT_ONLY = { not: { [GUIDE_FILTER]: GUIDE_FILTER_VALUE } };

/** The bundles (`zh.0`) whose filters have loaded, so that their searches answer with the units they matched. */
const counting = new Set<string>();

/**
 * Searches `lang` in the range of the page's paper; `count` asks for the units matched (`units`), which loads
 * the filters first (about 2 KB a paper).
 */
export async function search(lang: Lang, query: string, order: Order, count: boolean): Promise<LanguageResults> {
	return searchRanges(lang, query, order, count, await rangesToSearch());
}

/** Searches `lang` in the first of `ranges`; the answer's `rest` searches the others, one at a time. */
async function searchRanges(lang: Lang, query: string, order: Order, count: boolean, ranges: readonly number[]): Promise<LanguageResults> {
	const [range = 0, ...others] = ranges;
	const instance = await bundle(lang, range);
	if (count && !counting.has(`${lang}.${range}`)) {
		await instance.filters();
		counting.add(`${lang}.${range}`);
	}
	const asked = unquoted(await lookedUp(lang, query));
	const response = await unlessIndexFails(() => instance.search(asked, { filters: TEXT_ONLY, ...(order === 'document' ? { sort: { order: 'asc' } } : {}) }));
	if (!response) throw new Error('Pagefind gave no answer');
	const units = new Set(Object.entries(response.filters['unit'] ?? {}).flatMap(([unit, count]) => (count > 0 ? [unit] : [])));
	const candidates = response.results.map((result, rank): Candidate => {
		let record: Promise<ResultData | undefined> | undefined;
		return { lang, rank, load: () => (record ??= result.data().then(read, () => undefined)) };
	});
	return { lang, candidates, units, ...(others.length > 0 ? { rest: () => searchRanges(lang, query, order, count, others) } : {}) };
}

/** A record's fields; undefined if it is not a record of ours (a damaged one). */
function read(record: PagefindRecord): ResultData | undefined {
	const first = (name: string) => record.filters?.[name]?.[0] ?? '';
	const [paper, unit] = first('unit').split('#');
	if (typeof record.content !== 'string' || !paper || !unit) return undefined;
	return {
		// Pagefind marks its word breaks in Chinese with zero-width spaces; the text has none.
		content: record.content.replaceAll('\u200b', ''),
		paper,
		unit,
		paperTitle: first('paperTitle'),
		section: first('section'),
		sectionId: first('sectionId'),
		partner: record.meta?.['partner'] ?? '',
		order: record.meta?.['order'] ?? '',
		hant: record.meta?.['hant'],
		paperTitleHant: record.filters?.['paperTitleHant']?.[0],
		sectionHant: record.filters?.['sectionHant']?.[0],
	};
}

/** A section of the guide, as its record holds it (src/lib/search/guide-records.ts). */
export interface GuideSection {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
}

/**
 * The guide's `count` best sections for `query`, from `lang`'s bundle if it has loaded (the text's search
 * loads it; the guide's never does, nor fetches anything but the sections' records); none if it has not.
 */
export async function searchGuideSections(lang: Lang, query: string, count: number): Promise<GuideSection[]> {
	const instance = firstLoaded[lang];
	const response = await instance?.search(await lookedUp(lang, query), { filters: { [GUIDE_FILTER]: GUIDE_FILTER_VALUE } });
	// Pagefind ignores a filter that no record has (a site without a guide), and would answer with the text:
	// the filter's count says whether it was applied.
	if (!response?.filters[GUIDE_FILTER]?.[GUIDE_FILTER_VALUE]) return [];
	return Promise.all(response.results.slice(0, count).map((result) => result.data()));
}

/** Why `lang` could not be searched: the site answers (so its bundle is damaged or missing) or not (the network). */
export async function diagnose(lang: Lang): Promise<Failure> {
	try {
		await fetch(searchIndexPath(`${lang}/pagefind-entry.json`), { cache: 'no-store' });
		return 'broken';
	} catch {
		return 'offline';
	}
}
