/**
 * The page's own ids are listed once (src/lib/page-ids.ts), so that the
 * loader can refuse a content id that would clash with one. This test reads
 * every component, layout, page, script and library module for the ids they
 * create (`id="…"`, `id={…}`, `el.id = …`, `setAttribute('id', …)`, and the
 * templates among them, `ref-${…}`) and fails on one the list does not hold,
 * and on a listed id nothing creates any more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { PAGE_ID_PREFIXES, PAGE_IDS, pageIdFault } from '../../src/lib/page-ids.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const FOLDERS = ['components', 'layouts', 'pages', 'scripts', 'lib'];

/** Ids made from content ids (a unit's, a note's, a term's): the loader checks those themselves. */
const CONTENT_IDS = /^(?:unit|note|term)\??\.id$/;

/**
 * Not pages: the list itself, the loader, whose messages quote content ids (`<P id="s1-p1">`), and the
 * guide's planted faults, which edit the fixture's content.
 */
const NOT_PAGES = [
	// The EPUBs' package and navigation documents: no content id is in either.
	'lib/epub/package.ts',
	'lib/page-ids.ts',
	'lib/paper/parse.ts',
	'lib/paper/folder.ts',
	'lib/paper/inline-check.ts',
	'lib/guide/editor-faults.ts',
	// The social cards' glyph outlines: ids inside an image's own SVG, never in a page.
	'lib/card-glyphs.ts',
];

const sources = FOLDERS.flatMap((folder) =>
	readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(astro|ts)$/.test(name) && !NOT_PAGES.includes(`${folder}/${name}`))
		.map((name) => ({ file: relative(SRC, join(SRC, folder, name)), text: readFileSync(join(SRC, folder, name), 'utf8') })),
);

/** Every id a source creates: as written (`search-dialog`, `ref-${id}`), or as the expression it is (`{unit.id}`). */
function idsIn(text: string): string[] {
	const patterns = [
		/\bid="([^"]*)"/g,
		/\bid='([^']*)'/g,
		/\bid=\{`([^`]*)`\}/g,
		/\bid=(\{[^`}][^}]*\})/g,
		/\.id\s*=\s*(?:'([^']*)'|"([^"]*)"|`([^`]*)`)/g,
		/setAttribute\(\s*['"]id['"]\s*,\s*(?:'([^']*)'|"([^"]*)"|`([^`]*)`)/g,
	];
	return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m.slice(1).find((g) => g !== undefined)!));
}

const found = sources.flatMap(({ file, text }) => idsIn(text).map((id) => ({ file, id })));

test('the scan finds the ids it should (the reader of sources works)', () => {
	const ids = found.map((f) => f.id);
	expect(ids).toContain('search-dialog');
	expect(ids).toContain('main');
	expect(ids).toContain('ref-${id}');
	expect(ids).toContain('{unit.id}');
});

test('every id the pages and scripts create is in the one list of page ids', () => {
	const unlisted = found.filter(({ id }) => {
		if (id.startsWith('{')) return !CONTENT_IDS.test(id.slice(1, -1));
		const literal = id.split('${')[0]!;
		// `${unitId}.${n}`: a segment's id, made from a unit's (and no unit id holds a dot).
		// `${unit.id}`: a content id, as a template writes it (the EPUBs').
		if (id.includes('${') && literal === '') return !/^\$\{unitId\}\./.test(id) && !/^\$\{(?:unit|note)\.id\}$/.test(id);
		return id.includes('${') ? !PAGE_ID_PREFIXES.includes(literal) : !PAGE_IDS.includes(id);
	});
	expect(unlisted, 'add these to src/lib/page-ids.ts (an exact id to PAGE_IDS, the part before ${…} to PAGE_ID_PREFIXES)').toEqual([]);
});

test('every listed page id is still created somewhere', () => {
	const exact = new Set(found.map((f) => f.id));
	const prefixes = new Set(found.filter((f) => f.id.includes('${')).map((f) => f.id.split('${')[0]!));
	expect(PAGE_IDS.filter((id) => !exact.has(id))).toEqual([]);
	expect(PAGE_ID_PREFIXES.filter((p) => !prefixes.has(p))).toEqual([]);
});

test('a content id equal to a page id, or starting with a prefix of one, is refused', () => {
	expect(pageIdFault('search-dialog')).toContain('is the page');
	expect(pageIdFault('ref-n2')).toContain('starts with “ref-”');
	expect(pageIdFault('s2-1-p3')).toBeUndefined();
	expect(pageIdFault('reference')).toBeUndefined();
});
