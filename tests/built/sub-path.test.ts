/**
 * The two-paper site, built under a sub-path as GitHub Pages serves a fork
 * (tests/support/build-two-papers.ts, `SITE_URL=http://127.0.0.1:4328/fork/`),
 * names nothing outside it: every file the build wrote (pages, data, scripts,
 * styles, `_headers`, the sitemap, the search index's records) is read for a
 * URL that leads to the site's root instead of its base, root-relative
 * (`href="/en/"`, `url(/x)`, `"/aids/…"`, a `_headers` path) or absolute
 * (`http://127.0.0.1:4328/en/`). Each is reported with its file.
 * Run after `npm run build:two-papers`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { SUB_PATH, TWO_PAPERS_URL } from '../support/sub-path.ts';

const SITE = fileURLToPath(new URL('../../dist-two-papers/', import.meta.url));
const ORIGIN = new URL(TWO_PAPERS_URL).origin;

/** The text of a built file; Pagefind's records (`.pf_fragment`, which hold the search results' URLs) are gzipped. */
function textOf(file: string): string {
	const bytes = readFileSync(file);
	return file.endsWith('.pf_fragment') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/** Pagefind's runtime names its default bundle (`basePath: opts.basePath || "/pagefind/"`); the search scripts always give theirs (routes.ts). */
const ALLOWED = new Set(['pagefind/pagefind.js: /pagefind/']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The URLs in `text` that escape the base: a path from the host's root that names one of the site's own top-level
 * files or folders (`/en/`, `/_astro/x.js`, `/pagefind/`), as an attribute, a string, a `url()`, a line's start
 * (`_headers`) holds it; and a URL of the site's origin outside the base.
 */
function escapingUrls(text: string, topLevel: readonly string[]): string[] {
	const rootRelative = new RegExp(`(?<=^|["'\`(=,\\s])/(?:${topLevel.map(escape).join('|')})(?=[/?#"'\`)\\s,]|$)[^"'\`)\\s,]*`, 'gm');
	const absolute = new RegExp(`${escape(ORIGIN)}(?!${escape(SUB_PATH)})/[^"'\`)\\s,<]*`, 'g');
	return [...text.matchAll(rootRelative), ...text.matchAll(absolute)].map((m) => m[0]);
}

test('the sub-path build names nothing outside its base', () => {
	expect(existsSync(SITE), 'dist-two-papers/ (npm run build:two-papers)').toBe(true);
	// The site's own names at its root, as a root-relative URL would name them (the base is none of them).
	const topLevel = readdirSync(SITE).filter((name) => `/${name}/` !== SUB_PATH);
	const files = readdirSync(SITE, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(html|json|xml|txt|js|mjs|css|webmanifest|pf_fragment|bib|ris|tsv|tmx)$|^_headers$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
	expect(files.length).toBeGreaterThan(50);
	const found = files
		.flatMap((file) => escapingUrls(textOf(file), topLevel).map((url) => `${relative(SITE, file)}: ${url}`))
		.filter((place) => !ALLOWED.has(place));
	expect(found, `${found.length} URL(s) escape ${SUB_PATH}`).toEqual([]);
});

test('what the scan reports', () => {
	const top = ['en', 'zh', '_astro', 'aids', 'favicon.svg'];
	expect(escapingUrls('<a href="/en/p/">', top)).toEqual(['/en/p/']);
	expect(escapingUrls('<a href="/fork/en/p/">', top)).toEqual([]);
	expect(escapingUrls('fetch(`/aids/terms.json`)', top)).toEqual(['/aids/terms.json']);
	expect(escapingUrls('a{background:url(/favicon.svg)}', top)).toEqual(['/favicon.svg']);
	expect(escapingUrls('/_astro/*\n  Cache-Control: x', top)).toEqual(['/_astro/*']);
	expect(escapingUrls(`<loc>${ORIGIN}/en/</loc><loc>${TWO_PAPERS_URL}en/</loc>`, top)).toEqual([`${ORIGIN}/en/`]);
	// A path that is not one of the site's names (a key, a division) is not a URL of it.
	expect(escapingUrls('key === "/" || a / b || "/ Control+K"', top)).toEqual([]);
});
