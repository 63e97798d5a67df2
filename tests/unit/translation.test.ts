/**
 * The English rendering against its original, unit by unit: complete,
 * carrying every number, name and URL, using the glossary's renderings,
 * and of a plausible length. Exceptions are listed below, each with why.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PhrasingContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/lib/paper/model.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { plainText } from '../../src/lib/paper/parse.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS);

/**
 * Glossary terms a unit's Chinese contains by accident, not as the term
 * (`unit id → term ids`); the scan then reads the characters as shorter terms.
 */
const GLOSSARY_EXCEPTIONS: Record<string, Record<string, string[]>> = {
	'chatgpt-sora': {
		// 更多模态 is 更多 "more" + 模态 "modalities", not 多模态 "multimodal".
		's2-2-2-p2': ['multimodal'],
		's3-2-p7': ['multimodal'],
	},
};

/** English month names stand for the month numbers of Chinese dates (2022年11月30日 → November 30, 2022). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/**
 * The words the house style writes for a number in running prose (Chicago spells out zero to one hundred,
 * and ordinals: “two days”, “the twenty-first century”): its cardinal and its ordinal.
 */
function numberWords(n: number): string[] {
	if (n > 100) return [];
	const cardinal = n === 100 ? 'one hundred' : n < 20 ? ONES[n]! : `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
	const last = cardinal.split(/[- ]/).pop()!;
	const ordinalLast = ORDINAL[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
	return [cardinal, cardinal.slice(0, cardinal.length - last.length) + ordinalLast];
}

/**
 * English characters per Chinese character, outside which a paragraph is
 * suspect (an omission, or an addition). This paper's paragraphs lie between
 * 3.2 and 4.4; a paragraph missing a third of its English would fall below 2.5.
 */
const LENGTH_RATIO = { min: 2.5, max: 5.5 };

interface Pair {
	id: string;
	kind: string;
	/** The author's own English is quoted as he wrote it, not held to the glossary. */
	byAuthor: boolean;
	zh: PhrasingContent[];
	en: PhrasingContent[];
}

function urls(nodes: readonly PhrasingContent[]): string[] {
	return nodes.flatMap((n) => (n.type === 'link' ? [n.url] : 'children' in n ? urls(n.children as PhrasingContent[]) : []));
}

describe.each(papers)('%s', (paper) => {
	const { text, glossary } = readPaperFolder(fileURLToPath(new URL(paper, PAPERS)));
	const pairs: Pair[] = [
		...text.units.map((u) => ({ id: u.id, kind: u.kind, byAuthor: u.rendering === 'author', zh: u.text.zh, en: u.text.en })),
		...text.notes.filter((n) => !n.missing).map((n) => ({ id: n.id, kind: 'note', byAuthor: false, zh: n.text.zh, en: n.text.en })),
	];
	const plain = (pair: Pair, lang: Lang) => plainText(pair[lang]);

	test('every unit and every note with text has English, and the English has no untranslated Chinese', () => {
		expect(pairs.length).toBe(text.units.length + text.notes.filter((n) => !n.missing).length);
		for (const pair of pairs) {
			expect(plain(pair, 'en').trim(), pair.id).not.toBe('');
			// Notes name Chinese authors and titles in characters beside their pinyin, as scholarly style asks.
			if (pair.kind !== 'note') expect(plain(pair, 'en'), pair.id).not.toMatch(/\p{Script=Han}/u);
		}
	});

	test('every number (as numerals, or as the words the house style writes for it), Latin-script word and URL of the Chinese is in the English', () => {
		const missing: string[] = [];
		for (const pair of pairs) {
			const zh = plain(pair, 'zh');
			const en = plain(pair, 'en');
			const enNumbers = new Set([...en.matchAll(/\d+/g)].map((m) => m[0]));
			MONTHS.forEach((month, i) => {
				if (en.includes(month)) enNumbers.add(String(i + 1));
			});
			for (let n = 0; n <= 100; n++) if (numberWords(n).some((word) => new RegExp(`\\b${word}\\b`, 'i').test(en))) enNumbers.add(String(n));
			const enWords = new Set([...en.matchAll(/\p{Script=Latin}+/gu)].map((m) => m[0]));
			for (const [number] of zh.matchAll(/\d+/g)) if (!enNumbers.has(number)) missing.push(`${pair.id}: number ${number}`);
			// Names keep their case (ChatGPT, GPT); an ordinary word may take English's case and number: the source's
			// "Token" is "tokens" in running prose, its "models" is "Models" in a headline-style title.
			const enWordsAnyCase = new Set([...enWords].map((w) => w.toLowerCase()));
			const ordinary = (word: string) => /^\p{Lu}?\p{Ll}+$/u.test(word);
			const found = (word: string) => enWords.has(word) || (ordinary(word) && [word, `${word}s`].some((form) => enWordsAnyCase.has(form.toLowerCase())));
			for (const [word] of zh.matchAll(/\p{Script=Latin}+/gu)) if (!found(word)) missing.push(`${pair.id}: word ${word}`);
			const enUrls = urls(pair.en);
			for (const url of urls(pair.zh)) if (!enUrls.includes(url)) missing.push(`${pair.id}: URL ${url}`);
		}
		expect(missing).toEqual([]);
	});

	test('every glossary term in a Chinese unit is rendered by its glossary English', () => {
		const byLength = [...glossary].sort((a, b) => b.zh.length - a.zh.length);
		const exceptions = GLOSSARY_EXCEPTIONS[paper] ?? {};
		const misses: string[] = [];
		let checked = 0;
		for (const pair of pairs.filter((p) => !p.byAuthor)) {
			const zh = plain(pair, 'zh');
			const en = plain(pair, 'en').toLowerCase();
			const skip = exceptions[pair.id] ?? [];
			// Longest term first, each character read once: 生成式人工智能 is not also 人工智能.
			for (let i = 0; i < zh.length;) {
				const term = byLength.find((t) => !skip.includes(t.id) && zh.startsWith(t.zh, i));
				if (!term) {
					i++;
					continue;
				}
				checked++;
				if (!term.en.some((form) => en.includes(form.toLowerCase()))) misses.push(`${pair.id}: ${term.zh} → ${term.en.join(' | ')}`);
				i += term.zh.length;
			}
		}
		expect(checked).toBeGreaterThan(0);
		expect(misses).toEqual([]);
	});

	test('every glossary exception names a unit and a term that exist', () => {
		const ids = new Set(pairs.map((p) => p.id));
		for (const [unit, terms] of Object.entries(GLOSSARY_EXCEPTIONS[paper] ?? {})) {
			expect(ids.has(unit), unit).toBe(true);
			for (const term of terms)
				expect(
					glossary.some((g) => g.id === term),
					term,
				).toBe(true);
		}
	});

	test('each paragraph’s English is of a plausible length for its Chinese', () => {
		const outliers: string[] = [];
		for (const pair of pairs.filter((p) => p.kind === 'p' || p.kind === 'abstract')) {
			const zh = plain(pair, 'zh').replace(/\s/g, '').length;
			const en = plain(pair, 'en').length;
			const ratio = en / zh;
			if (ratio < LENGTH_RATIO.min || ratio > LENGTH_RATIO.max)
				outliers.push(`${pair.id}: ${zh} Chinese, ${en} English characters (ratio ${ratio.toFixed(2)})`);
		}
		expect(outliers).toEqual([]);
	});
});

test('the number words the check accepts are the house style’s', () => {
	expect(numberWords(2)).toEqual(['two', 'second']);
	expect(numberWords(10)).toEqual(['ten', 'tenth']);
	expect(numberWords(21)).toEqual(['twenty-one', 'twenty-first']);
	expect(numberWords(20)).toEqual(['twenty', 'twentieth']);
	expect(numberWords(100)).toEqual(['one hundred', 'one hundredth']);
	expect(numberWords(2023)).toEqual([]);
});
