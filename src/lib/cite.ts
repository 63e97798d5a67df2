/**
 * Citations of a text on this site in the styles a reader copies into a
 * paper: GB/T 7714—2025 (numeric, the bibliography entry) and Chicago, 18th
 * edition (notes and bibliography: the full note and the bibliography
 * entry). Pure string functions, no I/O, so the about page, the paragraph
 * popover (in the browser) and the tests share one formatter. The files for
 * reference managers (BibTeX, RIS, CSL-JSON) are in citation-files.ts.
 *
 * Two rules run through every style:
 * - A fact the source does not state (author, venue, year) is never guessed:
 *   it is left out where the style allows silence, or said to be unknown
 *   where the style (or the reader) needs to know.
 * - A title the editors made up is marked as theirs, so nobody quotes it as
 *   the author's.
 *
 * Each style was checked against citeproc-js with the official CSL styles;
 * tests/unit/citeproc.test.ts lists what differs, and why.
 */
import type { Lang } from './paper/model.ts';

export interface CitableText {
	/** The edition cited: the Chinese original or its English translation. */
	lang: Lang;
	title: { zh: string; en: string };
	/** The source has no title; the editors made this one. */
	editorialTitle: boolean;
	/** Facts the source states; absent ones are unknown and must be said to be unknown, never guessed. */
	author?: { zh: string; en: string };
	venue?: { zh: string; en: string };
	year?: number;
	/** The site (this edition's publisher). */
	siteName: { zh: string; en: string };
	/** Each edition's page (absolute, canonical): `urls[lang]` is cited, the other is its original or its translation. */
	urls: { zh: string; en: string };
	/** When the reader accessed it. */
	accessed: Date;
	/** A paragraph-level citation: the unit's id (e.g. "s2-1-p3") and, for a note, its number in the text. */
	unit?: { id: string; note?: number };
	/** For a translation (the English edition): who translated it (e.g. "the site’s editorial team"). */
	translator?: string;
	/** A stable key for reference managers, e.g. "chatgpt-sora". */
	key: string;
	/** The edition's version read (versions.yaml): its number and the day it was published (YYYY-MM-DD). */
	version?: { number: string; date: string };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The access date's parts in UTC, so a citation does not change with the machine's time zone. */
export function utcParts(date: Date): [year: number, month: number, day: number] {
	return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** `2026-11-25` (GB/T 7714's and biblatex's dates), or with another separator (`2026/11/25` for RIS). */
export const isoDate = (date: Date, separator = '-'): string =>
	utcParts(date)
		.map((n) => String(n).padStart(2, '0'))
		.join(separator);

/** `November 25, 2026`: Chicago's date. */
function chicagoDate(date: Date): string {
	const [year, month, day] = utcParts(date);
	return `${MONTHS[month - 1] ?? ''} ${day}, ${year}`;
}

/** The day a version was published, as a Date at midnight UTC. */
const versionDay = (text: CitableText): Date | undefined => (text.version ? new Date(`${text.version.date}T00:00:00Z`) : undefined);

/** Ends a sentence with a period unless it already ends with one of its own (a title ending in "?"). */
const sentence = (s: string): string => (/[.?!。？！]$/.test(s) ? s : `${s}.`);

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The address cited: the edition's page, and the unit's anchor on it. */
export const citedUrl = (text: CitableText): string => text.urls[text.lang] + (text.unit ? `#${text.unit.id}` : '');

/**
 * How a unit is named in a citation, from its id (the site's scheme, see
 * README): `s2-1-p3` is 第2.1节第3段 (`zh`), "section 2.1, paragraph 3"
 * (`en`) or, as a Chicago note's locator, "sec. 2.1, para. 3" (`note`);
 * `s2` the section's heading; `intro-p1` the introduction's first paragraph;
 * a note by its number in the text, 注7 / "note 7" / "n. 7".
 */
export function unitLabel(id: string, form: 'zh' | 'en' | 'note', noteNumber?: number): string {
	const zh = form === 'zh';
	const short = form === 'note';
	// A sentence (an aligned segment, `s2-1-p3.2`): its unit's label, and its number there.
	const segment = /^(.+)\.(\d+)$/.exec(id);
	if (segment)
		return zh
			? `${unitLabel(segment[1]!, form, noteNumber)}第${segment[2]}句`
			: `${unitLabel(segment[1]!, form, noteNumber)}, ${short ? 'sent.' : 'sentence'} ${segment[2]}`;
	if (id === 'abstract') return zh ? '摘要' : 'abstract';
	const note = /^n(\d+)$/.exec(id);
	if (note) return `${zh ? '注' : short ? 'n. ' : 'note '}${noteNumber ?? note[1]}`;
	const paragraph = short ? 'para.' : 'paragraph';
	const intro = /^intro-p(\d+)$/.exec(id);
	if (intro) return zh ? `引言第${intro[1]}段` : `introduction, ${paragraph} ${intro[1]}`;
	const section = /^s(\d+(?:-\d+)*)(?:-p(\d+))?$/.exec(id);
	if (!section) return id;
	const number = section[1]!.replaceAll('-', '.');
	const sec = `${short ? 'sec.' : 'section'} ${number}`;
	if (section[2]) return zh ? `第${number}节第${section[2]}段` : `${sec}, ${paragraph} ${section[2]}`;
	return zh ? `第${number}节标题` : `${sec}, heading`;
}

/**
 * GB/T 7714—2025, numeric system, a web page (8.11):
 * `主要责任者. 题名[EB/OL]. 其他责任者. （发布日期）[引用日期]. URL.`
 *
 * - Punctuation as in the standard's examples: the period, brackets and
 *   slash half-width, the comma, colon and parentheses full-width, in
 *   Chinese and Western entries alike.
 * - No author: the entry starts with the title (the numeric system omits
 *   佚名/Anon). No date of publication: the parenthesis is dropped and the
 *   access date stays, since the text is a network resource.
 * - An editorial title is in square brackets, the standard's mark for a
 *   title supplied by the one who cites: `[从ChatGPT到Sora：…][EB/OL]`.
 * - A unit is cited as a part of the title, after it: `：第2.1节第3段`. The
 *   URL then carries `#id`.
 * - The translator follows the type mark, as the standard places other
 *   responsible persons, with the entry's own punctuation (a Western entry
 *   takes half-width): `本站编辑组，译.` / `The site’s editorial team, trans.`
 * - The version follows, as the standard places an edition statement
 *   (版本项): `1.1版.` / `Version 1.1.`; its date is the date of
 *   publication or update in the parenthesis, before the access date.
 * - No site: the standard's web page entry has no publisher; the URL names it.
 * - The venue, when known, closes the entry: `原载于某学报.` /
 *   `Originally published in Some Journal.`
 */
export function gbt7714(text: CitableText): string {
	const zh = text.lang === 'zh';
	let title = text.title[text.lang];
	if (text.editorialTitle) title = `[${title}]`;
	if (text.unit) title += `：${unitLabel(text.unit.id, text.lang, text.unit.note)}`;
	const parts = [`${title}[EB/OL].`];
	if (text.author) parts.unshift(`${text.author[text.lang]}.`);
	if (text.translator) parts.push(`${capitalize(text.translator)}${zh ? '，译' : ', trans'}.`);
	if (text.version) parts.push(zh ? `${text.version.number}版.` : `Version ${text.version.number}.`);
	const published = text.version?.date ?? (text.year === undefined ? undefined : String(text.year));
	parts.push(`${published === undefined ? '' : `（${published}）`}[${isoDate(text.accessed)}].`, `${citedUrl(text)}.`);
	if (text.venue) parts.push(zh ? `原载于${text.venue.zh}.` : `Originally published in ${text.venue.en}.`);
	return parts.join(' ');
}

/**
 * The title as Chicago gives it: in curly quotes; for the Chinese edition the
 * Chinese title as published, followed by its English translation in square
 * brackets; an editorial title followed by `[editorial title]`. `close` is
 * the punctuation that ends the title's part of the entry (a period in the
 * bibliography, a comma in a note): inside the closing quote, as Chicago puts
 * it, or after a bracket; none after a title's own question mark.
 */
function chicagoTitle(text: CitableText, close: '.' | ','): string {
	const title = text.title[text.lang];
	const brackets = [...(text.lang === 'zh' ? [`[${text.title.en}]`] : []), ...(text.editorialTitle ? ['[editorial title]'] : [])];
	if (brackets.length) return `“${title}” ${brackets.join(' ')}${close}`;
	return /[.?!。？！]$/.test(title) ? `“${title}”` : `“${title}${close}”`;
}

/** The title a translation's original was published under: none when the title is the editors' (the source has none). */
const originalTitle = (text: CitableText): string | undefined => (text.translator && !text.editorialTitle ? text.title.zh : undefined);

/** The date Chicago gives after the site: the version's day, else the original's year; none if neither is known. */
function chicagoPublished(text: CitableText): string | undefined {
	const day = versionDay(text);
	return day ? chicagoDate(day) : text.year === undefined ? undefined : String(text.year);
}

/** The original's year, after its title, when the date given is the version's (else the year is the date given). */
const originalYear = (text: CitableText): string => (text.version && text.year !== undefined ? ` (${text.year})` : '');

/** The site, and the date of publication if there is one. */
const chicagoSite = (text: CitableText): string => [text.siteName.en, chicagoPublished(text)].filter(Boolean).join(', ');

/**
 * Chicago (18th ed.) notes and bibliography, the full note of a web page:
 * `Author, “Title,” trans. X, Site, Year; originally published as Original,
 * sec. 2.1, para. 3, accessed Month D, YYYY, URL.`
 *
 * - Chicago is an English-language style: the author, the site and the
 *   venue in English (a Chinese name romanized, family name first), the
 *   locator in Chicago's abbreviations (sec., para., n.).
 * - No author: the note starts with the title; nothing says "unknown".
 * - The version after the title, before the translator; the version's day is
 *   the date of publication, after the site. The access date only when
 *   there is no date of publication, as Chicago asks for web content.
 * - A translation names its original's title (`originally published as`),
 *   unless the title is the editors': the original was not published
 *   under it.
 * - A paragraph is the locator, after the site, as for a page number; the URL
 *   then carries `#id`.
 */
export function chicagoNote(text: CitableText): string {
	const parts = [];
	if (text.version) parts.push(`version ${text.version.number}`);
	if (text.translator) parts.push(`trans. ${text.translator}`);
	const site = chicagoSite(text);
	const original = originalTitle(text);
	parts.push(original ? `${site}; originally published as ${original}${originalYear(text)}` : site);
	if (text.unit) parts.push(unitLabel(text.unit.id, 'note', text.unit.note));
	if (!chicagoPublished(text)) parts.push(`accessed ${chicagoDate(text.accessed)}`);
	parts.push(citedUrl(text));
	const note = `${text.author ? `${text.author.en}, ` : ''}${chicagoTitle(text, ',')} ${parts.join(', ')}.`;
	return text.venue ? `${note} Originally published in ${sentence(text.venue.en)}` : note;
}

/**
 * Chicago (18th ed.) notes and bibliography, the bibliography entry of a web
 * page: `Author. “Title.” Translated by X. Site, Year. Originally published as
 * Original. Accessed Month D, YYYY. URL.`
 * A bibliography lists works, not paragraphs: a unit's entry is its
 * edition's, and the note carries the locator.
 */
export function chicagoBibliography(text: CitableText): string {
	const parts: string[] = [];
	if (text.author) parts.push(sentence(text.author.en));
	parts.push(chicagoTitle(text, '.'));
	if (text.version) parts.push(`Version ${text.version.number}.`);
	if (text.translator) parts.push(sentence(`Translated by ${text.translator}`));
	parts.push(`${chicagoSite(text)}.`);
	const original = originalTitle(text);
	if (original) parts.push(sentence(`Originally published as ${original}${originalYear(text)}`));
	if (!chicagoPublished(text)) parts.push(`Accessed ${chicagoDate(text.accessed)}.`);
	parts.push(`${text.urls[text.lang]}.`);
	if (text.venue) parts.push(sentence(`Originally published in ${text.venue.en}`));
	return parts.join(' ');
}
