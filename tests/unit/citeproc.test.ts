/**
 * The site's formatters against citeproc-js with the official CSL styles,
 * GB/T 7714—2025 (`china-national-standard-gb-t-7714-2025-numeric`) and
 * Chicago's 18th edition (`chicago-notes-bibliography`), copied into
 * tests/fixtures/csl/: each sample text goes to citeproc-js as the CSL-JSON
 * the site offers for download, and to the site's own small formatter
 * (which the paragraph popover runs in the browser). Undo each difference
 * listed below and the two agree, character for character. Every
 * difference says why it is there; a difference no sample shows any longer
 * fails the test, so the list cannot go stale.
 */
import { describe, expect, test } from 'vitest';
import { type CitableText, chicagoBibliography, chicagoNote, citedUrl, gbt7714, unitLabel } from '../../src/lib/cite.ts';
import { cslItem } from '../../src/lib/citation-files.ts';
import { escapeRegExp } from '../../src/lib/escape.ts';
import { formatWithCsl } from '../support/csl.ts';
import { SAMPLES } from '../support/citable.ts';

const GBT_STYLE = 'china-national-standard-gb-t-7714-2025-numeric';
/** Chicago's notes and bibliography, full notes: the form the site gives. */
const CHICAGO_STYLE = 'chicago-notes-bibliography';

interface Difference {
	/** What the site does that the CSL style does not. */
	what: string;
	why: string;
	/** The site's citation with the difference undone: what the CSL style prints. */
	undo: (citation: string, text: CitableText) => string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const GBT_DIFFERENCES: Difference[] = [
	{
		what: 'a paragraph is named after the title, as a part of it (：第2.1节第3段)',
		why: 'A numeric bibliography entry has no slot for a part of a web page (the numeric system puts a page in the in-text citation); named after the title, the part says what the entry’s #id address points to.',
		undo: (s, t) => (t.unit ? s.replace(`：${unitLabel(t.unit.id, t.lang, t.unit.note)}[EB/OL]`, '[EB/OL]') : s),
	},
	{
		what: 'an editorial title is in square brackets',
		why: 'GB/T 7714—2025 brackets a title supplied by the one who cites (its example “[《昨日之歌》图书封面]”); CSL-JSON has no variable that says a title was supplied.',
		undo: (s, t) => (t.editorialTitle ? s.replace(`[${t.title[t.lang]}]`, t.title[t.lang]) : s),
	},
	{
		what: 'the translator follows the type mark (The site’s editorial team, trans.)',
		why: 'The CSL style’s entry for a web page prints no translator, though its book entry does, in this place and form (“徐超，译.”): the standard places other responsible persons after the title for every type. A Western entry takes half-width punctuation.',
		undo: (s, t) => (t.translator ? s.replace(` ${capitalize(t.translator)}${t.lang === 'zh' ? '，译' : ', trans'}.`, '') : s),
	},
	{
		what: 'the version follows, as an edition statement (1.1版. / Version 1.1.)',
		why: 'The standard gives a version as its edition statement (版本项) after the other responsible persons; the CSL style’s web page entry prints no `version`. Its date is the date of update in the parenthesis, which the style prints from `issued`.',
		undo: (s, t) => (t.version ? s.replace(t.lang === 'zh' ? ` ${t.version.number}版.` : ` Version ${t.version.number}.`, '') : s),
	},
	{
		what: 'a known original venue closes the entry (原载于……)',
		why: 'CSL has no variable for where a text first appeared other than its container; the site says it in words when the source states it (it does not yet).',
		undo: (s, t) => (t.venue ? s.replace(t.lang === 'zh' ? ` 原载于${t.venue.zh}.` : ` Originally published in ${t.venue.en}.`, '') : s),
	},
];

/** The differences of both Chicago forms; `form` tells the note from the bibliography entry. */
const chicagoDifferences = (form: 'note' | 'bibliography'): Difference[] => [
	{
		what: 'the translator named in running text as the site writes it (trans. the site’s editorial team)',
		why: 'The files name the translator capitalized (“The site’s editorial team”), since a style may put the name first, in the author’s place; after “trans.” or “Translated by” the site keeps the name as it is written in a sentence.',
		undo: (s, t) =>
			t.translator
				? s
						.replace(` trans. ${t.translator}`, ` trans. ${capitalize(t.translator)}`)
						.replace(`Translated by ${t.translator}`, `Translated by ${capitalize(t.translator)}`)
				: s,
	},
	{
		what: 'the Chinese title’s English translation, and the editorial mark, in brackets after the title',
		why: 'Chicago follows a title not in English with its translation in brackets, and the site marks a title the editors made; CSL-JSON has no variable for a translated title nor for a supplied one.',
		undo: (s, t) => s.replace(new RegExp(`“${escapeRegExp(t.title[t.lang])}” (?:\\[[^\\]]+\\] ?)+([.,])`), `“${t.title[t.lang]}$1”`),
	},
	{
		what: 'the Chinese edition’s site (and author) named in English',
		why: 'Chicago is an English-language style; the Chinese edition’s CSL-JSON names the site and the author as that edition does (双语学术文库, 张三), for GB/T and the Chinese styles.',
		undo: (s, t) => (t.lang === 'zh' ? s.replace(t.siteName.en, t.siteName.zh).replace(t.author?.en ?? '\u0000', t.author?.zh ?? '') : s),
	},
	{
		what: 'no author: the title comes first',
		why: 'Where there is no author the CSL style puts the translator (“the site’s editorial team, trans.”) or, in the bibliography, the site in the author’s place, as Chicago allows for a translator standing in for an author and for the owner of a site. The team translated the text and the site publishes it; neither wrote it, and its author is unknown, so the site begins with the title, as Chicago does for an anonymous work.',
		undo: (s, t) => {
			if (t.author) return s;
			if (t.translator) {
				const name = capitalize(t.translator);
				return form === 'note' ? `${name}, trans., ${s.replace(` trans. ${name},`, '')}` : `${name}, trans. ${s.replace(` Translated by ${name}.`, '')}`;
			}
			// The site stands first, and is not repeated before the date (if any).
			const site = t.siteName[t.lang];
			return form === 'note' ? s : `${site}. ${s.replace(` ${site}.`, '').replace(` ${site}, `, ' ')}`;
		},
	},
	{
		what: 'an editorial title’s translation names no original title (originally published as …)',
		why: 'The CSL style names the original’s title from the CSL-JSON `original-title`, which the file keeps as the relation between the editions. When the title is the editors’ (the source has none), the original was not published under it, and “originally published as” would say it was.',
		undo: (s, t) => {
			if (!t.translator || !t.editorialTitle) return s;
			// The style names the original after the site and its date, if any.
			const at = new RegExp(`${escapeRegExp(t.siteName.en)}(?:, (?:[A-Z][a-z]+ \\d{1,2}, )?\\d{4})?(?=[,.])`);
			return form === 'note'
				? s.replace(at, (site) => `${site}; originally published as ${t.title.zh}`)
				: s.replace(at, (site) => `${site}. Originally published as ${t.title.zh}`);
		},
	},
	...(form === 'bibliography'
		? [
				{
					what: 'a paragraph’s bibliography entry gives its edition’s address',
					why: 'A bibliography lists works: a paragraph’s entry is its edition’s, and the note carries the paragraph. The CSL-JSON of a paragraph holds the paragraph’s address, which a style prints in both.',
					undo: (s: string, t: CitableText) => (t.unit ? s.replace(`${t.urls[t.lang]}.`, `${citedUrl(t)}.`) : s),
				},
			]
		: []),
	{
		what: 'a known original venue closes the citation (Originally published in …)',
		why: 'CSL has no variable for where a text first appeared other than its container; the site says it when the source states it (it does not yet).',
		undo: (s, t) => (t.venue ? s.replace(` Originally published in ${t.venue.en}.`, '') : s),
	},
];

/** Undoes every difference in turn; returns the result and the differences that changed something. */
function undoAll(citation: string, text: CitableText, differences: Difference[]): { result: string; applied: string[] } {
	const applied: string[] = [];
	const result = differences.reduce((s, d) => {
		const undone = d.undo(s, text);
		if (undone !== s) applied.push(d.what);
		return undone;
	}, citation);
	return { result, applied };
}

const samples = Object.entries(SAMPLES);
const locator = (t: CitableText) => (t.unit ? unitLabel(t.unit.id, 'note', t.unit.note) : undefined);

describe('GB/T 7714 against citeproc-js', () => {
	const seen = new Set<string>();
	test.each(samples)('%s', (_, text) => {
		const csl = formatWithCsl(GBT_STYLE, cslItem(text), 'zh-CN').bibliography.replace(/^\[1\]\s*/, '');
		const { result, applied } = undoAll(gbt7714(text), text, GBT_DIFFERENCES);
		applied.forEach((d) => seen.add(d));
		expect(result).toBe(csl);
	});
	test('every listed difference shows in some sample', () => {
		expect([...seen].sort()).toEqual(GBT_DIFFERENCES.map((d) => d.what).sort());
	});
});

describe('Chicago against citeproc-js', () => {
	const seen = { note: new Set<string>(), bibliography: new Set<string>() };
	test.each(samples)('%s', (_, text) => {
		const csl = formatWithCsl(CHICAGO_STYLE, cslItem(text), 'en-US', locator(text));
		const note = undoAll(chicagoNote(text), text, chicagoDifferences('note'));
		const bibliography = undoAll(chicagoBibliography(text), text, chicagoDifferences('bibliography'));
		note.applied.forEach((d) => seen.note.add(d));
		bibliography.applied.forEach((d) => seen.bibliography.add(d));
		expect(note.result, 'note').toBe(csl.note);
		expect(bibliography.result, 'bibliography').toBe(csl.bibliography);
	});
	test('every listed difference shows in some sample', () => {
		for (const form of ['note', 'bibliography'] as const) {
			expect([...seen[form]].sort(), form).toEqual(
				chicagoDifferences(form)
					.map((d) => d.what)
					.sort(),
			);
		}
	});
});
