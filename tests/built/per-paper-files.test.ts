/**
 * What a reader of one paper loads does not grow with the collection (issue #28): on the two-paper site
 * (tests/support/build-two-papers.ts), a reading page's print stylesheet holds its own paper's citations and no
 * other's, the other pages' the print rules alone; search and the concordance load their paper's terms, which
 * name no other paper's. Before, `/print.css` and `/aids/terms.json` held every paper's, 4.2 KB a paper each.
 * Run after `npm run build:two-papers`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { findAll, parseHtml } from '../../src/lib/html-tree.ts';
import { LOCALES, uiTag } from '../../src/lib/i18n.ts';
import { MODES, parseRoute } from '../../src/lib/routes.ts';
import { SUB_PATH } from '../support/sub-path.ts';

const SITE = fileURLToPath(new URL('../../dist-two-papers/', import.meta.url));
const PAPERS = ['chatgpt-sora', 'minimal-paper'];

/** Every page of the site, as its path from the site's root (`/en/p/`), with the print stylesheet it links. */
function printLinks(): { path: string; href: string }[] {
	return readdirSync(SITE, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
		.map((file) => {
			const [link] = findAll(parseHtml(readFileSync(join(SITE, file), 'utf8')), (el) => el.tagName === 'link' && el.properties['media'] === 'print');
			return { path: `/${file.replace(/index\.html$/, '')}`, href: String(link?.properties['href']) };
		});
}

test('the two-paper site is built', () => {
	expect(existsSync(SITE), 'dist-two-papers/ (npm run build:two-papers)').toBe(true);
});

test.skipIf(!existsSync(SITE))('a reading page’s print stylesheet is its paper’s, with that paper’s citations alone; other pages get the rules', () => {
	const pages = printLinks();
	for (const paper of PAPERS)
		for (const ui of LOCALES) expect(pages.filter((p) => p.href === `${SUB_PATH}${ui}/${paper}/print.css`)).toHaveLength(MODES.length);
	for (const { path, href } of pages) {
		const route = parseRoute(path);
		expect(href, path).toBe(route?.kind === 'reading' ? `${SUB_PATH}${route.ui}/${route.paper}/print.css` : `${SUB_PATH}print.css`);
	}
	const rules = readFileSync(join(SITE, 'print.css'), 'utf8');
	expect(rules).not.toContain('data-paper=');
	for (const paper of PAPERS)
		for (const ui of LOCALES) {
			const css = readFileSync(join(SITE, ui, paper, 'print.css'), 'utf8');
			expect(css.startsWith(rules), 'the same print rules').toBe(true);
			const named = [...css.matchAll(/html\[lang="([^"]+)"\] \.paper\[data-paper="([^"]+)"\]\[data-mode="([^"]+)"\]/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
			expect(named).toEqual(MODES.map((mode) => `${uiTag(ui)} ${paper} ${mode}`));
		}
});

test.skipIf(!existsSync(SITE))('each paper’s terms are its own, and no file holds every paper’s', () => {
	expect(existsSync(join(SITE, 'aids/terms.json'))).toBe(false);
	for (const paper of PAPERS) {
		const terms = JSON.parse(readFileSync(join(SITE, 'aids', paper, 'terms.json'), 'utf8')) as { paper: string }[];
		expect(terms.length).toBeGreaterThan(0);
		expect(new Set(terms.map((t) => t.paper))).toEqual(new Set([paper]));
	}
});
