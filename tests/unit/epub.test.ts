/**
 * The EPUB editions, built from the paper's model without a site build:
 * every document well-formed XML; every unit's and note's text in the
 * edition's languages, in reading order, and no other language's; each note
 * a footnote its markers link to and that links back to each of them; the
 * contents listing every heading as the site words it; the metadata; the
 * zip's `mimetype` first and stored. tests/built/epub.test.ts runs epubcheck
 * on the built files.
 */
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { epubBook, epubFiles } from '../../src/lib/epub/book.ts';
import { EPUB_EDITIONS, type EpubEdition } from '../../src/lib/epub/editions.ts';
import { findAll, notText, parseHtml, textOf, unitBlocks } from '../../src/lib/html-tree.ts';
import { langTags } from '../../src/lib/i18n.ts';
import { collapseSpaces } from '../../src/lib/paper/characters.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import type { Lang, Paper } from '../../src/lib/paper/model.ts';
import { plainText } from '../../src/lib/paper/plain-text.ts';
import { traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { currentVersion } from '../../src/lib/paper/versions.ts';

const source = readPaperFolder(fileURLToPath(new URL('../../src/content/papers/chatgpt-sora/', import.meta.url)));
const SITE = new URL('https://example.org/');
const BUILT = new Date('2026-12-06T12:34:56.789Z');

const edition = (id: string): EpubEdition => EPUB_EDITIONS.find((e) => e.id === id)!;
const shown = (e: EpubEdition): Paper => (e.id === 'zh-hant' ? traditionalPaper(source) : source);

/** The book's content documents in spine order, parsed, from its package document. */
function book(e: EpubEdition) {
	const files = epubFiles(source, e, SITE, BUILT);
	const opf = files['EPUB/package.opf']!;
	const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
	const spine = [...opf.matchAll(/<itemref idref="([^"]+)"(?! linear="no")/g)].map((m) => hrefs.get(m[1]!)!);
	const docs = spine.map((file) => ({ file, tree: parseHtml(files[`EPUB/${file}`]!) }));
	return { files, opf, docs, nav: parseHtml(files['EPUB/nav.xhtml']!) };
}
const books = new Map(EPUB_EDITIONS.map((e) => [e.id, book(e)]));

const attr = (el: Element, name: string): string | undefined => {
	const value = el.properties[name];
	return value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};
const epubType = (el: Element) => attr(el, 'epub:type') ?? attr(el, 'epubType') ?? attr(el, 'epub:Type');
const squeeze = (s: string) => collapseSpaces(s).replace(/\s+/g, ' ');

describe.each(EPUB_EDITIONS.map((e) => e.id))('the %s edition', (id) => {
	const e = edition(id);
	const paper = shown(e);
	const { files, opf, docs, nav } = books.get(e.id)!;
	const tags = langTags(e.uis[0]!);

	test('every file is well-formed XML', () => {
		for (const [path, text] of Object.entries(files)) {
			if (path.endsWith('.css')) continue;
			expect(XMLValidator.validate(text), path).toBe(true);
		}
	});

	test('every unit and note, in each of the edition’s languages, in reading order; no other language’s text', () => {
		const blocks = docs.flatMap(({ tree }) => unitBlocks(tree as Root));
		const ids = [...new Set(blocks.map((b) => b.id))];
		// The units in their order; the notes, each at the end of the chapter that first marks it, in theirs.
		const units = new Set(paper.text.units.map((u) => u.id));
		expect(ids.filter((id) => units.has(id))).toEqual(paper.text.units.map((u) => u.id));
		expect(ids.filter((id) => !units.has(id))).toEqual(paper.text.notes.map((n) => n.id));
		for (const unit of [...paper.text.units, ...paper.text.notes]) {
			const langs = blocks.filter((b) => b.id === unit.id).map((b) => b.lang);
			expect(langs, unit.id).toEqual(e.langs.map((l) => tags[l]));
			for (const lang of e.langs) {
				const block = blocks.find((b) => b.id === unit.id && b.lang === tags[lang])!;
				expect(squeeze(textOf(block.el, notText)), `${unit.id} ${lang}`).toBe(squeeze(plainText(unit.text[lang])));
			}
		}
	});

	test('a note the source lacks says so, in each language shown, marked as the editors’', () => {
		const missing = paper.text.notes.filter((n) => n.missing);
		expect(missing.length).toBeGreaterThan(0);
		for (const note of missing) {
			const aside = docs.flatMap(({ tree }) => findAll(tree as Root, (el) => attr(el, 'id') === note.id))[0]!;
			const statements = findAll(aside, (el) => attr(el, 'dataEditorial') !== undefined);
			expect(statements.length, note.id).toBe(e.langs.length);
		}
	});

	test('translator’s notes wherever the English is, each marked as the editors’', () => {
		const asides = docs.flatMap(({ tree }) => findAll(tree as Root, (el) => (attr(el, 'className') ?? '').includes('translator-note')));
		expect(asides.map((a) => attr(a, 'id'))).toEqual(e.langs.includes('en') ? expect.arrayContaining(paper.text.translatorNotes.map((n) => n.id)) : []);
		if (e.langs.includes('en')) expect(asides).toHaveLength(paper.text.translatorNotes.length);
		for (const aside of asides) {
			const note = paper.text.translatorNotes.find((n) => n.id === attr(aside, 'id'))!;
			expect(squeeze(textOf(aside, notText))).toBe(squeeze(plainText(note.content)));
			expect(findAll(aside, (el) => attr(el, 'dataEditorial') !== undefined)).toHaveLength(1);
		}
	});

	test('each marker links to its footnote in the same document, and each footnote links back to each of its markers', () => {
		let markers = 0;
		for (const { file, tree } of docs) {
			const byId = new Map(findAll(tree as Root, (el) => attr(el, 'id') !== undefined).map((el) => [attr(el, 'id')!, el]));
			const refs = findAll(tree as Root, (el) => el.tagName === 'a' && epubType(el) === 'noteref');
			const asides = findAll(tree as Root, (el) => el.tagName === 'aside' && epubType(el) === 'footnote');
			markers += refs.length;
			for (const ref of refs) {
				const target = byId.get(attr(ref, 'href')!.replace(/^#/, ''));
				expect(target && epubType(target), `${file}: ${attr(ref, 'href')}`).toBe('footnote');
			}
			const backs = asides.flatMap((aside) => findAll(aside, (el) => (attr(el, 'className') ?? '').includes('backref')).map((a) => attr(a, 'href')!));
			// Every marker is returned to, and every return lands on a marker.
			expect(new Set(backs.map((h) => h.replace(/^#/, '')))).toEqual(new Set(refs.map((r) => attr(r, 'id'))));
			for (const aside of asides)
				expect(
					refs.some((r) => attr(r, 'href') === `#${attr(aside, 'id')}`),
					`${file}: ${attr(aside, 'id')} has a marker`,
				).toBe(true);
		}
		// Each note is marked once per language of the text, the translator's notes once in the English.
		const tns = e.langs.includes('en') ? paper.text.translatorNotes.length : 0;
		expect(markers).toBe(paper.text.notes.length * e.langs.length + tns);
	});

	test('the contents list every heading, as the site words it, and reach it', () => {
		const toc = findAll(nav as Root, (el) => el.tagName === 'nav' && epubType(el) === 'toc')[0]!;
		const links = findAll(toc, (el) => el.tagName === 'a');
		const idFile = new Map(docs.flatMap(({ file, tree }) => findAll(tree as Root, (el) => attr(el, 'id') !== undefined).map((el) => [attr(el, 'id')!, file])));
		const headings = paper.text.units.filter((u) => u.kind === 'h2' || u.kind === 'h3' || u.kind === 'h4');
		const listed = links.filter((a) => attr(a, 'href')!.includes('#'));
		expect(listed.map((a) => attr(a, 'href'))).toEqual(headings.map((h) => `${idFile.get(h.id)}#${h.id}`));
		headings.forEach((h, i) => {
			expect(squeeze(textOf(listed[i]!))).toBe(squeeze(e.langs.map((l: Lang) => plainText(h.text[l])).join(' ')));
		});
		// And the back matter: glossary, bibliography, colophon, citation.
		expect(links.map((a) => attr(a, 'href'))).toEqual(expect.arrayContaining(['glossary.xhtml', 'bibliography.xhtml', 'colophon.xhtml', 'citation.xhtml']));
		const landmarks = findAll(nav as Root, (el) => el.tagName === 'nav' && epubType(el) === 'landmarks')[0]!;
		expect(findAll(landmarks, (el) => el.tagName === 'a').map(epubType)).toEqual(['toc', 'bodymatter', 'glossary', 'bibliography', 'colophon']);
	});

	test('the glossary holds every term; the colophon the version and rights; the citation the site’s own', () => {
		const text = (file: string) => squeeze(textOf(docs.find((d) => d.file === file)!.tree as Root));
		for (const term of paper.glossary) expect(text('glossary.xhtml')).toContain(term.zh);
		const version = currentVersion(paper.versions)!;
		expect(text('colophon.xhtml')).toContain(`${version.version} · ${version.date}`);
		expect(text('colophon.xhtml')).toContain('CC BY 4.0');
		expect(text('citation.xhtml')).toContain(e.langs.includes('en') ? `Version ${version.version}.` : `${version.version}版.`);
	});

	test('the metadata: title, languages, a stable identifier per edition, the date modified, the version, the translator as the citations name him', () => {
		expect(opf).toContain(`<dc:identifier id="book-id">https://example.org/downloads/chatgpt-sora.${e.id}.epub</dc:identifier>`);
		expect(opf).toContain(`<dc:title id="title-${e.langs[0]}" xml:lang="${tags[e.langs[0]!]}">${paper.meta.title[e.langs[0]!]}</dc:title>`);
		expect([...opf.matchAll(/<dc:language>([^<]+)</g)].map((m) => m[1])).toEqual(e.langs.map((l) => tags[l]));
		expect(opf).toContain('<meta property="dcterms:modified">2026-12-06T12:34:56Z</meta>');
		expect(opf).toContain(`<meta property="schema:version">${currentVersion(paper.versions)!.version}</meta>`);
		expect(opf.includes('<dc:creator')).toBe(false);
		expect(opf).toContain('<meta property="schema:accessModeSufficient">textual</meta>');
		expect(opf.includes('>trl</meta>')).toBe(e.langs.includes('en'));
	});
});

test('the zip opens with `mimetype`, stored, without extra fields, as OCF asks', () => {
	const zip = epubBook(source, edition('en'), SITE, BUILT);
	const view = new DataView(zip.buffer, zip.byteOffset);
	expect(view.getUint32(0, true)).toBe(0x04034b50);
	expect(view.getUint16(8, true), 'stored').toBe(0);
	expect(view.getUint16(26, true)).toBe('mimetype'.length);
	expect(view.getUint16(28, true), 'no extra field').toBe(0);
	expect(new TextDecoder().decode(zip.slice(30, 38 + 'application/epub+zip'.length))).toBe('mimetypeapplication/epub+zip');
});

test('the editions’ identifiers differ, and stay the same from build to build', () => {
	const id = (e: EpubEdition, built: Date) => /<dc:identifier[^>]*>([^<]+)</.exec(epubFiles(source, e, SITE, built)['EPUB/package.opf']!)![1];
	const ids = EPUB_EDITIONS.map((e) => id(e, BUILT));
	expect(new Set(ids).size).toBe(EPUB_EDITIONS.length);
	expect(EPUB_EDITIONS.map((e) => id(e, new Date('2027-01-01T00:00:00Z')))).toEqual(ids);
});
