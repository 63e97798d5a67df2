/**
 * Sentence alignment, read from the built site: on every reading page, each
 * unit's text in each language is exactly its segments in order, and the
 * lengths the reader's script wraps them by (dist/alignment/) cut it at the
 * segments' edges. tests/unit/alignment.test.ts checks the counts against
 * the content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasClass, parseHtml, textOf, unitBlocks } from '../../src/lib/html-tree.ts';
import { type InlineContext, renderInline } from '../../src/lib/paper/inline.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { SEGMENT_JOINER, segmentId } from '../../src/lib/paper/model.ts';
import { plainText } from '../../src/lib/paper/parse.ts';
import { traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { MODES, readingPath } from '../../src/lib/routes.ts';
import { DIST, loadPage } from '../support/pages.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url).pathname);
const lengths = JSON.parse(readFileSync(new URL(`alignment/${PAPER}.json`, DIST), 'utf8')) as Record<string, Record<'zh' | 'en', number[]>>;
const all = [...paper.text.units, ...paper.text.notes];
const context: InlineContext = { paper: paper.text, backTargets: false, labels: { note: String, missingNote: '', translatorNote: String } };
const isMarker = (el: Parameters<typeof hasClass>[0]) => el.tagName === 'sup';

test('every unit and note with text is listed for the script, with its segments’ lengths', () => {
	for (const unit of all) if (!('missing' in unit && unit.missing)) expect(lengths[unit.id]?.zh.length, unit.id).toBe(unit.segments.length);
});

describe.each(LOCALES.flatMap((ui) => MODES.map((mode) => [readingPath(ui, PAPER, mode), ui] as const)))('%s', (path, ui) => {
	test('each unit’s text, cut by the lengths, is its segments in order', () => {
		// The Traditional pages show the Traditional edition, cut by the same lengths (its conversion keeps them).
		const edition = ui === 'zh-hant' ? traditionalPaper(paper) : paper;
		const byId = new Map([...edition.text.units, ...edition.text.notes].map((u) => [u.id, u]));
		let checked = 0;
		for (const block of unitBlocks(loadPage(path))) {
			const unit = byId.get(block.id);
			const sizes = lengths[block.id];
			if (!unit || !sizes) continue;
			const lang = block.lang.startsWith('zh') ? 'zh' : 'en';
			const rendered = textOf(block.el);
			const withoutMarkers = textOf(block.el, isMarker);
			let at = 0;
			let plainAt = 0;
			unit.segments.forEach((segment, i) => {
				const piece = rendered.slice(at, at + sizes[lang][i]!);
				at += sizes[lang][i]!;
				const joiner = i < unit.segments.length - 1 ? SEGMENT_JOINER[lang] : '';
				const plain = plainText(segment[lang]) + joiner;
				expect(withoutMarkers.slice(plainAt, plainAt + plain.length), segmentId(unit.id, i)).toBe(plain);
				plainAt += plain.length;
				// The piece is the segment as rendered alone: the same text, the markers' numbers where they stand.
				expect(piece, segmentId(unit.id, i)).toBe(textOf(parseHtml(renderInline(segment[lang], context))) + joiner);
				checked++;
			});
			expect(rendered.length, block.id).toBeGreaterThanOrEqual(at);
		}
		expect(checked).toBeGreaterThan(280);
	});
});
