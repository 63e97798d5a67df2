/**
 * What a built page weighs: its HTML, the CSS and JavaScript that load with
 * it, each raw and gzipped, and the gzipped text of the paper it shows, so
 * that what the site costs beyond the text can be measured. The budget test
 * and the benchmark both measure through here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findAll, notText, parseHtml, textOf } from '../../src/lib/html-tree.ts';

export interface Weight {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	html: Weight;
	css: Weight;
	/** JavaScript files that load with the page (module scripts and their static imports), not what loads on demand. */
	js: Weight;
	/** All JavaScript that runs at load, inline scripts included (their bytes are inside the HTML too). */
	jsAtLoad: Weight;
	/** The paper's text on the page (units, notes, title, translator's notes), gzipped alone. */
	text: Weight;
	/** Scripts that would block the first paint: classic scripts fetched without async or defer. */
	blockingScripts: number;
	/** gzip(HTML) + gzip(CSS) + gzip(JS) − gzip(text): what the site costs beyond the text. */
	beyondText: number;
}

const weigh = (content: string | Buffer): Weight => ({ raw: Buffer.byteLength(content), gzip: gzipSync(content, { level: 9 }).length });
const sum = (weights: Weight[]): Weight => ({ raw: weights.reduce((a, w) => a + w.raw, 0), gzip: weights.reduce((a, w) => a + w.gzip, 0) });

/** A module and every module it imports statically (`import … from`, `import "…"`), each once. */
function moduleGraph(dist: string, path: string, seen = new Set<string>()): string[] {
	if (seen.has(path)) return [];
	seen.add(path);
	const code = readFileSync(join(dist, path), 'utf8');
	const imports = [...code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
	return [path, ...imports.flatMap((spec) => moduleGraph(dist, new URL(spec, `http://x/${path}`).pathname.slice(1), seen))];
}

export function pageWeight(dist: string, page: string): PageWeight {
	const html = readFileSync(join(dist, page), 'utf8');
	const tree = parseHtml(html);
	// A print stylesheet (media="print") neither blocks nor styles the screen: it is not what a reader waits for.
	const stylesheets = findAll(
		tree,
		(el) => el.tagName === 'link' && String(el.properties['rel']).includes('stylesheet') && el.properties['media'] !== 'print',
	).map((el) => String(el.properties['href']));
	const scripts = findAll(tree, (el) => el.tagName === 'script');
	const moduleSources = scripts.filter((el) => el.properties['type'] === 'module' && el.properties['src']).map((el) => String(el.properties['src']).slice(1));
	const modules = [...new Set(moduleSources.flatMap((src) => moduleGraph(dist, src)))];
	const inlineScripts = scripts.filter((el) => !el.properties['src'] && el.properties['type'] !== 'application/ld+json').map((el) => textOf(el));
	// A classic script the browser must fetch before it can go on; an inline one (a few statements, fetching nothing) is not counted.
	const blockingScripts = scripts.filter(
		(el) => el.properties['src'] && el.properties['type'] !== 'module' && el.properties['async'] === undefined && el.properties['defer'] === undefined,
	).length;
	// The text: its units and notes, its title, its translator's notes.
	const text = findAll(
		tree,
		(el) => el.properties['dataUnit'] !== undefined || el.tagName === 'h1' || (el.tagName === 'li' && String(el.properties['id']).startsWith('tn-')),
	)
		.map((el) => textOf(el, notText))
		.join('\n');
	const weights = {
		html: weigh(html),
		css: sum(stylesheets.map((href) => weigh(readFileSync(join(dist, href.slice(1)))))),
		// Inline scripts are inside the HTML already; only files count here.
		js: sum(modules.map((path) => weigh(readFileSync(join(dist, path))))),
		jsAtLoad: sum([...modules.map((path) => weigh(readFileSync(join(dist, path)))), ...inlineScripts.map(weigh)]),
		text: weigh(text),
	};
	return { ...weights, blockingScripts, beyondText: weights.html.gzip + weights.css.gzip + weights.js.gzip - weights.text.gzip };
}
