/**
 * Builds the search index as the last step of `astro build`, so that every
 * build (and so `npm start`) serves a searchable site.
 *
 * One Pagefind bundle per language, `/pagefind/zh/` and `/pagefind/en/`
 * (and per range of 50 papers in a larger collection: `/pagefind/zh.1/`, …,
 * src/lib/search/ranges.ts), side by side: Pagefind keeps one index per language and a page's script
 * would load only its own, and a merged index gets one language's word
 * handling. Two bundles, searched together by the search UI, give each
 * language its own segmentation and stemming and let one box search both.
 * The records are units (`src/lib/search/records.ts`), made from the
 * model as the aligned-text downloads write it, not from pages: a result is
 * a paragraph by construction and each unit is indexed once.
 * The guide's sections (`src/lib/search/guide-records.ts`) are records of
 * their language's bundle too, told apart by a filter of their own: the
 * guide is searched with the runtime, WebAssembly and index the text's
 * search has loaded (a bundle of its own cost a second runtime and
 * WebAssembly, about 70 KB, on the first search), and the text's searches
 * leave them out.
 * Beside the Chinese bundle, the Simplified form of each Traditional character the text has
 * (`simplified.json`, src/lib/search/simplified-forms.ts), by which a Traditional query is looked up.
 * The runtime both bundles share, `pagefind.js`, is written once, beside
 * them (`/pagefind/pagefind.js`); the search UI runs it in the page's
 * thread, so Pagefind's worker is not written.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { AlignedDownload } from '../lib/downloads.ts';
import { textLang } from '../lib/i18n.ts';
import { type Lang, LANGS } from '../lib/paper/model.ts';
import { toTraditional } from '../lib/paper/traditional.ts';
import { downloadPath, guidePath, parseRoute, rootPath, sitePath } from '../lib/routes.ts';
import { type GuideRecord, guideRecords } from '../lib/search/guide-records.ts';
import { RANGE_PAPERS, rangeDir, type SearchRanges, SIMPLIFIED_FORMS } from '../lib/search/ranges.ts';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { simplifiedForms } from '../lib/search/simplified-forms.ts';
import {
	type GuidePage,
	IndexThreads,
	THREADS_BESIDE_PAGES,
	type RangePlan,
	type RangesWritten,
	type StartThread,
	startThread,
} from './search-index-threads.ts';
import { type RenderedPages, renderedPages, type RenderWatcher } from './rendered-pages.ts';

/** The papers of the built site (those with reading pages), by id, in order. */
function builtPapers(pages: readonly { pathname: string }[]): string[] {
	const ids = new Set(
		pages.flatMap(({ pathname }) => {
			// Astro names the built pages from the site's root (`en/p/`), without its base.
			const route = parseRoute(sitePath(pathname));
			return route?.kind === 'reading' ? [route.paper] : [];
		}),
	);
	return [...ids].sort();
}

/**
 * What Pagefind writes that this site does not use: the kits of its own interfaces (the search UI is
 * `src/scripts/search/`, on `pagefind.js`), about 430 KB a bundle, and the web worker it does without.
 */
const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
	'pagefind-worker.js',
];

/**
 * Smaller word-list chunks than Pagefind's default (20,000 word positions): a query loads the chunks that
 * hold its words. With the guide's sections in the text's bundles, the first search (李世石) loads three
 * chunks: 53 KB of them at 8,000, 30 KB at 4,000, and the whole first search 131 KB against 109 KB (`npm run
 * bench:search`). Pagefind reads it from its environment, under a name it calls unstable: if the name
 * goes, the default applies and search still works, only heavier.
 */
const INDEX_CHUNK_SIZE = '4000';

/** The guide's pages in the text's languages, as built below `site` (`/{lang}/guide/<page>/`); none where the site has no guide. */
export function builtGuide(site: string): GuidePage[] {
	return LANGS.flatMap((lang) => {
		const dir = join(site, lang, 'guide');
		if (!existsSync(dir)) return [];
		return readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
			.map((entry) => ({ lang, page: entry.name, html: readFileSync(join(dir, entry.name, 'index.html'), 'utf8') }));
	});
}

/** The guide's records of each language, from its pages: a page's sections in order, the pages by name. */
export function guideRecordsOf(pages: readonly GuidePage[]): Record<Lang, GuideRecord[]> {
	const sorted = [...pages].sort((a, b) => a.page.localeCompare(b.page));
	return Object.fromEntries(
		LANGS.map((lang) => [
			lang,
			sorted.filter((page) => page.lang === lang).flatMap((page) => guideRecords(page.html, guidePath(lang, page.page), lang, toTraditional)),
		]),
	) as Record<Lang, GuideRecord[]>;
}

async function writeBundle(records: (SearchRecord | GuideRecord)[], outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	// Sent together: the Pagefind service indexes them as they come, and one at a time took
	// most of the index's build time at 100 papers.
	const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
	added.forEach((result, i) => {
		if (result.errors.length > 0) throw new Error(`Pagefind could not index ${records[i]?.url}: ${result.errors.join('; ')}`);
	});
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
}

/** A range of papers to index: its number, its papers, and the place of its first paper in the collection. */
export interface IndexRange {
	range: number;
	papers: readonly AlignedDownload[];
	place: number;
}

/**
 * Writes the bundles of `range`, each language's with the guide's sections after the text's, with this thread's
 * Pagefind service (one process, which indexes one bundle at a time); gives back its units and the Traditional
 * forms of its Chinese text.
 */
export async function writeRange(
	site: string,
	{ range, papers, place }: IndexRange,
	guides: Record<Lang, GuideRecord[]>,
): Promise<Omit<RangesWritten, 'guideSections'>> {
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
	const records = papers.flatMap((paper, i) => {
		try {
			return searchRecords(paper, place + i, toTraditional);
		} catch (error) {
			throw new Error(`the search index could not make the records of paper ${paper.paper}: ${error instanceof Error ? error.message : String(error)}`);
		}
	});
	for (const lang of LANGS) {
		// The guide's sections after the text's, in the same bundle, their filter telling them apart.
		await writeBundle([...records.filter((r) => r.language === lang), ...guides[lang]], join(site, 'pagefind', rangeDir(lang, range)));
	}
	const pairs = records.flatMap((r) => (r.language === 'zh' && r.meta.hant ? [[r.content, r.meta.hant] as const] : []));
	return { units: records.length, pairs };
}

/** `ranges` written one after another by this thread, which closes its Pagefind service at the end. */
export async function writeRanges(site: string, ranges: readonly IndexRange[], guides: Record<Lang, GuideRecord[]>): Promise<RangesWritten> {
	const written: RangesWritten = { units: 0, guideSections: guides.zh.length + guides.en.length, pairs: [] };
	for (const range of ranges) {
		const { units, pairs } = await writeRange(site, range, guides);
		written.units += units;
		written.pairs.push(...pairs);
	}
	await pagefind.close();
	return written;
}

/**
 * The files the ranges' bundles share, below `site` (`/pagefind/…`), once they are written: the Simplified forms of
 * the text's Traditional characters, the list of the ranges, and one runtime for every bundle.
 */
function writeShared(site: string, ranges: readonly RangePlan[], pairs: RangesWritten['pairs']): void {
	// A Traditional query is looked up by its Simplified form (the index holds the Simplified text).
	writeFileSync(join(site, 'pagefind', SIMPLIFIED_FORMS), JSON.stringify(simplifiedForms(pairs)));
	writeFileSync(join(site, 'pagefind', 'ranges.json'), JSON.stringify({ first: ranges.map((plan) => plan.ids[0] ?? '') } satisfies SearchRanges));
	// One runtime for every bundle (they are the same file).
	renameSync(join(site, 'pagefind', rangeDir('zh', 0), 'pagefind.js'), join(site, 'pagefind', 'pagefind.js'));
	for (const { range } of ranges) for (const lang of LANGS) rmSync(join(site, 'pagefind', rangeDir(lang, range), 'pagefind.js'), { force: true });
}

/**
 * Writes the search index of `papers` (their aligned downloads) and of the guide built below `site`
 * (`/pagefind/…`): a bundle per language and range of papers (src/lib/search/ranges.ts), the guide's sections in
 * each (a range's search finds them with the runtime it has loaded), and the list of the ranges. Written by
 * threads (search-index-threads.ts); `bench/search-scale.ts` calls it with a thousand copies of a paper, tests
 * with ranges of one paper (`rangePapers`). The build writes the same index beside its pages (`searchIndex`).
 */
export async function writeSearchIndex(
	site: string,
	papers: readonly AlignedDownload[],
	rangePapers = RANGE_PAPERS,
	start: StartThread = startThread,
): Promise<{ units: number; guideSections: number; ranges: number }> {
	const threads = new IndexThreads(
		site,
		papers.map((paper) => paper.paper),
		{ rangePapers, start },
	);
	threads.guides(builtGuide(site));
	for (const paper of papers) threads.paper(paper.paper, JSON.stringify(paper));
	const { units, guideSections, pairs } = await threads.done();
	writeShared(site, threads.ranges, pairs);
	return { units, guideSections, ranges: threads.ranges.length };
}

/** Whether `path` is a guide page (not its index) in a language of the text: the pages whose sections the index holds. */
function isIndexedGuidePage(path: string): boolean {
	const route = parseRoute(path);
	return route?.kind === 'guide' && route.page !== undefined && LANGS.some((lang) => lang === route.ui);
}

/**
 * The index written beside the pages: its threads start once Astro has listed what it will render, with the papers of
 * its reading pages; each paper's aligned download (`/downloads/{paper}.json`) and the guide's pages are given to
 * them as they are rendered. At the end (`finish`) what did not come that way is read from the built files, the
 * threads are waited for, and the index is moved from `staging` into the site.
 */
export class IndexBesidePages implements RenderWatcher {
	threads: IndexThreads | undefined;
	readonly #staging: string;
	/** Each paper's aligned download, by its path. */
	#downloads = new Map<string, string>();
	/** The guide's pages the index holds, by path; their HTML once rendered. */
	#guide = new Map<string, GuidePage | undefined>();
	startedAt = 0;

	readonly #start: StartThread;

	constructor(staging: string, start: StartThread = startThread) {
		this.#staging = staging;
		this.#start = start;
	}

	paths(paths: readonly string[]): void {
		this.startedAt = performance.now();
		const papers = [
			...new Set(
				paths.flatMap((path) => {
					const route = parseRoute(path);
					return route?.kind === 'reading' ? [route.paper] : [];
				}),
			),
		];
		this.#downloads = new Map(papers.map((id) => [downloadPath(`${id}.json`), id]));
		this.#guide = new Map(paths.filter(isIndexedGuidePage).map((path) => [path, undefined]));
		rmSync(this.#staging, { recursive: true, force: true });
		this.threads = new IndexThreads(this.#staging, papers, { threads: THREADS_BESIDE_PAGES, start: this.#start });
		this.#giveGuide();
	}

	rendered(path: string, response: Response): void {
		const threads = this.threads;
		if (!threads) return;
		// Astro asks for a file of a route named `[file].ts` with a slash after it (`/downloads/p.json/`).
		const paper = this.#downloads.get(path.replace(/\/$/, ''));
		if (paper !== undefined) {
			void response
				.clone()
				.text()
				.then((json) => threads.paper(paper, json));
		} else if (this.#guide.has(path)) {
			void response
				.clone()
				.text()
				.then((html) => {
					const route = parseRoute(path);
					if (route?.kind !== 'guide' || route.page === undefined) return;
					this.#guide.set(path, { lang: textLang(route.ui), page: route.page, html });
					this.#giveGuide();
				});
		}
	}

	/** Gives the threads the guide's pages once every one is rendered. */
	#giveGuide(): void {
		const pages = [...this.#guide.values()];
		if (pages.every((page) => page !== undefined)) this.threads?.guides(pages);
	}

	check(): void {
		if (this.threads?.failure) throw this.threads.failure;
	}

	/** The guide's pages: each range's bundles hold their sections. */
	renderFirst(path: string): boolean {
		return isIndexedGuidePage(path);
	}

	/**
	 * The papers' aligned downloads, which the threads index, at the head of Astro's order: in its own order they came
	 * after the look-up files, 75 s into the pages at a thousand papers, and the last ranges were indexed 20 s after them.
	 */
	renderEarly(path: string): boolean {
		return this.#downloads.has(path.replace(/\/$/, ''));
	}

	/**
	 * The index, once the threads have written it, moved into `site` (its files beside the bundles written); `pages`
	 * are the built pages, whose papers and guide must be those the index was given.
	 */
	async finish(site: string, pages: readonly { pathname: string }[]): Promise<RangesWritten & { ranges: number; fromFiles: number }> {
		const threads = this.threads!;
		const built = builtPapers(pages);
		const indexed = threads.ranges.flatMap((plan) => plan.ids);
		if (built.join() !== indexed.join()) {
			await threads.stop();
			throw new Error(`the search index was given papers (${indexed.join(', ')}) other than those built (${built.join(', ')})`);
		}
		// What did not come as Astro rendered it (another renderer, or an incremental build), from the built files.
		const fromFiles = threads.papersToSend();
		for (const id of fromFiles) threads.paper(id, readFileSync(join(site, 'downloads', `${id}.json`), 'utf8'));
		const guideFromFiles = !threads.guidesSent;
		if (guideFromFiles) threads.guides(builtGuide(site));
		const written = await threads.done();
		const given = [...this.#guide.entries()];
		for (const [path, page] of given) {
			const file = join(site, rootPath(path) ?? path, 'index.html');
			if (page && readFileSync(file, 'utf8') !== page.html) throw new Error(`the search index was given a guide page other than the one built: ${file}`);
		}
		writeShared(this.#staging, threads.ranges, written.pairs);
		const index = join(site, 'pagefind');
		rmSync(index, { recursive: true, force: true });
		try {
			renameSync(join(this.#staging, 'pagefind'), index);
		} catch {
			// Staged on another file system than the site's.
			cpSync(join(this.#staging, 'pagefind'), index, { recursive: true });
		}
		rmSync(this.#staging, { recursive: true, force: true });
		return { ...written, ranges: threads.ranges.length, fromFiles: fromFiles.length + (guideFromFiles ? 1 : 0) };
	}
}

export default function searchIndex(rendering: RenderedPages = renderedPages): AstroIntegration {
	let staging = '';
	let beside: IndexBesidePages | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				// Where the threads write while the pages are rendered: dist/ is Astro's until they are.
				staging = join(fileURLToPath(config.cacheDir), 'search-index');
			},
			'astro:build:start': ({ setPrerenderer }) => {
				const watcher = new IndexBesidePages(staging);
				beside = watcher;
				rendering.listen('search-index', watcher, setPrerenderer);
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const site = fileURLToPath(dir);
				const pagesDone = performance.now();
				if (beside?.threads) {
					const { units, guideSections, ranges, fromFiles } = await beside.finish(site, pages);
					// The figure the benchmark reads (bench/run.ts) is the last: what the index added to the build's time.
					logger.info(
						`indexed ${units} units and ${guideSections} guide sections in ${ranges} range(s) of papers beside the pages (${Math.round(pagesDone - beside.startedAt)} ms of them${fromFiles > 0 ? `; ${fromFiles} input(s) read from the built files` : ''}), waited for in ${Math.round(performance.now() - pagesDone)} ms`,
					);
					return;
				}
				// Astro rendered no page through the renderer above (none to prerender): the index after them.
				const { units, guideSections, ranges } = await writeSearchIndex(
					site,
					builtPapers(pages).map((id) => JSON.parse(readFileSync(join(site, 'downloads', `${id}.json`), 'utf8')) as AlignedDownload),
				);
				logger.info(
					`indexed ${units} units and ${guideSections} guide sections in ${ranges} range(s) of papers in ${Math.round(performance.now() - pagesDone)} ms`,
				);
			},
		},
	};
}
