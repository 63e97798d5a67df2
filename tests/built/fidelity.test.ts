/**
 * Nothing lost, nothing invented: the Chinese of the built reading page,
 * notes included, against the source with its extraction artefacts removed
 * (see tests/support/source.ts for exactly which).
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { findAll, hasClass, notText as notSourceText, textOf, unitBlocks } from '../../src/lib/html-tree.ts';
import { loadPage } from '../support/pages.ts';
import { firstDifference, readSource, splitNoteBlock, squeeze } from '../support/source.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS).filter((id) => existsSync(new URL(`${id}/source.txt`, PAPERS)));

/** The footnote map of NOTES.md, for the papers it describes. */
const NOTE_MAP: Record<string, { markers: number; withText: number; missing: number }> = {
	'chatgpt-sora': { markers: 21, withText: 19, missing: 2 },
};

const zhUnits = (container: Element): Element[] =>
	unitBlocks(container)
		.filter((block) => block.lang === 'zh-CN')
		.map((block) => block.el);

test('there is a paper with a source to check', () => {
	expect(papers.length).toBeGreaterThan(0);
});

describe.each(papers)('%s', (paper) => {
	const source = readSource(new URL(`${paper}/source.txt`, PAPERS));
	const page = loadPage(`/zh/${paper}/`);
	const [text] = findAll(page, (el) => hasClass(el, 'text'));
	const [notes] = findAll(page, (el) => hasClass(el, 'notes'));
	if (!text || !notes) throw new Error(`/zh/${paper}/ has no .text or no .notes`);
	const siteBody = squeeze(
		zhUnits(text)
			.map((el) => textOf(el, notSourceText))
			.join(''),
	);
	const noteItems = findAll(notes, (el) => el.tagName === 'li');

	test('the running text equals the source, character for character', () => {
		const difference = firstDifference(source.body, siteBody);
		expect(difference, difference).toBeUndefined();
	});

	test('the comparison catches a single dropped or added character', () => {
		const text = source.body;
		const at = Math.floor(text.length / 2);
		expect(firstDifference(text, text)).toBeUndefined();
		expect(firstDifference(text, text.slice(0, at) + text.slice(at + 1))).toContain(`character ${at}`);
		expect(firstDifference(text, `${text.slice(0, at)}的${text.slice(at)}`)).toContain(`character ${at}`);
	});

	test('every note with text equals its source note, a block citing several pages split into one note per page', () => {
		const expected = source.noteBlocks.flatMap(splitNoteBlock);
		const withText = noteItems.filter((li) => !hasClass(li, 'is-missing'));
		expect(withText.map((li) => squeeze(textOf(li, notSourceText)))).toEqual(expected);
	});

	test('markers and notes match the footnote map', () => {
		const map = NOTE_MAP[paper];
		// A note's marker: a <sup> whose link goes to a note (#n…), not to a translator's note (#tn-…).
		const markers = findAll(text, (el) => el.tagName === 'sup' && findAll(el, (a) => String(a.properties['href']).startsWith('#n')).length > 0);
		const missing = noteItems.filter((li) => hasClass(li, 'is-missing'));
		// The source itself: as many markers as notes, page-local numbers that agree once the text-less page-1 notes are set aside.
		const labels = source.noteBlocks.flatMap((b) => b.labels);
		expect(source.markerLabels.length).toBe(noteItems.length);
		expect(source.markerLabels.slice(missing.length)).toEqual(labels);
		if (map) {
			expect(markers).toHaveLength(map.markers);
			expect(noteItems.length - missing.length).toBe(map.withText);
			expect(missing).toHaveLength(map.missing);
		}
		// One numbering: marker i links to the note numbered i, the i-th of the list (which numbers itself).
		expect(noteItems.filter((li) => li.properties['value'] !== undefined)).toEqual([]);
		markers.forEach((marker, i) => {
			const [link] = findAll(marker, (el) => el.tagName === 'a');
			const target = String(link?.properties['href']).slice(1);
			const position = noteItems.findIndex((li) => li.properties['id'] === target);
			expect(position + 1, `marker ${i + 1} → #${target}`).toBe(i + 1);
			expect(textOf(link!)).toBe(String(i + 1));
		});
		// A note the source lacks says so, and carries no text of its own.
		for (const li of missing) {
			expect(squeeze(textOf(li, notSourceText))).toBe('');
			expect(textOf(li)).toContain('原文缺此注的注文');
		}
	});

	test('the English abstract is the author’s, word for word', () => {
		const en = loadPage(`/en/${paper}/`);
		const abstract = unitBlocks(en).find((block) => block.id === 'abstract')?.el;
		expect(abstract?.properties['dataBy']).toBe('author');
		const words = textOf(abstract!, notSourceText).split(/\s+/).filter(Boolean);
		expect(words).toEqual(source.englishAbstract);
	});
});
