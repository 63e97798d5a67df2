/**
 * Sentence alignment in the content: every unit and note with text has its
 * segments, as many in each language, and its text is its segments joined.
 * tests/built/alignment.test.ts checks the built pages against them.
 */
import { expect, test } from 'vitest';
import { parseHtml, textOf } from '../../src/lib/html-tree.ts';
import { segmentLengths } from '../../src/lib/paper/alignment.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { renderInline } from '../../src/lib/paper/inline.ts';
import { LANGS, SEGMENT_JOINER } from '../../src/lib/paper/model.ts';
import { plainText } from '../../src/lib/paper/parse.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url).pathname);
const all = [...paper.text.units, ...paper.text.notes];

test('every unit and note with text is aligned: segments paired in both languages', () => {
	for (const unit of all) {
		const missing = 'missing' in unit && unit.missing;
		expect(unit.segments.length, unit.id).toBe(missing ? 0 : Math.max(1, unit.segments.length));
		for (const lang of LANGS) expect(plainText(unit.text[lang]), unit.id).toBe(unit.segments.map((s) => plainText(s[lang])).join(SEGMENT_JOINER[lang]));
	}
	// This paper's figures, so that a change to them is seen: 60 units and 19 notes with text in 291 segments.
	expect(all.reduce((n, u) => n + u.segments.length, 0)).toBe(291);
});

test('the segment lengths are each segment’s own HTML read alone, as textContent counts it; read at once, each its own', () => {
	// The rule as first written: each segment's HTML parsed on its own.
	const alone = (nodes: Parameters<typeof renderInline>[0]): number =>
		textOf(parseHtml(renderInline(nodes, { paper: paper.text, backTargets: false, labels: { note: String, missingNote: '', translatorNote: String } }))).length;
	const lengths = segmentLengths(paper.text);
	for (const unit of all.filter((u) => u.segments.length > 0)) {
		const last = unit.segments.length - 1;
		for (const lang of LANGS)
			expect(lengths[unit.id]![lang], `${unit.id} ${lang}`).toEqual(unit.segments.map((s, i) => alone(s[lang]) + (i < last ? SEGMENT_JOINER[lang].length : 0)));
	}
	// Text that reads as markup (escaped by the renderer, which renders no raw HTML): each segment keeps its own characters.
	const segment = (value: string) => ({ zh: [{ type: 'text' as const, value }], en: [{ type: 'text' as const, value: 'x' }] });
	const odd = { ...paper.text, units: [{ ...paper.text.units[0]!, id: 'odd', segments: [segment('<em>a'), segment('</div>b'), segment('&amp;')] }], notes: [] };
	const joined = (n: number[], lang: 'zh' | 'en') => n.map((length, i) => length + (i < n.length - 1 ? SEGMENT_JOINER[lang].length : 0));
	expect(segmentLengths(odd)['odd']).toEqual({ zh: joined([5, 7, 5], 'zh'), en: joined([1, 1, 1], 'en') });
});
