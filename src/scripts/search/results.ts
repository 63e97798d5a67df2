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
 * holds the units that contain it, and the count is theirs.
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
/** How many of a checked query's candidates are checked at once (each a record to load): all of them on a small collection. */
const CHECKED_AT_ONCE = 60;

/** Whether a query's results are checked against their text (and counted so), rather than counted by Pagefind. */
export const isChecked = (query: string): boolean => hasHan(query) || isQuoted(query);

const unitKey = (data: ResultData): string => `${data.paper}#${data.unit}`;
/** What a query is checked and ranked against: a Chinese unit in both scripts, so that either finds it. */
const searchable = (data: ResultData): string => (data.hant ? `${data.content}\n${data.hant}` : data.content);
const byOrder = (a: Hit, b: Hit): number => a.data.order.localeCompare(b.data.order);

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
	private readonly query: string;
	private readonly order: Order;

	constructor(query: string, order: Order, answers: readonly LanguageResults[]) {
		this.query = query;
		this.order = order;
		const first = queryLanguage(query);
		const sorted = [...answers].sort((a, b) => (a.lang === first ? -1 : b.lang === first ? 1 : 0));
		this.queues = sorted.map((answer) => [...answer.candidates]);
		// The units Pagefind matched; for a checked query, which asks for none, its candidates until they are checked.
		const units = new Set(answers.flatMap((answer) => [...answer.units])).size;
		this.total = units > 0 ? units : this.queues.reduce((sum, queue) => sum + queue.length, 0);
	}

	/** Whether results remain to be loaded. */
	get more(): boolean {
		return this.queues.some((queue) => queue.length > 0);
	}

	/**
	 * Loads the first `page` results. A checked query's candidates are checked a batch at a time until the page
	 * is full: on a small collection all of them at once, and the count is theirs; on a large one (a word in a
	 * thousand papers), only as many as the page needs, and the count is Pagefind's until all are checked.
	 */
	async start(page: number): Promise<void> {
		if (isChecked(this.query)) {
			await this.check(page);
			if (!this.more) this.total = this.hits.length;
			return;
		}
		if (this.order === 'rank') this.add(this.ranked(await this.take(this.queues.flatMap((queue) => queue.splice(0, RERANKED)))));
		await this.next(page);
	}

	/** Checks candidates, a batch at a time, until `count` more of them hold the query or none are left. */
	private async check(count: number): Promise<void> {
		const wanted = this.hits.length + count;
		while (this.hits.length < wanted && this.more) {
			const all = await this.take(this.queues.flatMap((queue) => queue.splice(0, CHECKED_AT_ONCE)));
			const kept = all.filter((hit) => (isQuoted(this.query) ? isExact(this.query, searchable(hit.data)) : holdsAll(this.query, searchable(hit.data))));
			this.add(this.order === 'document' ? kept.sort(byOrder) : this.ranked(kept));
		}
		if (!this.more) this.total = Math.min(this.total, this.hits.length);
	}

	/** Loads up to `count` more results. */
	async next(count: number): Promise<void> {
		if (isChecked(this.query)) return this.check(count);
		const wanted = this.hits.length + count;
		while (this.hits.length < wanted && this.more) {
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
