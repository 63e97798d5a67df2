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
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { AlignedDownload } from '../lib/downloads.ts';
import type { Lang } from '../lib/paper/model.ts';
import { toTraditional } from '../lib/paper/traditional.ts';
import { guidePath, parseRoute, sitePath } from '../lib/routes.ts';
import { type GuideRecord, guideRecords } from '../lib/search/guide-records.ts';
import { RANGE_PAPERS, rangeDir, type SearchRanges, SIMPLIFIED_FORMS, splitIntoRanges } from '../lib/search/ranges.ts';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { simplifiedForms } from '../lib/search/simplified-forms.ts';

/** The papers of the built site (those with reading pages), as their aligned downloads hold them, in id order. */
function builtPapers(site: string, pages: { pathname: string }[]): AlignedDownload[] {
	const ids = new Set(
		pages.flatMap(({ pathname }) => {
			// Astro names the built pages from the site's root (`en/p/`), without its base.
			const route = parseRoute(sitePath(pathname));
			return route?.kind === 'reading' ? [route.paper] : [];
		}),
	);
	return [...ids].sort().map((id) => JSON.parse(readFileSync(join(site, 'downloads', `${id}.json`), 'utf8')) as AlignedDownload);
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

/** The guide's records in `lang`, from its built pages (`/{lang}/guide/<page>/`); none where the site has no guide. */
function builtGuide(site: string, lang: Lang): GuideRecord[] {
	const dir = join(site, lang, 'guide');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => guideRecords(readFileSync(join(dir, entry.name, 'index.html'), 'utf8'), guidePath(lang, entry.name), lang, toTraditional));
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

const LANGS = ['zh', 'en'] as const satisfies Lang[];

/** The ranges split between two threads, every other one to the second: ranges of a collection are alike in size. */
export function splitBetweenThreads<T>(ranges: readonly T[]): [T[], T[]] {
	return [ranges.filter((_, i) => i % 2 === 0), ranges.filter((_, i) => i % 2 === 1)];
}

/** A range of papers to index: its number, its papers, and the place of its first paper in the collection. */
export interface IndexRange {
	range: number;
	papers: readonly AlignedDownload[];
	place: number;
}

/** What writing some ranges' bundles gives back: their units, and the Traditional forms of their Chinese text. */
export interface RangesWritten {
	units: number;
	pairs: (readonly [string, string])[];
}

/**
 * Writes the bundles of `ranges`, each language's with the guide's sections after the text's, with this thread's
 * Pagefind service, which it closes at the end. A Pagefind service is one process, and indexes one bundle at a time.
 */
export async function writeRanges(site: string, ranges: readonly IndexRange[], guides: Record<Lang, GuideRecord[]>): Promise<RangesWritten> {
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
	let units = 0;
	const pairs: (readonly [string, string])[] = [];
	for (const { range, papers, place } of ranges) {
		const records = papers.flatMap((paper, i) => searchRecords(paper, place + i, toTraditional));
		units += records.length;
		for (const lang of LANGS) {
			// The guide's sections after the text's, in the same bundle, their filter telling them apart.
			await writeBundle([...records.filter((r) => r.language === lang), ...guides[lang]], join(site, 'pagefind', rangeDir(lang, range)));
		}
		pairs.push(...records.flatMap((r) => (r.language === 'zh' && r.meta.hant ? [[r.content, r.meta.hant] as const] : [])));
	}
	await pagefind.close();
	return { units, pairs };
}

/**
 * `ranges` written by a worker thread of this process, with a Pagefind service of its own: two services index two
 * bundles at once, on a machine's second core.
 */
export function writeRangesBeside(site: string, ranges: readonly IndexRange[], guides: Record<Lang, GuideRecord[]>): Promise<RangesWritten> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { site, ranges, guides } });
		worker.once('message', (written: RangesWritten) => resolve(written));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the search index's second thread stopped (exit code ${code}) before it had written its ranges`)));
	});
}

/**
 * Writes the search index of `papers` (their aligned downloads) and the guide below `site` (`/pagefind/…`): a
 * bundle per language and range of papers (src/lib/search/ranges.ts), the guide's sections in each (a
 * range's search finds them with the runtime it has loaded), and the list of the ranges. The build calls
 * it, and `bench/search-scale.ts` with a thousand copies of a paper; a test, with ranges of one paper (`rangePapers`).
 * Of two ranges or more, every other range is written by a second thread (`beside`), at the same time.
 */
export async function writeSearchIndex(
	site: string,
	papers: readonly AlignedDownload[],
	rangePapers = RANGE_PAPERS,
	beside = writeRangesBeside,
): Promise<{ units: number; guideSections: number; ranges: number }> {
	const sorted = [...papers].sort((a, b) => (a.paper < b.paper ? -1 : a.paper > b.paper ? 1 : 0));
	const ranges = splitIntoRanges(sorted, rangePapers);
	const guides = Object.fromEntries(LANGS.map((lang) => [lang, builtGuide(site, lang)])) as Record<Lang, GuideRecord[]>;
	const all: IndexRange[] = ranges.map((members, range) => ({ range, papers: members, place: range * rangePapers }));
	const [here, there] = splitBetweenThreads(all);
	const written = await Promise.all([writeRanges(site, here, guides), there.length > 0 ? beside(site, there, guides) : { units: 0, pairs: [] }]);
	// The Traditional forms of both threads' text (simplifiedForms does not depend on their order).
	const pairs = written.flatMap((w) => w.pairs);
	const units = written.reduce((sum, w) => sum + w.units, 0);
	// A Traditional query is looked up by its Simplified form (the index holds the Simplified text).
	writeFileSync(join(site, 'pagefind', SIMPLIFIED_FORMS), JSON.stringify(simplifiedForms(pairs)));
	writeFileSync(join(site, 'pagefind', 'ranges.json'), JSON.stringify({ first: ranges.map((members) => members[0]?.paper ?? '') } satisfies SearchRanges));
	// One runtime for every bundle (they are the same file).
	renameSync(join(site, 'pagefind', rangeDir(LANGS[0], 0), 'pagefind.js'), join(site, 'pagefind', 'pagefind.js'));
	for (const range of ranges.keys()) for (const lang of LANGS) rmSync(join(site, 'pagefind', rangeDir(lang, range), 'pagefind.js'), { force: true });
	return { units, guideSections: guides.zh.length + guides.en.length, ranges: ranges.length };
}

export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { units, guideSections, ranges } = await writeSearchIndex(site, builtPapers(site, pages));
				logger.info(
					`indexed ${units} units and ${guideSections} guide sections in ${ranges} range(s) of papers in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
