/** The search's own judgement of a match (src/scripts/search/ranking.ts), apart from the browser. */
import { describe, expect, test } from 'vitest';
import { hasHan, holdsAll, isExact, isQuoted, queryLanguage, queryTerms, rerank, unquoted } from '../../src/scripts/search/ranking.ts';

describe('queryTerms', () => {
	test('keeps a Chinese run whole and splits other words', () => {
		expect(queryTerms('李世石')).toEqual(['李世石']);
		expect(queryTerms('Transformer 编码器')).toEqual(['transformer', '编码器']);
		expect(queryTerms('Transformer编码器')).toEqual(['transformer', '编码器']);
		expect(queryTerms('  Lee   Sedol ')).toEqual(['lee', 'sedol']);
	});
	test('drops quotes and punctuation-only parts', () => {
		expect(queryTerms('"intelligence explosion"')).toEqual(['intelligence', 'explosion']);
		expect(queryTerms('“各领风骚仅一年”')).toEqual(['各领风骚仅一年']);
		expect(queryTerms('x $& —')).toEqual(['x']);
	});
});

test('a query’s language, quotes and exactness', () => {
	expect(hasHan('ChatGPT和Sora')).toBe(true);
	expect(queryLanguage('世界图景')).toBe('zh');
	expect(queryLanguage('world picture')).toBe('en');
	expect(isQuoted('"world picture"')).toBe(true);
	expect(isQuoted('world "picture"')).toBe(false);
	expect(unquoted('“世界图景”')).toBe('世界图景');
	expect(isExact('"World Picture"', 'the world picture of Sora')).toBe(true);
	expect(isExact('world picture', 'the picture of the world')).toBe(false);
	expect(holdsAll('world picture', 'the picture of the world')).toBe(true);
	expect(holdsAll('量子纠缠', '即量、质、关系和模态')).toBe(false);
});

describe('rerank', () => {
	const hit = (content: string, rank: number, lang: 'zh' | 'en' = 'en') => ({ content, rank, lang });
	test('the query as typed first, then all its parts, then its language, then Pagefind’s order', () => {
		const hits = [hit('picture and world apart', 0), hit('world only', 1), hit('世界图景 world picture', 2, 'zh'), hit('the world picture itself', 3)];
		expect(rerank('world picture', hits).map((h) => h.rank)).toEqual([3, 2, 0, 1]);
	});
	test('a quoted query keeps only exact matches', () => {
		const hits = [hit('picture of the world', 0), hit('a world picture', 1)];
		expect(rerank('"world picture"', hits).map((h) => h.rank)).toEqual([1]);
	});
	test('李世石 comes before every 世界', () => {
		const hits = [hit('世界围棋', 0, 'zh'), hit('世界冠军李世石', 1, 'zh'), hit('世界图景', 2, 'zh')];
		expect(rerank('李世石', hits)[0]!.rank).toBe(1);
	});
});
