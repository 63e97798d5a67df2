/**
 * The about page of this project's paper, as built, states what its review
 * records measured: the last full review's figure (or, while no round
 * covers everything, the latest round's and what it left out) and a row
 * per round, in every interface. The records' reading and figures are
 * tested in reviews.test.ts; the table's cells on the fixture in
 * tests/e2e/two-papers.spec.ts.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { findAll, hasClass, textOf } from '../../src/lib/html-tree.ts';
import { LOCALES, t } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { lastFullReview, roundFigures } from '../../src/lib/paper/quality.ts';
import { loadPage } from '../support/pages.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const figures = roundFigures(paper.reviews, paper.text, paper.glossary);

test.each(LOCALES)('the about page (%s) states the review figures of the paper’s records', (ui) => {
	const page = loadPage(`/${ui}/${PAPER}/about/`);
	const [section] = findAll(page, (el) => el.tagName === 'section' && hasClass(el, 'quality'));
	expect(section, 'the quality section').toBeDefined();
	const text = textOf(section!).replace(/\s+/g, ' ');
	expect(text).toContain(t(ui, 'qualityMethod'));
	const rows = findAll(section!, (el) => el.tagName === 'tr').length - 1;
	if (figures.length === 0) return expect(text).toContain(t(ui, 'qualityNone'));
	expect(rows).toBe(figures.length);
	const shown = lastFullReview(figures) ?? figures.at(-1)!;
	const number = new Intl.NumberFormat(ui === 'en' ? 'en-US' : 'zh-CN');
	const sentence = t(ui, lastFullReview(figures) ? 'qualityLastFull' : 'qualityNoFull')
		.replace('{round}', String(shown.round))
		.replace('{words}', number.format(shown.words))
		.replace('{points}', shown.perThousand.toFixed(1))
		.replace('{major}', String(shown.errors.major))
		.replace('{critical}', String(shown.errors.critical))
		.replace('{missing}', String(shown.uncovered.length))
		.replace('{total}', String(shown.reviewable));
	expect(text).toContain(sentence);
	// Each round's header says what it covered, so a partial round's figures are not read as the whole English's.
	const headers = findAll(section!, (el) => el.tagName === 'th' && el.properties['scope'] === 'row').map((th) => textOf(th).trim());
	const [before, after] = t(ui, 'qualityPartialMark').split('{parts}');
	figures.forEach((round, i) => {
		if (round.full) return expect(headers[i]).toBe(`${round.round}${t(ui, 'qualityFullMark')}`);
		expect(headers[i]!.startsWith(`${round.round}${before}`) && headers[i]!.endsWith(after!), headers[i]).toBe(true);
		if (round.beyond.includes('edition')) expect(headers[i]).toContain(t(ui, 'qualityPartEdition'));
	});
	// Round 5 reviewed the edition notes only: partial, so it never stands as the last full review, which is round 3
	// or a later round that covered everything (round 14 reviewed the whole English again).
	const fifth = figures.find((f) => f.round === 5);
	if (fifth) {
		expect(fifth).toMatchObject({ full: false, beyond: ['edition'] });
		expect(fifth.uncovered).toHaveLength(fifth.reviewable);
		expect(headers[figures.indexOf(fifth)]).toBe({ en: '5 (partial: the edition notes)', zh: '5（部分：版本说明）', 'zh-hant': '5（部分：版本說明）' }[ui]);
		const lastFull = lastFullReview(figures);
		expect(lastFull?.full).toBe(true);
		expect(lastFull!.round).not.toBe(5);
		expect(lastFull!.round).toBeGreaterThanOrEqual(3);
	}
});
