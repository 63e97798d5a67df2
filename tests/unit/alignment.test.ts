/**
 * Sentence alignment in the content: every unit and note with text has its
 * segments, as many in each language, and its text is its segments joined.
 * tests/built/alignment.test.ts checks the built pages against them.
 */
import { expect, test } from 'vitest';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
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
