/**
 * The results of one query as the reader sees them: one per unit (where
 * both languages match, the better-placed stands for the pair), in the
 * order asked for, with a true count.
 *
 * An English query is taken at Pagefind's word: its count comes with the
 * answer (the units it matched, without loading a record), and records are
 * loaded a page at a time. Pagefind's Chinese matching is looser (a word it
 * does not know matches by its first character), so a query in Chinese, and
 * a quoted one, is checked against every candidate's text first: the list
 * holds the units that contain it, and the count is theirs. Candidates are
 * checked a batch at a time, the first the size of a page (what the screen
 * shows), so that a word in every paper of a large collection loads no more
 * records than it shows; later results are only ever added after those shown.
 * Where the index is split by range of papers (src/lib/search/ranges.ts), the list starts with the range
 * of the page's paper; the next range is searched when the reader asks for more than the ranges searched
 * hold, its results added after those shown, and until the last is searched the count is of those searched.
 */
import type { Lang } from '../../lib/paper/model.ts';
import type { Candidate, LanguageResults, Order, ResultData } from './engine.ts';
import { hasHan, holdsAll, isExact, isQuoted, queryLanguage, rerank } from './ranking.ts';

export interface Hit {
	lang: Lang;
	rank: number;
	data: ResultData;
}

/** How many of each language's first candidates are re-ranked (their records are loaded at once). */
const RERANKED = 8;
/** The most of a checked query's candidates checked at once (each a record to load). */
export const CHECKED_AT_MOST = 60;
/** A checked query with this few candidates left once its first page is shown (a small collection) has them all checked then, for a true count. */
export const SETTLED_AT_MOST = 60;

/**
 * How many candidates to check next, `wanted` results still to find and `previous` candidates in the last batch
 * (0 at first): first as many as are wanted (a page: no more records loaded than the screen shows), then twice the
 * last batch, for candidates that held the query less often than hoped, up to CHECKED_AT_MOST.
 */
export function batchSize(wanted: number, previous: number): number {
	return Math.max(1, Math.min(CHECKED_AT_MOST, Math.max(wanted, previous * 2)));
}

/** Whether a query's results are checked against their text (and counted so), rather than counted by Pagefind. */
export const isChecked = (query: string): boolean => hasHan(query) || isQuoted(query);

const unitKey = (data: ResultData): string => `${data.paper}#${data.unit}`;
/** What a query is checked and ranked against: a Chinese unit in both scripts, so that either finds it. */
const searchable = (data: ResultData): string => (data.hant ? `${data.content}\n${data.hant}` : data.content);
const byOrder = (a: Hit, b: Hit): number => a.data.order.localeCompare(b.data.order);
/** How many units `answers` matched (of one range each, so no unit twice but in both languages); for a checked query, which asks for none, its candidates until they are checked. */
function found(answers: readonly LanguageResults[]): number {
	const units = new Set(answers.flatMap((answer) => [...answer.units])).size;
	return units > 0 ? units : answers.reduce((sum, answer) => sum + answer.candidates.length, 0);
}

export class ResultList {
	/** The results loaded so far, in the order shown. */
	readonly hits: Hit[] = [];
	/** Records that could not be read. */
	unreadable = 0;
	/** How many units match. */
	total: number;
	private readonly seen = new Set<string>();
	/** Candidates still to load, per language, in their order, the query's language first. */
	private readonly queues: Candidate[][];
	/** Per language (as `queues`), the search of its next range of papers, where ranges are left. */
	private readonly rests: (LanguageResults['rest'] | undefined)[];
	private readonly query: string;
	private readonly order: Order;
	/** The loading after `start`, one step at a time: results are added in the order they are asked for. */
	private steps: Promise<void> = Promise.resolve();

	constructor(query: string, order: Order, answers: readonly LanguageResults[]) {
		this.query = query;
		this.order = order;
		const first = queryLanguage(query);
		const sorted = [...answers].sort((a, b) => (a.lang === first ? -1 : b.lang === first ? 1 : 0));
		this.queues = sorted.map((answer) => [...answer.candidates]);
		this.rests = sorted.map((answer) => answer.rest);
		this.total = found(answers);
	}

	/** Whether results remain to be loaded, in the ranges searched or in those left. */
	get more(): boolean {
		return this.queued || this.partial;
	}

	/** Whether candidates of the ranges searched remain to be loaded. */
	private get queued(): boolean {
		return this.queues.some((queue) => queue.length > 0);
	}

	/** Whether ranges of papers are left to search: the count is then of the ranges searched. */
	get partial(): boolean {
		return this.rests.some((rest) => rest !== undefined);
	}

	/**
	 * Searches the next range of papers in each language that has one, its candidates queued after those
	 * left; false if none is left or the search failed (the range stays, to be asked again).
	 */
	private async widen(): Promise<boolean> {
		if (!this.partial) return false;
		let answers: (LanguageResults | undefined)[];
		try {
			answers = await Promise.all(this.rests.map((rest) => rest?.()));
		} catch {
			return false;
		}
		answers.forEach((answer, i) => {
			if (!answer) return;
			this.queues[i]!.push(...answer.candidates);
			this.rests[i] = answer.rest;
		});
		this.total += found(answers.filter((answer) => answer !== undefined));
		return true;
	}

	/** Whether the candidates left are few enough to be checked all at once (`settle`): a small collection's, one range of papers. */
	get settles(): boolean {
		const left = this.queues.reduce((sum, queue) => sum + queue.length, 0);
		// Not while ranges of papers are left: the count is of the papers searched so far anyway, and a range of 50
		// papers holding the word would cost 50 records at once (about 70 KB), as a large collection would.
		return isChecked(this.query) && !this.partial && left > 0 && left <= SETTLED_AT_MOST;
	}

	/**
	 * Loads the first `page` results. A checked query's candidates are checked a batch at a time until the page
	 * is full (`batchSize`), and the count is Pagefind's until all are checked: on a small collection right after
	 * the first page is shown (`settle`); on a large one (a word in a thousand papers), as the list is scrolled.
	 */
	async start(page: number): Promise<void> {
		// The first range's alone: the next is searched when the reader asks for more (`next`).
		if (isChecked(this.query)) return this.check(page, false);
		if (this.order === 'rank') this.add(this.ranked(await this.take(this.queues.flatMap((queue) => queue.splice(0, RERANKED)))));
		await this.step(() => this.load(page, false));
	}

	/**
	 * Checks candidates, a batch at a time, until `count` more of them hold the query or none are left (in the ranges
	 * searched, or, if `widen`, in all).
	 */
	private async check(count: number, widen: boolean): Promise<void> {
		const wanted = this.hits.length + count;
		let batch = 0;
		while (this.hits.length < wanted && (this.queued || (widen && (await this.widen())))) {
			if (!this.queued) continue;
			batch = batchSize(wanted - this.hits.length, batch);
			await this.checkBatch(batch);
		}
		// The ranges searched are checked to the end: their count is the results found.
		if (!this.queued) this.total = Math.min(this.total, this.hits.length);
	}

	/** Checks the next `size` candidates of each language, adding those that hold the query after the results there are. */
	private async checkBatch(size: number): Promise<void> {
		const all = await this.take(this.queues.flatMap((queue) => queue.splice(0, size)));
		const kept = all.filter((hit) => (isQuoted(this.query) ? isExact(this.query, searchable(hit.data)) : holdsAll(this.query, searchable(hit.data))));
		this.add(this.order === 'document' ? kept.sort(byOrder) : this.ranked(kept));
	}

	/** Checks every candidate left, if they are few (`settles`): the count is then theirs. Results are only added after those there are. */
	settle(): Promise<void> {
		return this.step(async () => {
			if (!this.settles) return;
			await this.checkBatch(SETTLED_AT_MOST);
			this.total = Math.min(this.total, this.hits.length);
		});
	}

	/** Runs `work` after the loading already asked for. */
	private step(work: () => Promise<void>): Promise<void> {
		const done = this.steps.then(work);
		this.steps = done.catch(() => {});
		return done;
	}

	/** Loads up to `count` more results; if `widen`, searching the next ranges of papers where those searched hold fewer. */
	next(count: number, widen = false): Promise<void> {
		return this.step(() => this.load(count, widen));
	}

	private async load(count: number, widen: boolean): Promise<void> {
		if (isChecked(this.query)) return this.check(count, widen);
		const wanted = this.hits.length + count;
		while (this.hits.length < wanted && (this.queued || (widen && (await this.widen())))) {
			if (!this.queued) continue;
			if (this.order === 'rank') {
				// Past the re-ranked head, each language's candidates in Pagefind's order, the query's language first.
				const queue = this.queues.find((q) => q.length > 0)!;
				this.add(await this.take(queue.splice(0, wanted - this.hits.length)));
				continue;
			}
			// In the text's order: the earliest of the languages' next candidates.
			const heads = await Promise.all(this.queues.filter((q) => q.length > 0).map(async (queue) => ({ queue, data: await queue[0]!.load() })));
			for (const head of heads.filter((h) => !h.data)) {
				head.queue.shift();
				this.unreadable++;
			}
			const earliest = heads.filter((h) => h.data).sort((a, b) => a.data!.order.localeCompare(b.data!.order))[0];
			if (!earliest) continue;
			const candidate = earliest.queue.shift()!;
			this.add([{ lang: candidate.lang, rank: candidate.rank, data: earliest.data! }]);
		}
	}

	private ranked(hits: readonly Hit[]): Hit[] {
		return rerank(
			this.query,
			hits.map((hit) => ({ hit, lang: hit.lang, content: searchable(hit.data), rank: hit.rank })),
		).map((r) => r.hit);
	}

	/** The records of `candidates`, those that can be read. */
	private async take(candidates: readonly Candidate[]): Promise<Hit[]> {
		const loaded = await Promise.all(candidates.map(async (c) => ({ c, data: await c.load() })));
		this.unreadable += loaded.filter((l) => !l.data).length;
		return loaded.flatMap(({ c, data }) => (data ? [{ lang: c.lang, rank: c.rank, data }] : []));
	}

	private add(hits: readonly Hit[]): void {
		for (const hit of hits) {
			const key = unitKey(hit.data);
			if (this.seen.has(key)) continue;
			this.seen.add(key);
			this.hits.push(hit);
		}
	}
}
