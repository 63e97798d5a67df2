/**
 * Every internal link and anchor of the built site resolves: page links,
 * #unit anchors, note links and back-links, contents, mode and language
 * switches, the glossary, and the places search results lead to. External
 * links are checked for form only (there is no network in CI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findAll, textOf } from '../../src/lib/html-tree.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import type { AlignedDownload } from '../../src/lib/downloads.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { MODES, parseRoute } from '../../src/lib/routes.ts';
import { builtPages, DIST, loadPage } from '../support/pages.ts';

const pages = builtPages();
const idsOf = new Map<string, Set<string>>();
const linksOf = new Map<string, string[]>();
/** Each page's links that leave it (not an anchor in itself), with their text. */
const linkTextsOf = new Map<string, { href: string; text: string }[]>();
for (const page of pages) {
	const tree = loadPage(`/${page}`);
	idsOf.set(page, new Set(findAll(tree, (el) => typeof el.properties['id'] === 'string').map((el) => String(el.properties['id']))));
	const anchors = findAll(tree, (el) => el.tagName === 'a' && typeof el.properties['href'] === 'string');
	linksOf.set(
		page,
		anchors.map((el) => String(el.properties['href'])),
	);
	linkTextsOf.set(
		page,
		anchors
			.map((el) => ({ href: String(el.properties['href']), text: textOf(el).trim().toLowerCase() }))
			.filter(({ href }) => !href.startsWith('#') && !/^(javascript|mailto):/i.test(href)),
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

/**
 * Lighthouse's link-text audit (SEO), on every page rather than on the pages lighthouse.spec.ts audits: no link
 * leaving the page says only "here" or "more". Its English list; it has none for Chinese.
 */
const NON_DESCRIPTIVE = new Set([
	'click here',
	'click this',
	'go',
	'here',
	'information',
	'learn more',
	'more',
	'more info',
	'more information',
	'right here',
	'read more',
	'see more',
	'start',
	'this',
]);

test('every link that leaves its page says where it leads (no “here”, no “more”)', () => {
	const vague = [...linkTextsOf].flatMap(([page, links]) =>
		links.filter(({ text }) => NON_DESCRIPTIVE.has(text)).map(({ href, text }) => `${page}: “${text}” → ${href}`),
	);
	expect([...linkTextsOf.values()].flat().length).toBeGreaterThan(1000);
	expect(vague).toEqual([]);
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
