/**
 * Citations of a text on this site, in the forms a reader copies into a
 * paper or a reference manager: GB/T 7714-2015, Chicago (bibliography entry
 * of a web page), BibTeX (biblatex `@online`) and RIS. Pure string functions,
 * no I/O, so the pages, the downloadable files and the tests share one
 * formatter.
 *
 * Two rules run through every style:
 * - A fact the source does not state (author, venue, year) is never guessed:
 *   it is left out where the style allows silence, or said to be unknown
 *   where the style (or the reader) needs to know.
 * - A title the editors made up is marked as theirs, so nobody quotes it as
 *   the author's.
 *
 * The year, when known, is the source's and sits in the web page entry's date
 * slot, after the site; the venue, when known, closes the entry as the place
 * the text first appeared, since neither GB/T 7714's nor Chicago's web page
 * entry has a slot of its own for it.
 */
import { HTML_LANG } from './paper/model';

export interface CitableText {
	/** The edition cited: the Chinese original page or the English rendering page. */
	lang: 'zh' | 'en';
	title: { zh: string; en: string };
	/** The source has no title; the editors made this one. */
	editorialTitle: boolean;
	/** Facts the source states; absent ones are unknown and must be said to be unknown, never guessed. */
	author?: { zh: string; en: string };
	venue?: { zh: string; en: string };
	year?: number;
	/** The site (this edition's publisher). */
	siteName: { zh: string; en: string };
	/** This edition's URL (absolute), of the page or of the unit (with #id). */
	url: string;
	/** When the reader accessed it. */
	accessed: Date;
	/** A paragraph-level citation: the unit's id (e.g. "s2-1-p3") and its label in the text's language (e.g. "第二节第一小节第3段" / "section 2.1, paragraph 3"). */
	unit?: { id: string; label: string };
	/** For the English edition: who translated it (e.g. "the site's editorial team"). */
	translator?: string;
	/** A stable key for BibTeX/RIS, e.g. "chatgpt-sora". */
	key: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The access date's parts in UTC, so a citation does not change with the machine's time zone. */
function utcParts(date: Date): { year: number; month: number; day: number } {
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `2026-11-25`: GB/T 7714's access date and biblatex's `urldate`. */
function isoDate(date: Date): string {
	const { year, month, day } = utcParts(date);
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `November 25, 2026`: Chicago's date. */
function chicagoDate(date: Date): string {
	const { year, month, day } = utcParts(date);
	return `${MONTHS[month - 1] ?? ''} ${day}, ${year}`;
}

/** `2026/11/25`: RIS dates. */
function risDate(date: Date): string {
	const { year, month, day } = utcParts(date);
	return `${year}/${pad2(month)}/${pad2(day)}`;
}

/** Ends a sentence with a period unless it already ends with one of its own (a title ending in "?"). */
const sentence = (s: string): string => (/[.?!。？！]$/.test(s) ? s : `${s}.`);

/**
 * GB/T 7714-2015, electronic resource:
 * `作者. 题名〔编者拟题〕：单位[EB/OL]. 译者. 网站, 年份[引用日期]. URL. 原载于刊名.`
 *
 * - Punctuation is the standard's own: half-width `. , :` with a space, even
 *   between Chinese words, as in the standard's examples.
 * - No author: `佚名` for the Chinese edition, `Anon` for the English one
 *   (the standard's placeholders for Chinese and Western references).
 * - No year: the year and its comma are dropped, so the site is followed
 *   directly by the access date: `双语学术文库[2026-11-25]`.
 * - An editorial title is followed by `〔编者拟题〕` (Chinese) or
 *   ` [editorial title]` (English); the hexagonal brackets of the Chinese
 *   keep it apart from the `[EB/OL]` type mark that follows.
 * - A unit is cited as a part of the title, after it and any editorial mark:
 *   `：第二节第一小节第3段` (Chinese, full-width colon as Chinese prose writes
 *   it) or `: section 2.1, paragraph 3` (English). The URL then carries `#id`.
 * - The translator is the standard's "other responsible party", after the
 *   type mark: `Trans. by the site's editorial team.`, only when given.
 * - The venue, when known, closes the entry: `原载于某学报.` /
 *   `Originally published in Some Journal.`
 */
export function gbt7714(text: CitableText): string {
	const zh = text.lang === 'zh';
	const author = text.author?.[text.lang] ?? (zh ? '佚名' : 'Anon');
	let title = text.title[text.lang];
	if (text.editorialTitle) title += zh ? '〔编者拟题〕' : ' [editorial title]';
	if (text.unit) title += zh ? `：${text.unit.label}` : `: ${text.unit.label}`;
	const parts = [`${author}. ${title}[EB/OL].`];
	if (text.translator) parts.push(zh ? `${text.translator}, 译.` : `Trans. by ${text.translator}.`);
	const site = text.siteName[text.lang];
	const published = text.year === undefined ? site : `${site}, ${text.year}`;
	parts.push(`${published}[${isoDate(text.accessed)}].`, `${text.url}.`);
	if (text.venue) parts.push(zh ? `原载于${text.venue.zh}.` : `Originally published in ${text.venue.en}.`);
	return parts.join(' ');
}

/**
 * Chicago (17th ed.) notes-bibliography, bibliography entry of a web page:
 * `Author. “Title.” Site Name, Year. Accessed Month D, YYYY. URL.`
 *
 * - Chicago is an English-language style, so the author, the site and the
 *   venue are given in English (a Chinese name in its romanised form, family
 *   name first, with no inverting comma). For the Chinese edition the title is
 *   the Chinese one as published, followed by its English translation in
 *   square brackets, as Chicago gives non-English titles.
 * - No author: the entry starts with the title (Chicago's rule); nothing says
 *   "unknown". No year: the date slot is simply absent, the access date stays.
 * - An editorial title is followed by `[editorial title]`.
 * - A unit follows the title after a comma, in the text's own label:
 *   `“Title,” section 2.1, paragraph 3.` (the comma inside the closing quote,
 *   as Chicago puts it; after a bracket it follows the bracket).
 * - The translator follows the title: `Translated by X.`
 * - The venue, when known, closes the entry: `Originally published in X.`
 * - Curly quotes, as Chicago typesets them and as the site writes its prose.
 */
export function chicago(text: CitableText): string {
	const brackets: string[] = [];
	if (text.lang === 'zh') brackets.push(`[${text.title.en}]`);
	if (text.editorialTitle) brackets.push('[editorial title]');
	const title = text.title[text.lang];
	let titlePart: string;
	if (brackets.length === 0) {
		titlePart = text.unit ? `“${title},” ${text.unit.label}.` : `“${sentence(title)}”`;
	} else {
		const after = brackets.join(' ');
		titlePart = text.unit ? `“${title}” ${after}, ${text.unit.label}.` : `“${title}” ${after}.`;
	}
	const parts: string[] = [];
	if (text.author) parts.push(sentence(text.author.en));
	parts.push(titlePart);
	if (text.translator) parts.push(sentence(`Translated by ${text.translator}`));
	const site = text.siteName.en;
	parts.push(text.year === undefined ? `${site}.` : `${site}, ${text.year}.`);
	parts.push(`Accessed ${chicagoDate(text.accessed)}.`, `${text.url}.`);
	if (text.venue) parts.push(sentence(`Originally published in ${text.venue.en}`));
	return parts.join(' ');
}

/**
 * The note BibTeX and RIS carry, in the edition's language: what their
 * structured fields cannot say (an editorial title, the facts unknown, the
 * original venue, the translator, the paragraph cited), as one sentence of
 * clauses, since a reference manager shows a note as one piece of text.
 */
function citationNote(text: CitableText): string {
	const zh = text.lang === 'zh';
	const clauses: string[] = [];
	if (text.editorialTitle) clauses.push(zh ? '编者拟题（原文无标题）' : 'editorial title (the source has none)');
	if (!text.author) clauses.push(zh ? '作者不详' : 'author unknown');
	if (text.venue) clauses.push(zh ? `原载于${text.venue.zh}` : `originally published in ${text.venue.en}`);
	else clauses.push(zh ? '原载处不详' : 'original venue unknown');
	if (text.year === undefined) clauses.push(zh ? '年份不详' : 'year unknown');
	if (text.translator) clauses.push(zh ? `${text.translator}译` : `translated by ${text.translator}`);
	if (text.unit) clauses.push(zh ? `引文位置：${text.unit.label}` : `cited at ${text.unit.label}`);
	const note = clauses.join(zh ? '；' : '; ');
	return note.charAt(0).toUpperCase() + note.slice(1);
}

/** Reduces a key or an id to the characters safe in a BibTeX key and a file name. */
const slug = (s: string): string => s.replace(/[^A-Za-z0-9_-]+/g, '-');

/**
 * The entry's key: the text's key, the edition, and the unit if any. The
 * two editions (and a paragraph of either) are different items, and one
 * document may cite several of them without a key clash.
 */
const entryKey = (text: CitableText): string => [text.key, text.lang, ...(text.unit ? [text.unit.id] : [])].map(slug).join('-');

/** The name of a downloadable citation file: `chatgpt-sora-zh.bib`, `chatgpt-sora-zh-s2-1-p3.ris`. */
export function citationFileName(text: CitableText, format: 'bib' | 'ris'): string {
	return `${entryKey(text)}.${format}`;
}

const TEX_SPECIALS: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/** Escapes the characters TeX treats as commands, in one pass so no escape is escaped again. */
const escapeTex = (s: string): string => s.replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIALS[c] ?? c);

/**
 * Latin words a bibliography style must not lowercase: those with a capital
 * after the first letter (ChatGPT, GPT) anywhere, and every capitalised Latin
 * word of the Chinese title, since Chinese has no title case and a capital
 * there is a name (Sora). A capitalised English word that is not in the
 * Chinese title may be mere title case, so it is left to the style.
 */
function namesToProtect(text: CitableText): Set<string> {
	const names = new Set<string>();
	for (const word of `${text.title.zh} ${text.title.en}`.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) {
		if (/[A-Z]/.test(word.slice(1))) names.add(word);
	}
	for (const word of text.title.zh.match(/[A-Z][A-Za-z0-9]*/g) ?? []) names.add(word);
	return names;
}

/** A title for BibTeX: escaped, and its names wrapped in braces against lowercasing. */
function bibtexTitle(text: CitableText): string {
	const names = namesToProtect(text);
	return escapeTex(text.title[text.lang]).replace(/[A-Za-z][A-Za-z0-9]*/g, (word) => (names.has(word) ? `{${word}}` : word));
}

/**
 * A biblatex `@online` entry. The author, when known, is wrapped in an extra
 * pair of braces: BibTeX would otherwise split "Zhang San" into a given name
 * "Zhang" and a family name "San". The URL is not TeX-escaped, since `url`
 * is a verbatim field and escaping would break the link; only braces, which
 * would unbalance the entry, are percent-encoded.
 */
export function bibtex(text: CitableText): string {
	const fields: [string, string][] = [['title', bibtexTitle(text)]];
	if (text.author) fields.push(['author', `{${escapeTex(text.author[text.lang])}}`]);
	if (text.year !== undefined) fields.push(['year', String(text.year)]);
	fields.push(
		['url', text.url.replace(/[{}]/g, encodeURIComponent)],
		['urldate', isoDate(text.accessed)],
		['organization', escapeTex(text.siteName[text.lang])],
		['language', text.lang === 'zh' ? 'chinese' : 'english'],
		['note', escapeTex(citationNote(text))],
	);
	const body = fields.map(([name, value]) => `\t${name} = {${value}},`).join('\n');
	return `@online{${entryKey(text)},\n${body}\n}\n`;
}

/** A RIS value on one line: the format has no continuation lines. */
const risValue = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * A RIS record of type ELEC. Lines end with CR LF, as the RIS specification
 * asks and older reference managers need. One `N1` line, the same note as
 * BibTeX's, since a manager makes each `N1` a separate note. Author and year
 * lines are omitted when unknown, and the note says so.
 */
export function ris(text: CitableText): string {
	const lines: [string, string][] = [
		['TY', 'ELEC'],
		['TI', text.title[text.lang]],
	];
	if (text.author) lines.push(['AU', text.author[text.lang]]);
	if (text.year !== undefined) lines.push(['PY', String(text.year)]);
	lines.push(['UR', text.url], ['Y2', risDate(text.accessed)], ['PB', text.siteName[text.lang]], ['LA', HTML_LANG[text.lang]]);
	lines.push(['N1', citationNote(text)]);
	lines.push(['ID', entryKey(text)]);
	return [...lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`), 'ER  - ', ''].join('\r\n');
}

/**
 * How a unit is named in a citation, from its id (the site's scheme, see
 * README): `s2-1-p3` is "section 2.1, paragraph 3" / 第2.1节第3段; `s2` the
 * section's heading; `intro-p1` the introduction's first paragraph; a note
 * by its number in the text, `note 7` / 注7.
 */
export function unitLabel(id: string, lang: 'zh' | 'en', noteNumber?: number): string {
	const zh = lang === 'zh';
	if (id === 'abstract') return zh ? '摘要' : 'abstract';
	const note = /^n(\d+)$/.exec(id);
	if (note) return zh ? `注${noteNumber ?? note[1]}` : `note ${noteNumber ?? note[1]}`;
	const intro = /^intro-p(\d+)$/.exec(id);
	if (intro) return zh ? `引言第${intro[1]}段` : `introduction, paragraph ${intro[1]}`;
	const section = /^s(\d+(?:-\d+)*)(?:-p(\d+))?$/.exec(id);
	if (!section) return id;
	const number = section[1]!.replaceAll('-', '.');
	if (section[2]) return zh ? `第${number}节第${section[2]}段` : `section ${number}, paragraph ${section[2]}`;
	return zh ? `第${number}节标题` : `section ${number}, heading`;
}
