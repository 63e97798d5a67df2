/**
 * citeproc-js (the CSL processor inside Zotero and Mendeley) with the
 * official CSL styles and locales, at test time only. The styles and locales
 * are copied unchanged into tests/fixtures/csl/ (its README names their
 * commits and their license, CC BY-SA 3.0): no npm package ships GB/T
 * 7714—2025 or Chicago's 18th edition yet. citeproc-js reads the XML itself.
 */
import { readFileSync } from 'node:fs';
import CSL, { type Engine } from 'citeproc';

const CSL_DIR = new URL('../fixtures/csl/', import.meta.url);

/** The styles the tests format with, by their id in the CSL repository. */
export type CslStyleId = 'china-national-standard-gb-t-7714-2025-numeric' | 'chicago-notes-bibliography';

const read = (file: string): string => readFileSync(new URL(file, CSL_DIR), 'utf8');

/** The locales kept: each style's own language; any other falls back to American English, as citeproc-js does. */
const retrieveLocale = (lang: string): string => read(`locales-${lang === 'zh-CN' ? 'zh-CN' : 'en-US'}.xml`);

/** What a style makes of one item: its bibliography entry and its first note (or in-text citation), as plain text. */
export interface CslOutput {
	bibliography: string;
	note: string;
}

/** One engine per style and locale: building one from a style takes a second or two (Chicago's is 240 KB). */
const engines = new Map<string, { engine: Engine; item: { current: unknown } }>();
let calls = 0;

function engineFor(style: CslStyleId, lang: string): { engine: Engine; item: { current: unknown } } {
	const key = `${style} ${lang}`;
	let entry = engines.get(key);
	if (!entry) {
		const item = { current: undefined as unknown };
		entry = { engine: new CSL.Engine({ retrieveLocale, retrieveItem: () => item.current }, read(`${style}.csl`), lang, true), item };
		entry.engine.setOutputFormat('text');
		engines.set(key, entry);
	}
	return entry;
}

/**
 * Formats one CSL-JSON item with a style, in a locale, citing it at
 * `locator` (a CSL locator without a label, printed as given) in a note.
 * Each call is a fresh start: the engine forgets earlier citations (so no
 * note is an "ibid." or a short note), and the item goes in under an id of
 * its own, since citeproc-js keeps an item by its id.
 */
export function formatWithCsl(style: CslStyleId, item: { id: string }, lang: string, locator?: string): CslOutput {
	const { engine, item: slot } = engineFor(style, lang);
	const id = `call-${++calls}`;
	slot.current = { ...item, id };
	engine.restoreProcessorState([]);
	engine.updateItems([id]);
	const bibliography = engine.makeBibliography()[1].join('').trim();
	const cited = engine.processCitationCluster({ citationItems: [{ id, ...(locator ? { locator } : {}) }], properties: { noteIndex: 1 } }, [], []);
	return { bibliography, note: cited[1][0]?.[1] ?? '' };
}
