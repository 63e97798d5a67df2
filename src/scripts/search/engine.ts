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
 */
import type { Lang } from '../../lib/paper/model.ts';
import { searchIndexPath } from '../../lib/routes.ts';
import { GUIDE_FILTER, GUIDE_FILTER_VALUE } from '../../lib/search/guide-filter.ts';
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

/** One language's answer: its results in order, and the units they are (known without loading a record). */
export interface LanguageResults {
	lang: Lang;
	candidates: Candidate[];
	units: Set<string>;
}

const bundles: Partial<Record<Lang, Promise<PagefindInstance>>> = {};

/**
 * The Simplified forms of the Traditional characters the Chinese text has (src/lib/search/simplified-forms.ts),
 * fetched with the Chinese bundle: a Traditional query is looked up by them. Without them (a failed fetch), a
 * query is looked up as typed.
 */
let simplified: Promise<SimplifiedForms> | undefined;
function simplifiedForms(): Promise<SimplifiedForms> {
	simplified ??= fetch(searchIndexPath('zh/simplified.json'))
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

function bundle(lang: Lang): Promise<PagefindInstance> {
	let loading = bundles[lang];
	if (!loading) {
		loading = (async () => {
			const runtime = (await loadModule(`${searchIndexPath('pagefind.js')}?${lang}`)) as PagefindRuntime;
			if (lang === 'zh') void simplifiedForms();
			const instance = runtime.createInstance({ basePath: searchIndexPath(`${lang}/`), noWorker: true });
			// `init` resolves before the bundle has loaded; a preload of nothing waits for it.
			await instance.init();
			await instance.preload('');
			loaded.add(lang);
			return instance;
		})().catch((error: unknown) => {
			delete bundles[lang];
			throw error;
		});
		bundles[lang] = loading;
	}
	return loading;
}

/** Starts loading `lang`'s bundle, so that it is ready when the reader has typed. */
export function preload(lang: Lang): Promise<void> {
	return bundle(lang).then(() => {});
}

/** The languages whose bundles have loaded. */
export const loaded = new Set<Lang>();

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

/** The bundles whose filters have loaded, so that their searches answer with the units they matched. */
const counting = new Set<Lang>();

/** Searches `lang`; `count` asks for the units matched (`units`), which loads the filters first (about 2 KB). */
export async function search(lang: Lang, query: string, order: Order, count: boolean): Promise<LanguageResults> {
	const instance = await bundle(lang);
	if (count && !counting.has(lang)) {
		await instance.filters();
		counting.add(lang);
	}
	const asked = unquoted(await lookedUp(lang, query));
	const response = await unlessIndexFails(() => instance.search(asked, { filters: TEXT_ONLY, ...(order === 'document' ? { sort: { order: 'asc' } } : {}) }));
	if (!response) throw new Error('Pagefind gave no answer');
	const units = new Set(Object.entries(response.filters['unit'] ?? {}).flatMap(([unit, count]) => (count > 0 ? [unit] : [])));
	const candidates = response.results.map((result, rank): Candidate => {
		let record: Promise<ResultData | undefined> | undefined;
		return { lang, rank, load: () => (record ??= result.data().then(read, () => undefined)) };
	});
	return { lang, candidates, units };
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
	const instance = loaded.has(lang) ? await bundles[lang] : undefined;
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
