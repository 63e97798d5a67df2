/** The search index split by range of papers (src/lib/search/ranges.ts): which range a paper is in, and the order they are searched. */
import { describe, expect, test } from 'vitest';
import { RANGE_PAPERS, rangeDir, rangeOf, rangeOfFile, searchOrder, splitIntoRanges } from '../../src/lib/search/ranges.ts';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `paper-${String(i).padStart(4, '0')}`);

describe('search ranges', () => {
	test('a collection of up to RANGE_PAPERS papers is one range, as the index always was', () => {
		expect(splitIntoRanges(ids(1))).toEqual([ids(1)]);
		expect(splitIntoRanges(ids(RANGE_PAPERS))).toHaveLength(1);
		expect(splitIntoRanges([])).toEqual([[]]);
		expect(rangeDir('zh', 0)).toBe('zh/');
	});

	test('a thousand papers are 20 ranges of 50, in id order, each in a bundle of its own', () => {
		const ranges = splitIntoRanges(ids(1000));
		expect(ranges).toHaveLength(20);
		expect(ranges.every((range) => range.length === 50)).toBe(true);
		expect(ranges[1]![0]).toBe('paper-0050');
		expect(rangeDir('en', 3)).toBe('en.3/');
	});

	test('a file of the index is its range’s by its bundle’s directory, the inverse of rangeDir; what all ranges read is no range’s', () => {
		for (const range of [0, 1, 19]) for (const lang of ['zh', 'en'] as const) expect(rangeOfFile(`${rangeDir(lang, range)}index/x.pf_index`)).toBe(range);
		expect(rangeOfFile('zh.12/pagefind-entry.json')).toBe(12);
		for (const shared of ['pagefind.js', 'ranges.json', 'zh/simplified.json', 'guide-zh/pagefind-entry.json', 'zh', 'zh.x/a'])
			expect(rangeOfFile(shared), shared).toBeUndefined();
	});

	test('a paper is found in its range by the ranges’ first papers', () => {
		const first = splitIntoRanges(ids(1000)).map((range) => range[0]!);
		expect(rangeOf({ first }, 'paper-0000')).toBe(0);
		expect(rangeOf({ first }, 'paper-0049')).toBe(0);
		expect(rangeOf({ first }, 'paper-0050')).toBe(1);
		expect(rangeOf({ first }, 'paper-0777')).toBe(15);
		expect(rangeOf({ first }, 'paper-0999')).toBe(19);
		// No page's paper (the collection page, the guide), no list: the first range.
		expect(rangeOf({ first }, undefined)).toBe(0);
		expect(rangeOf(undefined, 'paper-0777')).toBe(0);
	});

	test('the page’s paper’s range is searched first, then the others in the collection’s order', () => {
		expect(searchOrder(1, 0)).toEqual([0]);
		expect(searchOrder(4, 2)).toEqual([2, 0, 1, 3]);
		expect(searchOrder(3, 0)).toEqual([0, 1, 2]);
		// A range that is not there (a list older than the page): the first.
		expect(searchOrder(3, 7)).toEqual([0, 1, 2]);
	});
});
