/**
 * The search index's threads, as the main thread drives them (src/integrations/search-index.ts): every
 * range of papers is written by a worker thread (search-index-worker.ts) with a Pagefind service of its own,
 * every other range by the second, so that the main thread is free to render the pages meanwhile. A thread
 * is told its ranges at its start, then given each paper's aligned download (as its JSON) and the guide's
 * pages as they come, and writes a range as soon as it has both; it holds the papers of the ranges not yet
 * written, not the collection.
 * The threads do not keep the process alive while they wait (a build that fails while rendering exits at
 * once); the first thread to fail stops the others.
 */
import { Worker } from 'node:worker_threads';
import { type Lang, LANGS } from '../lib/paper/model.ts';
import { RANGE_PAPERS, splitIntoRanges } from '../lib/search/ranges.ts';

/**
 * How many threads write the index where nothing else runs (`writeSearchIndex`): two, for a machine's second core.
 * `SEARCH_INDEX_THREADS` sets it, and THREADS_BESIDE_PAGES, to measure one against the other.
 */
export const INDEX_THREADS = threadsFromEnvironment() ?? 2;

/**
 * How many threads write the index while Astro renders the pages on the main thread: one. On two cores the pages
 * have one, the index the other; a second thread (and its Pagefind service) took CPU from the pages and cost
 * 0.1 GB more (100 papers: docs/scale.md, "Round 4").
 */
export const THREADS_BESIDE_PAGES = threadsFromEnvironment() ?? 1;

function threadsFromEnvironment(): number | undefined {
	const threads = Math.floor(Number(process.env['SEARCH_INDEX_THREADS']));
	return threads >= 1 ? threads : undefined;
}

/** A range of papers as a thread is told it at its start: its number, its papers' ids, and the place of its first paper in the collection. */
export interface RangePlan {
	range: number;
	ids: string[];
	place: number;
}

/** A built guide page in a language of the text, as its HTML. */
export interface GuidePage {
	lang: Lang;
	page: string;
	html: string;
}

/** What a thread is given to start. */
export interface ThreadData {
	site: string;
	ranges: RangePlan[];
}

/** What a thread is sent once started: papers (id and aligned download's JSON), or the guide's pages. */
export type ToThread = { papers: [string, string][] } | { guides: GuidePage[] };

/** What writing some ranges' bundles gives back: their units, the guide's sections in a bundle, and the Traditional forms of their Chinese text. */
export interface RangesWritten {
	units: number;
	guideSections: number;
	pairs: (readonly [string, string])[];
}

/** What a thread sends back: what it wrote, or why it could not. */
export type FromThread = { written: RangesWritten } | { failed: string };

/**
 * The ranges of papers `ids` (sorted as the index sorts them), `size` papers a range; each range's place is the
 * count of the papers before it.
 */
export function planRanges(ids: readonly string[], size = RANGE_PAPERS): RangePlan[] {
	const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	let place = 0;
	return splitIntoRanges(sorted, size).map((members, range) => {
		const plan = { range, ids: members, place };
		place += members.length;
		return plan;
	});
}

/** The ranges split between `threads` threads, each range to the next thread in turn: ranges of a collection are alike in size. */
export function splitBetweenThreads<T>(ranges: readonly T[], threads = INDEX_THREADS): T[][] {
	return Array.from({ length: Math.min(threads, ranges.length) }, (_, thread) => ranges.filter((_, i) => i % threads === thread));
}

/** Starts a thread on `data`; tests start theirs through it. */
export type StartThread = (data: ThreadData) => Worker;

export const startThread: StartThread = (data) => new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: data });

/** How the index is split: papers a range, threads, and how a thread is started. */
export interface ThreadOptions {
	rangePapers?: number;
	threads?: number;
	start?: StartThread;
}

/** A thread at work, and the ids of the papers it writes. */
interface Thread {
	worker: Worker;
	ids: Set<string>;
	written: Promise<RangesWritten>;
}

/**
 * The index of papers `ids` being written below `site` (`/pagefind/…`) by threads: `paper` and `guides` give them
 * their input, `done` waits for them. Only the ranges' bundles: the files they share are the caller's.
 */
export class IndexThreads {
	readonly ranges: RangePlan[];
	readonly #threads: Thread[];
	readonly #sent = new Set<string>();
	#guidesSent = false;
	/** The first thread's failure, once there is one. */
	failure: Error | undefined;

	constructor(site: string, ids: readonly string[], { rangePapers = RANGE_PAPERS, threads = INDEX_THREADS, start = startThread }: ThreadOptions = {}) {
		this.ranges = planRanges(ids, rangePapers);
		// An empty collection has one range, of none: its bundles hold the guide alone.
		this.#threads = splitBetweenThreads(this.ranges, threads).map((ranges) => {
			const worker = start({ site, ranges });
			// Waiting for papers, a thread must not hold a process whose build failed: `done` refs it again.
			worker.unref();
			const written = new Promise<RangesWritten>((resolve, reject) => {
				worker.on('message', (message: FromThread) => {
					if ('written' in message) resolve(message.written);
					else reject(new Error(message.failed));
				});
				worker.once('error', reject);
				worker.once('exit', (code) => reject(new Error(`a thread of the search index stopped (exit code ${code}) before it had written its ranges`)));
			});
			// The first failure stops the other threads: they would go on writing for a build that has failed.
			written.catch((error: unknown) => this.#fail(error));
			return { worker, ids: new Set(ranges.flatMap((plan) => plan.ids)), written };
		});
	}

	#fail(error: unknown): void {
		if (this.failure) return;
		this.failure = error instanceof Error ? error : new Error(String(error));
		for (const { worker } of this.#threads) void worker.terminate();
	}

	/** Whether paper `id` is one of the index's. */
	has(id: string): boolean {
		return this.#threads.some((thread) => thread.ids.has(id));
	}

	/** Gives paper `id`'s aligned download (its JSON) to the thread that writes its range. */
	paper(id: string, json: string): void {
		const thread = this.#threads.find((t) => t.ids.has(id));
		if (!thread) throw new Error(`the search index has no paper ${id}`);
		if (this.#sent.has(id) || this.failure) return;
		this.#sent.add(id);
		thread.worker.postMessage({ papers: [[id, json]] } satisfies ToThread);
	}

	/** The papers not given yet. */
	papersToSend(): string[] {
		return this.ranges.flatMap((plan) => plan.ids).filter((id) => !this.#sent.has(id));
	}

	/** Gives every thread the guide's pages (in the text's languages: the others are not indexed). */
	guides(pages: readonly GuidePage[]): void {
		if (this.#guidesSent || this.failure) return;
		this.#guidesSent = true;
		const indexed = pages.filter((page) => LANGS.includes(page.lang));
		for (const { worker } of this.#threads) worker.postMessage({ guides: indexed } satisfies ToThread);
	}

	get guidesSent(): boolean {
		return this.#guidesSent;
	}

	/** What the threads wrote, once every one has; the first failure, and the others stopped, if one fails. */
	async done(): Promise<RangesWritten> {
		for (const { worker } of this.#threads) worker.ref();
		try {
			const written = await Promise.all(this.#threads.map((thread) => thread.written));
			return {
				units: written.reduce((sum, w) => sum + w.units, 0),
				// Every thread indexes the guide's sections with its ranges: the same sections in each.
				guideSections: written[0]?.guideSections ?? 0,
				// The Traditional forms of every thread's text (simplifiedForms does not depend on their order).
				pairs: written.flatMap((w) => w.pairs),
			};
		} catch (error) {
			this.#fail(error);
			throw this.failure;
		}
	}

	/** Stops every thread (a build that failed). */
	async stop(): Promise<void> {
		await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
	}
}
