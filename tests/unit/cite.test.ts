/**
 * The citation styles. Every expected string is written out by hand from
 * the style's rules (GB/T 7714—2025's web page entry, Chicago 18th edition's
 * note and bibliography entry for a web page), not pasted from the
 * functions' output; citeproc.test.ts compares the same records with the
 * official CSL styles.
 */
import { describe, expect, test } from 'vitest';
import { type CitableText, chicagoBibliography, chicagoNote, gbt7714, unitLabel } from '../../src/lib/cite.ts';
import { enDoc, enKnownUnit, enNote, enUnit, known, TITLE_EN, TITLE_ZH, zhDoc, zhKnown, zhUnit } from '../support/citable.ts';

describe('gbt7714 (GB/T 7714—2025)', () => {
	test('the Chinese edition, whole document: no author, the editorial title in brackets, no site, the access date', () => {
		expect(gbt7714(zhDoc)).toBe(`[${TITLE_ZH}][EB/OL]. [2026-11-25]. https://example.org/zh/chatgpt-sora/.`);
	});

	test('the Chinese edition, one paragraph: its label after the title, its anchor in the URL', () => {
		expect(gbt7714(zhUnit)).toBe(`[${TITLE_ZH}]：第2.1节第3段[EB/OL]. [2026-11-25]. https://example.org/zh/chatgpt-sora/#s2-1-p3.`);
	});

	test('the English edition: the translator after the type mark, with a Western entry’s half-width comma', () => {
		expect(gbt7714(enDoc)).toBe(`[${TITLE_EN}][EB/OL]. The site’s editorial team, trans. [2026-11-25]. https://example.org/en/chatgpt-sora/.`);
		expect(gbt7714(enUnit)).toBe(
			`[${TITLE_EN}]：section 2.1, paragraph 3[EB/OL]. The site’s editorial team, trans. [2026-11-25]. https://example.org/en/chatgpt-sora/#s2-1-p3.`,
		);
	});

	test('author, date and venue appear when the source states them, and no editorial mark then', () => {
		expect(gbt7714(zhKnown)).toBe(`张三. ${TITLE_ZH}[EB/OL]. （2024）[2026-11-25]. https://example.org/zh/chatgpt-sora/. 原载于某学报.`);
	});

	test('the Chinese translator is marked 译', () => {
		expect(gbt7714({ ...zhDoc, translator: '本站编辑组' })).toContain('[EB/OL]. 本站编辑组，译. [2026-11-25].');
	});

	test('an unknown author is neither invented nor announced', () => {
		for (const text of [zhDoc, zhUnit, enDoc, enUnit]) expect(gbt7714(text)).not.toMatch(/佚名|Anon|unknown/);
	});
});

describe('chicagoNote (Chicago 18th, full note)', () => {
	test('the Chinese edition: the title, its translation and the editorial mark, then the site in English', () => {
		expect(chicagoNote(zhDoc)).toBe(
			`“${TITLE_ZH}” [${TITLE_EN}] [editorial title], Bilingual Scholarly Texts, accessed November 25, 2026, https://example.org/zh/chatgpt-sora/.`,
		);
	});

	test('a paragraph is the locator, after the site, in Chicago’s abbreviations', () => {
		expect(chicagoNote(zhUnit)).toBe(
			`“${TITLE_ZH}” [${TITLE_EN}] [editorial title], Bilingual Scholarly Texts, sec. 2.1, para. 3, accessed November 25, 2026, https://example.org/zh/chatgpt-sora/#s2-1-p3.`,
		);
		expect(chicagoNote(enNote)).toBe(
			`“${TITLE_EN}” [editorial title], trans. the site’s editorial team, Bilingual Scholarly Texts, n. 7, accessed November 25, 2026, https://example.org/en/chatgpt-sora/#n7.`,
		);
	});

	test('an author’s title takes the comma inside its quotes; with a date, no access date; the original’s title after the site', () => {
		expect(chicagoNote(enKnownUnit)).toBe(
			`Zhang San, “${TITLE_EN},” trans. the site’s editorial team, Bilingual Scholarly Texts, 2024; originally published as ${TITLE_ZH}, sec. 2.1, para. 3, https://example.org/en/chatgpt-sora/#s2-1-p3. Originally published in Some Journal.`,
		);
	});

	test('an editorial title names no original title: the original was not published under it', () => {
		for (const text of [enDoc, enUnit, enNote]) {
			expect(chicagoNote(text)).not.toContain('originally published as');
			expect(chicagoBibliography(text)).not.toContain('Originally published as');
		}
	});

	test('a title ending in a question mark keeps it, and takes no comma', () => {
		const question: CitableText = { ...enDoc, ...known, title: { zh: '何为？', en: 'What Is It?' } };
		expect(chicagoNote(question)).toMatch(/^Zhang San, “What Is It\?” trans\. /);
	});
});

describe('chicagoBibliography (Chicago 18th)', () => {
	test('the Chinese edition: starts with the title, as for an anonymous work', () => {
		expect(chicagoBibliography(zhDoc)).toBe(
			`“${TITLE_ZH}” [${TITLE_EN}] [editorial title]. Bilingual Scholarly Texts. Accessed November 25, 2026. https://example.org/zh/chatgpt-sora/.`,
		);
	});

	test('the English edition: translated by, after the title', () => {
		expect(chicagoBibliography(enDoc)).toBe(
			`“${TITLE_EN}” [editorial title]. Translated by the site’s editorial team. Bilingual Scholarly Texts. Accessed November 25, 2026. https://example.org/en/chatgpt-sora/.`,
		);
	});

	test('a paragraph’s entry is its edition’s: the bibliography lists works', () => {
		expect(chicagoBibliography(enUnit)).toBe(chicagoBibliography(enDoc));
	});

	test('known author, date and venue', () => {
		expect(chicagoBibliography(enKnownUnit)).toBe(
			`Zhang San. “${TITLE_EN}.” Translated by the site’s editorial team. Bilingual Scholarly Texts, 2024. Originally published as ${TITLE_ZH}. https://example.org/en/chatgpt-sora/. Originally published in Some Journal.`,
		);
	});

	test('an unknown author is neither invented nor announced', () => {
		for (const text of [zhDoc, zhUnit, enDoc, enUnit]) {
			expect(chicagoBibliography(text)).not.toMatch(/unknown|Anon|佚名/i);
			expect(chicagoNote(text)).not.toMatch(/unknown|Anon|佚名/i);
		}
	});
});

describe('dates', () => {
	test('the access date is the UTC day, whatever the offset it was given with', () => {
		const lateInNewYork: CitableText = { ...zhDoc, accessed: new Date('2026-11-25T23:30:00-05:00') };
		expect(gbt7714(lateInNewYork)).toContain('[2026-11-26]');
		expect(chicagoBibliography(lateInNewYork)).toContain('Accessed November 26, 2026.');
		expect(chicagoNote({ ...zhDoc, accessed: new Date('2027-01-05T00:00:00Z') })).toContain('accessed January 5, 2027,');
	});
});

describe('unitLabel', () => {
	test('names units by the site’s id scheme, in each language and as a Chicago locator', () => {
		expect(unitLabel('s2-1-p3', 'en')).toBe('section 2.1, paragraph 3');
		expect(unitLabel('s2-1-p3', 'zh')).toBe('第2.1节第3段');
		expect(unitLabel('s2-1-p3', 'note')).toBe('sec. 2.1, para. 3');
		// A sentence: an aligned segment of a unit.
		expect(unitLabel('s2-1-p3.2', 'en')).toBe('section 2.1, paragraph 3, sentence 2');
		expect(unitLabel('s2-1-p3.2', 'zh')).toBe('第2.1节第3段第2句');
		expect(unitLabel('abstract.4', 'note')).toBe('abstract, sent. 4');
		expect(unitLabel('s2-2-1', 'en')).toBe('section 2.2.1, heading');
		expect(unitLabel('intro-p1', 'zh')).toBe('引言第1段');
		expect(unitLabel('intro-p1', 'note')).toBe('introduction, para. 1');
		expect(unitLabel('abstract', 'en')).toBe('abstract');
		expect(unitLabel('n7', 'en', 7)).toBe('note 7');
		expect(unitLabel('n7', 'note', 7)).toBe('n. 7');
		expect(unitLabel('n7', 'zh', 9)).toBe('注9');
	});
});
