/**
 * The result list of a query (src/scripts/search/results.ts), apart from Pagefind: candidates are made here, and
 * each counts the records it loads, as the browser would fetch them (one fragment each).
 */
import { describe, expect, test } from 'vitest';
import type { Candidate, LanguageResults, ResultData } from '../../src/scripts/search/engine.ts';
import { batchSize, CHECKED_AT_MOST, ResultList, SETTLED_AT_MOST } from '../../src/scripts/search/results.ts';

/** A page of results, as the search dialog asks for it (PAGE in src/scripts/search/search.ts). */
const PAGE = 10;

/** Chinese candidates, in Pagefind's order, whose texts are `texts`, of papers named `paper-{prefix}{rank}`; `loads` counts the records loaded. */
function answer(texts: readonly string[], prefix = ''): { results: LanguageResults; loads: () => number } {
	let loads = 0;
	const candidates = texts.map((content, rank): Candidate => ({
		lang: 'zh',
		rank,
		load: async () => {
			loads++;
			const data: ResultData = {
				content,
				paper: `paper-${prefix}${rank}`,
				paperTitle: '',
				unit: 's1-p1',
				section: '',
				sectionId: '',
				partner: '',
				order: String(rank).padStart(5, '0'),
				hant: undefined,
				paperTitleHant: undefined,
				sectionHant: undefined,
			};
			return data;
		},
	}));
	return { results: { lang: 'zh', candidates, units: new Set() }, loads: () => loads };
}

const papers = (text: string, n: number): string[] => Array.from({ length: n }, () => text);

describe('batchSize', () => {
	test('checks a page first, then twice the last batch, never more than CHECKED_AT_MOST', () => {
		expect(batchSize(PAGE, 0)).toBe(PAGE);
		expect(batchSize(3, PAGE)).toBe(2 * PAGE);
		expect(batchSize(3, 2 * PAGE)).toBe(4 * PAGE);
		expect(batchSize(3, 4 * PAGE)).toBe(CHECKED_AT_MOST);
		expect(batchSize(500, 0)).toBe(CHECKED_AT_MOST);
		expect(batchSize(0, 0)).toBe(1);
	});
});

describe('a checked query on a large collection', () => {
	test('a word in every one of 1,000 papers loads a page of records before its first results, not more', async () => {
		const { results, loads } = answer(papers('李世石在第四局中下出了一手妙棋', 1000));
		const list = new ResultList('李世石', 'rank', [results]);
		await list.start(PAGE);
		expect(loads()).toBe(PAGE);
		expect(list.hits).toHaveLength(PAGE);
		// Pagefind's count until every candidate is checked; too many to check at once.
		expect(list.total).toBe(1000);
		expect(list.settles).toBe(false);
	});

	test('candidates that mostly do not hold the query: batches grow until the page is full', async () => {
		// Pagefind matches an unknown word by its first character: one candidate in five holds 李世石.
		const texts = Array.from({ length: 400 }, (_, i) => (i % 5 === 4 ? '李世石' : '李白'));
		const { results, loads } = answer(texts);
		const list = new ResultList('李世石', 'rank', [results]);
		await list.start(PAGE);
		// 10, then 20, then 40: 14 found in 70 candidates, rather than a first batch of 60.
		expect(loads()).toBe(70);
		expect(list.hits).toHaveLength(14);
	});

	test('results shown never move: more are added after them, in the text’s order too', async () => {
		for (const order of ['rank', 'document'] as const) {
			const texts = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? '李世石与AlphaGo' : '李世石'));
			const { results } = answer(texts);
			const list = new ResultList('李世石 AlphaGo', order, [results]);
			await list.start(PAGE);
			const first = list.hits.map((hit) => hit.data.paper);
			await Promise.all([list.next(PAGE), list.next(PAGE)]);
			expect(list.hits.slice(0, first.length).map((hit) => hit.data.paper)).toEqual(first);
			expect(list.hits).toHaveLength(first.length + 2 * PAGE);
			if (order === 'document') expect(list.hits.map((hit) => hit.data.order)).toEqual(list.hits.map((hit) => hit.data.order).sort());
		}
	});
});

describe('a checked query on a small collection', () => {
	test('its first page comes from a page of records; the rest are checked after, and the count becomes theirs', async () => {
		const texts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? '世界图景' : '世界'));
		const { results, loads } = answer(texts);
		const list = new ResultList('世界图景', 'rank', [results]);
		await list.start(PAGE);
		// 10, then 20: the page is full after 30 candidates.
		expect(loads()).toBe(30);
		const first = list.hits.map((hit) => hit.data.paper);
		expect(list.total).toBe(40);
		expect(list.settles).toBe(true);
		await list.settle();
		expect(loads()).toBe(40);
		expect(list.total).toBe(20);
		expect(list.hits).toHaveLength(20);
		expect(list.hits.slice(0, first.length).map((hit) => hit.data.paper)).toEqual(first);
		expect(list.more).toBe(false);
	});

	test('all candidates checked by the first page: nothing left to settle', async () => {
		const { results, loads } = answer(['李世石', '李白', '李世石']);
		const list = new ResultList('李世石', 'rank', [results]);
		await list.start(PAGE);
		expect(loads()).toBe(3);
		expect(list.total).toBe(2);
		expect(list.settles).toBe(false);
		expect(SETTLED_AT_MOST).toBeLessThanOrEqual(CHECKED_AT_MOST);
	});
});

describe('an index split by range of papers', () => {
	/** The answer of range 0, whose `rest` answers range 1, and so on; `searched` counts the ranges searched. */
	function ranges(perRange: readonly (readonly string[])[]): { results: LanguageResults; searched: () => number } {
		let searched = 1;
		const from = (i: number): LanguageResults => {
			const { results } = answer(perRange[i]!, `r${i}-`);
			return i + 1 < perRange.length
				? {
						...results,
						rest: async () => {
							searched++;
							return from(i + 1);
						},
					}
				: results;
		};
		return { results: from(0), searched: () => searched };
	}

	test('the first page comes from the page’s range alone; the count says the others are not searched yet', async () => {
		const { results, searched } = ranges([papers('李世石', 30), papers('李世石', 30), papers('李世石', 30)]);
		const list = new ResultList('李世石', 'rank', [results]);
		await list.start(PAGE);
		expect(searched()).toBe(1);
		expect(list.hits).toHaveLength(PAGE);
		expect(list.partial).toBe(true);
		expect(list.more).toBe(true);
		// The range's 20 candidates left are not all checked at once, as a small collection's would be: the count is of the papers searched so far anyway.
		expect(list.settles).toBe(false);
	});

	test('nothing in the page’s range: the first page is empty, and asking for more searches the next ranges until results come', async () => {
		const { results, searched } = ranges([papers('李白', 5), papers('李白', 5), papers('李世石', 3), papers('李世石', 3)]);
		const list = new ResultList('李世石', 'rank', [results]);
		await list.start(PAGE);
		expect(list.hits).toHaveLength(0);
		// The range searched is checked to its end: none of its candidates holds the query.
		expect(list.total).toBe(0);
		expect(list.partial).toBe(true);
		// Scrolled to the end: no range is searched but by asking for it.
		await list.next(PAGE);
		expect(searched()).toBe(1);
		await list.next(PAGE, true);
		// Ranges 1 (nothing), 2 (three) and 3 (three): a page asked for, all searched to fill it.
		expect(searched()).toBe(4);
		expect(list.hits.map((hit) => hit.data.paper)).toEqual(['paper-r2-0', 'paper-r2-1', 'paper-r2-2', 'paper-r3-0', 'paper-r3-1', 'paper-r3-2']);
		expect(list.partial).toBe(false);
		expect(list.more).toBe(false);
		expect(list.total).toBe(6);
	});

	test('results shown never move: a later range’s are added after them, in either order', async () => {
		for (const order of ['rank', 'document'] as const) {
			const { results } = ranges([papers('李世石', 12), papers('李世石', 12)]);
			const list = new ResultList('李世石', order, [results]);
			await list.start(PAGE);
			const shown = list.hits.map((hit) => hit.data.paper);
			await list.next(PAGE, true);
			await list.next(PAGE, true);
			expect(list.hits.slice(0, shown.length).map((hit) => hit.data.paper)).toEqual(shown);
			expect(list.hits).toHaveLength(24);
			expect(list.hits.slice(12).every((hit) => hit.data.paper.startsWith('paper-r1-'))).toBe(true);
		}
	});

	test('an English query counts the units Pagefind matched, range by range', async () => {
		const english = (i: number): LanguageResults => {
			const { results } = answer(papers('Lee Sedol', 4), `r${i}-`);
			const units = new Set(Array.from({ length: 4 }, (_, k) => `paper-r${i}-${k}#s1-p1`));
			return { ...results, lang: 'en', units, ...(i === 0 ? { rest: async () => english(1) } : {}) };
		};
		const list = new ResultList('Sedol', 'rank', [english(0)]);
		await list.start(PAGE);
		expect(list.total).toBe(4);
		expect(list.partial).toBe(true);
		await list.next(PAGE, true);
		expect(list.total).toBe(8);
		expect(list.hits).toHaveLength(8);
		expect(list.partial).toBe(false);
	});

	test('a range that cannot be searched (the network) stays to be asked again; the results shown stay', async () => {
		const { results } = answer(papers('李世石', 3), 'r0-');
		let fails = true;
		const later = answer(papers('李世石', 2), 'r1-').results;
		const list = new ResultList('李世石', 'rank', [
			{
				...results,
				rest: async () => {
					if (fails) throw new Error('offline');
					return later;
				},
			},
		]);
		await list.start(PAGE);
		await list.next(PAGE, true);
		expect(list.hits).toHaveLength(3);
		expect(list.partial).toBe(true);
		fails = false;
		await list.next(PAGE, true);
		expect(list.hits).toHaveLength(5);
		expect(list.partial).toBe(false);
	});
});
