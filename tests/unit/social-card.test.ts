/** The social card keeps three lines a language; a longer title ends in an ellipsis, so the card says it is cut (audit of issue 24, T7). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';
import { composes, findCardFont } from '../../src/lib/card-glyphs.ts';
import { cardDrawing, cardLines, resvgOptions } from '../../src/lib/social-card.ts';

test('a title that fits is drawn whole, with no ellipsis', () => {
	expect(cardLines('从ChatGPT到Sora：生成逻辑、哲学本质与世界图景', 17, 3).join('')).toBe('从ChatGPT到Sora：生成逻辑、哲学本质与世界图景');
	expect(cardLines('From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture', 34, 3).join(' ')).not.toContain('…');
});

test('a Chinese title over three lines ends its third line in an ellipsis', () => {
	const lines = cardLines('一'.repeat(60), 17, 3);
	expect(lines).toHaveLength(3);
	expect(lines[2]!.endsWith('…')).toBe(true);
});

test('an English title over three lines ends its third line in an ellipsis', () => {
	const lines = cardLines(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '), 34, 3);
	expect(lines).toHaveLength(3);
	expect(lines[2]).toMatch(/\S…$/);
});

// The card's text is drawn from Noto Serif CJK SC's outlines, read once per build, not by resvg from the system's
// fonts (about a second a card: issue 28). Where fonts-noto-cjk is not installed, these have nothing to compare.
const font = findCardFont();
const card = {
	zh: '从ChatGPT到Sora：生成逻辑、哲学本质与世界图景（12）',
	en: 'From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture (12)',
	site: '双语学术文库 · Bilingual Scholarly Texts',
};

test.skipIf(!font)('a card drawn from the outlines looks as resvg draws its text: within a few pixels, each a few levels off', () => {
	const drawing = cardDrawing(card, font);
	expect(drawing.asOutlines).not.toBeNull();
	expect(drawing.asOutlines).not.toContain('<text');
	expect(resvgOptions(drawing).font?.loadSystemFonts).toBe(false);
	const fromOutlines = new Resvg(drawing.asOutlines!, resvgOptions(drawing)).render().pixels;
	const fromText = new Resvg(drawing.asText, resvgOptions({ asOutlines: null })).render().pixels;
	expect(fromOutlines.length).toBe(fromText.length);
	let differing = 0;
	let inked = 0;
	for (let i = 0; i < fromText.length; i += 4) {
		const off = Math.max(...[0, 1, 2].map((c) => Math.abs(fromText[i + c]! - fromOutlines[i + c]!)));
		if (off > 0) differing++;
		expect(off).toBeLessThan(32);
		// Dark pixels: text, so that a card drawn without its text cannot pass.
		if (fromOutlines[i]! < 128) inked++;
	}
	expect(differing).toBeLessThan(50);
	expect(inked).toBeGreaterThan(10_000);
});

test.skipIf(!font)(
	'a line is laid out without the face’s ccmp only where ccmp would change nothing: the paper’s text, each character alone, doubled and beside its neighbours, and the sequences ccmp composes',
	() => {
		const layout = (text: string, features?: Record<string, boolean>): string => {
			const run = font!.font.layout(text, features);
			return run.glyphs.map((glyph, i) => `${glyph.id}@${Object.values(run.positions[i]!).join(',')}`).join(' ');
		};
		// What ccmp composes in this face (a review found the Chinese dash missed: CR-scale5): laid out otherwise without it.
		for (const text of ['——', '――', '这——那', 'm\u0300', 'ê\u0304', 'か\u309a']) {
			expect(composes(font!, text), text).toBe(true);
			expect(layout(text, { ccmp: false }), text).not.toBe(layout(text));
		}
		// Jamo are composed by fontkit's Hangul shaper whichever way: laid out with ccmp all the same.
		expect(composes(font!, '\u1100\u1161\u11a8')).toBe(true);
		const paper = readFileSync(new URL('../../src/content/papers/chatgpt-sora/paper.mdx', import.meta.url), 'utf8');
		const lines = (paper.match(/.{1,40}/gu) ?? []).filter((_, i) => i % 8 === 0);
		// Latin, punctuation, Hangul jamo and syllables, CJK symbols and kana, fullwidth forms, and a stride of the ideographs.
		const blocks: [number, number, number][] = [
			[0x20, 0x24f, 1],
			[0x300, 0x36f, 1],
			[0x1100, 0x11ff, 1],
			[0x2000, 0x206f, 1],
			[0x3000, 0x30ff, 1],
			[0x4e00, 0x9fff, 199],
			[0xa960, 0xa97f, 1],
			[0xac00, 0xd7ff, 127],
			[0xff00, 0xffef, 1],
		];
		const characters = blocks.flatMap(([from, to, step]) =>
			Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => String.fromCodePoint(from + i * step)).filter(
				(c) => !/\p{Cc}|\p{Cn}/u.test(c) && font!.font.hasGlyphForCodePoint(c.codePointAt(0)!),
			),
		);
		// Each character doubled, and every third after each of the characters ccmp's rules begin with in this face (m, M, ê, Ê,
		// the dashes, kana, jamo: every character whose own glyph ccmp covers is among the blocks above).
		const starts = ['m', 'M', 'ê', 'Ê', '—', '―', 'か', 'ウ', '\u1100'];
		const pairs = characters.flatMap((c, i) => [c + c, ...(i % 3 === 0 ? starts.map((start) => start + c) : [])]);
		const runs = Array.from({ length: Math.ceil(characters.length / 12) }, (_, i) => characters.slice(i * 12, i * 12 + 12).join(''));
		let composed = 0;
		for (const text of [...lines, ...runs, ...pairs]) {
			if (composes(font!, text)) composed++;
			else expect(layout(text, { ccmp: false }), text).toBe(layout(text));
		}
		expect(composed).toBeGreaterThan(20);
	},
);

test.skipIf(!font)('a character the font lacks leaves the card to resvg and the system’s fonts, and is named', () => {
	const drawing = cardDrawing({ ...card, en: 'A title with an emoji 😀' }, font);
	expect(drawing.missing).toEqual(['😀']);
	expect(drawing.asOutlines).toBeNull();
	expect(resvgOptions(drawing).font?.loadSystemFonts).toBe(true);
});

test('without Noto Serif CJK SC there is no card font, and the card is drawn as text', () => {
	const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
	expect(findCardFont([empty])).toBeNull();
	const drawing = cardDrawing(card, null);
	expect(drawing.asOutlines).toBeNull();
	expect(drawing.asText).toContain('>从ChatGPT到Sora：生成逻辑、哲学</text>');
});
