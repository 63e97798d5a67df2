/**
 * A citation as a file a reference manager imports: BibTeX (biblatex
 * `@online`), RIS and CSL-JSON. Each carries the same facts in its own
 * structured fields: the title, the edition's language, the site, the
 * address and access date and, for the translation, the translator as a
 * translator (not an author) and its original. What no field can say (an
 * editorial title, the facts unknown, where the other edition is) goes into
 * one note, in the edition's language. Pure string functions, shared by the
 * downloads and the paragraph popover; tests/unit/citation-files.test.ts
 * reads every format back with a standard parser.
 */
import { type CitableText, capitalize, citedUrl, isoDate, unitLabel, utcParts } from './cite.ts';
import { collapseSpaces } from './paper/characters.ts';
import { HTML_LANG } from './paper/model.ts';

/**
 * The note, in the edition's language, as one sentence of clauses (a
 * reference manager shows a note as one piece of text): the editorial title,
 * the facts unknown, the original venue, the other edition, the unit cited.
 */
export function citationNote(text: CitableText): string {
	const zh = text.lang === 'zh';
	const clauses: string[] = [];
	if (text.editorialTitle) clauses.push(zh ? '编者拟题（原文无标题）' : 'editorial title (the source has none)');
	if (!text.author) clauses.push(zh ? '作者不详' : 'author unknown');
	if (text.venue) clauses.push(zh ? `原载于${text.venue.zh}` : `originally published in ${text.venue.en}`);
	else clauses.push(zh ? '原载处不详' : 'original venue unknown');
	// With a version's date in the record, "year unknown" would seem to deny it: the unknown year is the original's.
	if (text.year === undefined) clauses.push(text.version ? (zh ? '原文年份不详' : 'the original’s year unknown') : zh ? '年份不详' : 'year unknown');
	if (text.version) clauses.push(zh ? `版本 ${text.version.number}（${text.version.date}）` : `version ${text.version.number} of ${text.version.date}`);
	if (text.translator)
		clauses.push(zh ? `${text.translator}译自中文原文 ${text.urls.zh}` : `translated by ${text.translator} from the Chinese original, ${text.urls.zh}`);
	else clauses.push(zh ? `英译本 ${text.urls.en}` : `English translation at ${text.urls.en}`);
	if (text.unit) clauses.push(zh ? `引文位置：${unitLabel(text.unit.id, 'zh', text.unit.note)}` : `cited at ${unitLabel(text.unit.id, 'en', text.unit.note)}`);
	const note = clauses.join(zh ? '；' : '; ');
	return note.charAt(0).toUpperCase() + note.slice(1);
}

/**
 * The translator as a name field gives it: capitalized, since a style may
 * put it first, in the author's place (Chicago does when there is no
 * author: "The site’s editorial team, trans."); running text keeps it as
 * written ("translated by the site’s editorial team").
 */
const translatorName = (text: CitableText): string | undefined => (text.translator ? capitalize(text.translator) : undefined);

/** The edition's date: the version's day (YYYY-MM-DD), for the fields of a date of publication. */
const versionParts = (text: CitableText): [number, number, number] | undefined =>
	text.version ? (text.version.date.split('-').map(Number) as [number, number, number]) : undefined;

/** Reduces a key or an id to the characters safe in a BibTeX key and a file name. */
const slug = (s: string): string => s.replace(/[^A-Za-z0-9_-]+/g, '-');

/**
 * The entry's key: the text's key, the edition, and the unit if any. The
 * two editions (and a paragraph of either) are different items, and one
 * document may cite several of them without a key clash.
 */
const entryKey = (text: CitableText): string => [text.key, text.lang, ...(text.unit ? [text.unit.id] : [])].map(slug).join('-');

export type CitationFormat = 'bib' | 'ris' | 'csl.json';

/** The name of a downloadable citation file: `chatgpt-sora-zh.bib`, `chatgpt-sora-zh-s2-1-p3.ris`, `chatgpt-sora-en.csl.json`. */
export const citationFileName = (text: CitableText, format: CitationFormat): string => `${entryKey(text)}.${format}`;

/** Whitespace runs (tabs, line breaks) as one space: no format here keeps a line break inside a value. U+3000, NBSP and the like are text, and stay. */
const oneLine = collapseSpaces;

const TEX_SPECIALS: Record<string, string> = {
	'\\': '\\textbackslash{}',
	// BibTeX counts every brace, escaped or not: a lone `\}` would still end the field. These commands have none of their own.
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	// Braced, a double quote cannot end a quote-delimited value nor start a babel shorthand.
	'"': '{"}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	// In TeX's default (OT1) encoding these print as other glyphs (`<` as ¡, `>` as ¿, `|` as —): named, they print as themselves.
	'<': '\\textless{}',
	'>': '\\textgreater{}',
	'|': '\\textbar{}',
};

/** Text for a BibTeX field: on one line, TeX's special characters escaped in one pass, so no escape is escaped again. */
const escapeTex = (s: string): string => oneLine(s).replace(/[\\{}"&%$#_~^<>|]/g, (c) => TEX_SPECIALS[c] ?? c);

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
function bibtexTitle(text: CitableText, lang: 'zh' | 'en'): string {
	const names = namesToProtect(text);
	return escapeTex(text.title[lang]).replace(/[A-Za-z][A-Za-z0-9]*/g, (word) => (names.has(word) ? `{${word}}` : word));
}

/** The biblatex language names (babel's and polyglossia's): what `language` and `origlanguage` take. */
const BIBLATEX_LANGUAGE = { zh: 'chinese', en: 'english' } as const;

/**
 * A biblatex `@online` entry, dated by its version (`date`, `version`).
 * Names (the author, when known, and the
 * translator) are wrapped in an extra pair of braces: BibTeX would otherwise
 * split "Zhang San" into a given name "Zhang" and a family name "San", and
 * the translator is a team. A translation names its original in `origtitle`
 * and `origlanguage`. The URL is not TeX-escaped, since `url` is a verbatim
 * field and escaping would break the link; only braces, which would
 * unbalance the entry, are percent-encoded.
 */
export function bibtex(text: CitableText): string {
	const fields: [string, string][] = [['title', bibtexTitle(text, text.lang)]];
	if (text.author) fields.push(['author', `{${escapeTex(text.author[text.lang])}}`]);
	const translator = translatorName(text);
	if (translator) fields.push(['translator', `{${escapeTex(translator)}}`]);
	// The edition's date is this text's date; the original's year, when known, is its origdate.
	if (text.version) fields.push(['date', text.version.date], ['version', escapeTex(text.version.number)]);
	if (text.year !== undefined) fields.push([text.version ? 'origdate' : 'date', String(text.year)]);
	fields.push(['organization', escapeTex(text.siteName[text.lang])], ['language', BIBLATEX_LANGUAGE[text.lang]]);
	if (text.translator) fields.push(['origtitle', bibtexTitle(text, 'zh')], ['origlanguage', BIBLATEX_LANGUAGE.zh]);
	fields.push(
		['url', oneLine(citedUrl(text)).replace(/[{}]/g, encodeURIComponent)],
		['urldate', isoDate(text.accessed)],
		['note', escapeTex(citationNote(text))],
	);
	const body = fields.map(([name, value]) => `\t${name} = {${value}},`).join('\n');
	return `@online{${entryKey(text)},\n${body}\n}\n`;
}

/**
 * A RIS record of type ELEC (a web page). The tags are those Zotero's RIS
 * translator reads for a web page: `T2` the site (its website title), `A4`
 * the translator (the RIS specification has no translator tag for ELEC;
 * Zotero reads `A4` as one for every type), `LA` the language, `Y2` the
 * access date; the access date again in `M1`, where the specification puts
 * it for ELEC and EndNote and Citation.js look (Zotero prefers `Y2`). Lines
 * end with CR LF, as the specification asks and older reference managers
 * need; RIS has no continuation lines, so a value is kept on one. One `N1`
 * line, since a manager makes each `N1` a separate note. Author and year
 * lines are omitted when unknown, and the note says so.
 */
export function ris(text: CitableText): string {
	const accessed = isoDate(text.accessed, '/');
	const lines: [string, string][] = [
		['TY', 'ELEC'],
		['TI', text.title[text.lang]],
	];
	if (text.author) lines.push(['AU', text.author[text.lang]]);
	const translator = translatorName(text);
	if (translator) lines.push(['A4', translator]);
	// The edition's date (PY its year, DA the day) and version (ET, the edition); else the original's year.
	if (text.version) lines.push(['PY', text.version.date.slice(0, 4)], ['DA', text.version.date.replaceAll('-', '/')], ['ET', text.version.number]);
	else if (text.year !== undefined) lines.push(['PY', String(text.year)]);
	lines.push(
		['T2', text.siteName[text.lang]],
		['LA', HTML_LANG[text.lang]],
		['UR', citedUrl(text)],
		['Y2', accessed],
		['M1', accessed],
		['N1', citationNote(text)],
		['ID', entryKey(text)],
	);
	return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - ', ''].join('\r\n');
}

/** The CSL-JSON variables this site writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
	id: string;
	type: 'webpage';
	title: string;
	'container-title': string;
	language: string;
	URL: string;
	accessed: { 'date-parts': [[number, number, number]] };
	author?: { literal: string }[];
	translator?: { literal: string }[];
	'original-title'?: string;
	issued?: { 'date-parts': [[number] | [number, number, number]] };
	'original-date'?: { 'date-parts': [[number]] };
	version?: string;
	note: string;
}

/** CSL dates: the version's day as `issued` (with `version`), the original's year as `original-date`; or, unversioned, the year as `issued`. */
function dates(text: CitableText): Pick<CslItem, 'issued' | 'original-date' | 'version'> {
	const day = versionParts(text);
	const year = text.year === undefined ? undefined : ([text.year] as [number]);
	if (!day) return year ? { issued: { 'date-parts': [year] } } : {};
	return { issued: { 'date-parts': [day] }, version: text.version!.number, ...(year ? { 'original-date': { 'date-parts': [year] } } : {}) };
}

/**
 * A CSL-JSON item (the input of citeproc-js, Zotero's and Pandoc's
 * citation processors). A web page whose container is the site, so that a
 * CSL style names the site as Chicago and GB/T want it. Names are literal:
 * the site does not split a name it was not given split. A translation names
 * its translator and `original-title`.
 */
export function cslItem(text: CitableText): CslItem {
	return {
		id: entryKey(text),
		type: 'webpage',
		title: text.title[text.lang],
		'container-title': text.siteName[text.lang],
		language: HTML_LANG[text.lang],
		URL: citedUrl(text),
		accessed: { 'date-parts': [utcParts(text.accessed)] },
		...(text.author ? { author: [{ literal: text.author[text.lang] }] } : {}),
		...(text.translator ? { translator: [{ literal: translatorName(text)! }], 'original-title': text.title.zh } : {}),
		...dates(text),
		note: citationNote(text),
	};
}

/** A CSL-JSON file: an array of items, here one. */
export const cslJson = (text: CitableText): string => `${JSON.stringify([cslItem(text)], null, 1)}\n`;
