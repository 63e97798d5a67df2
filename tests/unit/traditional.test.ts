/**
 * The Traditional edition, generated from the Simplified text: the overrides
 * are each needed (OpenCC alone gets their place wrong), each found in a
 * paper, and applied; the conversion keeps every character's place; and the
 * edition reads back to its source, so that nothing but the script changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { plainText } from '../../src/lib/paper/parse.ts';
import { toTraditional, traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { OVERRIDES } from '../../src/lib/paper/traditional-overrides.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS).map((id) => readPaperFolder(new URL(id, PAPERS).pathname));
const chineseOf = (paper: (typeof papers)[number]) => [...paper.text.units, ...paper.text.notes].map((u) => plainText(u.text.zh));
const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
/**
 * Words whose Taiwan form reads back to another Simplified form than the text's, both standard there:
 * 想象 becomes 想像 (the Ministry's form) and comes back as 想像; 坐标 becomes 座標 and comes back as 座标.
 */
const READS_BACK_AS: [string, string][] = [
	['想象', '想像'],
	['坐标', '座标'],
];
const alike = (text: string) => READS_BACK_AS.reduce((t, [word, back]) => t.replaceAll(back, word), text);

describe('the overrides', () => {
	test.each(OVERRIDES.map((o) => [o.simplified, o]))('%s: needed, found, applied, and explained', (_, override) => {
		expect(override.traditional).toHaveLength(override.simplified.length);
		expect(override.reason.length).toBeGreaterThan(20);
		const places = papers.flatMap((paper) => chineseOf(paper).filter((text) => text.includes(override.simplified)));
		expect(places.length, 'found in a text').toBeGreaterThan(0);
		// OpenCC alone gets at least one of its places wrong; with the override, each is right.
		expect(
			places.some((text) => !opencc(text).includes(override.traditional)),
			'needed',
		).toBe(true);
		for (const text of places) expect(toTraditional(text)).toContain(override.traditional);
	});
});

test('a few known conversions, in context', () => {
	expect(toTraditional('生成逻辑、哲学本质与世界图景')).toBe('生成邏輯、哲學本質與世界圖景');
	expect(toTraditional('ChatGPT的回答更复杂')).toBe('ChatGPT的回答更複雜');
	expect(toTraditional('杰夫里·辛顿')).toBe('傑夫里·辛頓');
	expect(toTraditional('发展')).toBe('發展');
});

describe.each(papers.map((p) => [p.id, p] as const))('%s', (_, paper) => {
	const hant = traditionalPaper(paper);
	test('every Chinese text keeps its length, ids and markers; the English is untouched', () => {
		expect(hant.text.units.map((u) => u.id)).toEqual(paper.text.units.map((u) => u.id));
		chineseOf(hant).forEach((text, i) => expect(text).toHaveLength(chineseOf(paper)[i]!.length));
		expect(hant.text.units.map((u) => u.text.en)).toEqual(paper.text.units.map((u) => u.text.en));
		expect(hant.text.units.map((u) => u.refs)).toEqual(paper.text.units.map((u) => u.refs));
	});
	test('the edition reads back to its Simplified source, character for character', () => {
		const back = OpenCC.Converter({ from: 'tw', to: 'cn' });
		const source = chineseOf(paper).map(alike);
		const differences = chineseOf(hant).flatMap((text, i) => {
			const round = alike(back(text));
			return [...round].flatMap((ch, j) =>
				ch === source[i]![j]
					? []
					: [`${source[i]!.slice(Math.max(0, j - 3), j + 3)} → ${text.slice(Math.max(0, j - 3), j + 3)} → ${round.slice(Math.max(0, j - 3), j + 3)}`],
			);
		});
		expect(differences).toEqual([]);
	});
});

test('the Traditional interface strings are the Simplified ones, converted', async () => {
	const { readerStrings, searchStrings, t } = await import('../../src/lib/i18n.ts');
	const source = readFileSync(new URL('../../src/lib/i18n.ts', import.meta.url), 'utf8');
	const keys = [...source.matchAll(/^\t'?([\w-]+)'?: \{\s*zh:/gm)].map((m) => m[1]!);
	expect(keys.length).toBeGreaterThan(100);
	expect(Object.keys(readerStrings).every((k) => keys.includes(k)) && Object.keys(searchStrings).every((k) => keys.includes(k))).toBe(true);
	// A link to the Simplified interface, from the Traditional, names the script: 简体, not 中文.
	const named = keys.filter((key) => key !== 'languageName_zh');
	for (const key of named) expect(t('zh-hant', key as Parameters<typeof t>[1]), key).toBe(toTraditional(t('zh', key as Parameters<typeof t>[1])));
});
