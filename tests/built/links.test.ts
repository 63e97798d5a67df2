/**
 * Every internal link and anchor of the built site resolves: page links,
 * #unit anchors, note links and back-links, contents, mode and language
 * switches, the glossary, and the places search results lead to. External
 * links are checked for form only (there is no network in CI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findAll } from '../../src/lib/html-tree.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import type { AlignedDownload } from '../../src/lib/downloads.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { MODES, parseRoute } from '../../src/lib/routes.ts';
import { builtPages, DIST, loadPage } from '../support/pages.ts';

const pages = builtPages();
const idsOf = new Map<string, Set<string>>();
const linksOf = new Map<string, string[]>();
for (const page of pages) {
	const tree = loadPage(`/${page}`);
	idsOf.set(page, new Set(findAll(tree, (el) => typeof el.properties['id'] === 'string').map((el) => String(el.properties['id']))));
	linksOf.set(
		page,
		findAll(tree, (el) => el.tagName === 'a' && typeof el.properties['href'] === 'string').map((el) => String(el.properties['href'])),
	);
}

/** The built file a site path is served from. */
const fileOf = (path: string): string => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

function broken(from: string, href: string): string | undefined {
	const url = new URL(href, `http://site/${from.replace(/index\.html$/, '')}`);
	if (url.host !== 'site') return /^https?:$/.test(url.protocol) ? undefined : `${from}: ${href} is not an http(s) link`;
	const target = fileOf(url.pathname);
	if (!existsSync(new URL(target, DIST))) return `${from}: ${href} leads to no page`;
	const id = decodeURIComponent(url.hash.slice(1));
	if (id && !idsOf.get(target)?.has(id)) return `${from}: ${href} leads to no #${id} on ${url.pathname}`;
	return undefined;
}

test('every link of every page resolves', () => {
	const problems: string[] = [];
	let checked = 0;
	for (const [page, links] of linksOf) {
		for (const href of links) {
			if (href === '#') continue; // the note popover's "go to note" link, set by script
			checked++;
			const problem = broken(page, href);
			if (problem) problems.push(problem);
		}
	}
	expect(checked).toBeGreaterThan(1000);
	expect(problems).toEqual([]);
});

test('external links in notes are whole URLs, kept as links', () => {
	const external = [...linksOf.values()].flat().filter((href) => /^https?:/.test(href));
	expect(external.length).toBeGreaterThan(0);
	for (const href of external) {
		expect(() => new URL(href), href).not.toThrow();
		// Whole, and nothing of the surrounding text (a full stop, a Chinese comma) swallowed into it.
		expect(href, href).toMatch(/^https?:\/\/[\x21-\x7e]+[\w/#-]$/);
	}
	expect(external).toContain('https://www.thepaper.cn/newsDetail_forward_2637061');
});

test('every search record leads to its unit, in every mode and interface language', () => {
	const papers = [
		...new Set(
			pages
				.filter((p) => /^zh\/[^/]+\/index\.html$/.test(p) && parseRoute(`/${p.replace(/index\.html$/, '')}`)?.kind === 'reading')
				.map((p) => p.split('/')[1]!),
		),
	];
	expect(papers.length).toBeGreaterThan(0);
	for (const paper of papers) {
		const records = searchRecords(JSON.parse(readFileSync(new URL(`downloads/${paper}.json`, DIST), 'utf8')) as AlignedDownload);
		expect(records.length).toBeGreaterThan(0);
		const modePages = pages.filter((p) => {
			const route = parseRoute(`/${p.replace(/index\.html$/, '')}`);
			return route?.kind === 'reading' && route.paper === paper;
		});
		expect(modePages).toHaveLength(LOCALES.length * MODES.length);
		for (const record of records) {
			expect(broken('index.html', record.url), record.url).toBeUndefined();
			const unit = record.filters.unit[0]!.split('#')[1];
			for (const page of modePages) expect(idsOf.get(page)?.has(unit!), `${page}#${unit}`).toBe(true);
		}
	}
});
