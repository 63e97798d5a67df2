/** A large collection's index of titles (src/lib/collection.ts): in the order a reader looks a title up, under its first letter. */
import { describe, expect, test } from 'vitest';
import { byTitle, titleLetter } from '../../src/lib/collection.ts';

describe('titleLetter', () => {
	test('a Chinese title is listed under the pinyin initial of its first character, in either script', () => {
		expect(titleLetter('从ChatGPT到Sora')).toBe('C');
		expect(titleLetter('測試論文')).toBe('C');
		expect(titleLetter('阿Q正传')).toBe('A');
	});

	test('a Latin title under its first letter, accents aside; any other under #', () => {
		expect(titleLetter('ChatGPT and Sora')).toBe('C');
		expect(titleLetter('Émile')).toBe('E');
		expect(titleLetter('1984')).toBe('#');
		expect(titleLetter('')).toBe('#');
	});
});

describe('byTitle', () => {
	test('Chinese titles in pinyin order, numbers in their order, grouped by letter, # last', () => {
		const groups = byTitle(['1984', '测试论文', '从ChatGPT到Sora（10）', '阿Q正传', '从ChatGPT到Sora（2）'], (s) => s, 'zh');
		expect(groups).toEqual([
			{ letter: 'A', key: 'A', items: ['阿Q正传'] },
			{ letter: 'C', key: 'C', items: ['测试论文', '从ChatGPT到Sora（2）', '从ChatGPT到Sora（10）'] },
			{ letter: '#', key: 'other', items: ['1984'] },
		]);
	});

	test('English titles in alphabetical order, case aside; each title once', () => {
		const titles = ['b paper', 'A paper', 'a study', 'Zeta'];
		const groups = byTitle(titles, (s) => s, 'en');
		expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'Z']);
		expect(groups[0]!.items).toEqual(['A paper', 'a study']);
		expect(groups.flatMap((g) => g.items).sort()).toEqual([...titles].sort());
	});
});
