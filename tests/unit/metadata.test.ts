/**
 * Web metadata and downloads of the built site: JSON-LD, hreflang pairs,
 * canonical URLs, the sitemap, robots.txt, social cards, and the aligned
 * text against the pages.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { findAll, notText, textOf, unitBlocks } from '../../src/lib/hast';
import { builtPages, DIST, loadPage } from '../support/pages';

const ORIGIN = 'http://127.0.0.1:4321';
const pages = builtPages().filter((p) => p !== '404.html');
const pathOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;
const head = new Map<string, Root>(pages.map((p) => [pathOf(p), loadPage(`/${p}`)]));
const linksOf = (tree: Root, rel: string) =>
	findAll(tree, (el) => el.tagName === 'link' && String(el.properties['rel']) === rel).map((el) => ({ lang: String(el.properties['hrefLang'] ?? ''), href: String(el.properties['href']) }));
const meta = (tree: Root, property: string) => findAll(tree, (el) => el.tagName === 'meta' && (el.properties['property'] === property || el.properties['name'] === property))[0]?.properties['content'];
const read = (file: string) => readFileSync(new URL(file, DIST), 'utf8');

describe('JSON-LD', () => {
	const ld = (path: string) => JSON.parse(textOf(findAll(head.get(path)!, (el) => el.tagName === 'script' && el.properties['type'] === 'application/ld+json')[0]!)) as Record<string, unknown>;
	test('the original names its translation, and says nothing the source does not', () => {
		const data = ld('/zh/chatgpt-sora/');
		expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', inLanguage: 'zh-CN', url: `${ORIGIN}/zh/chatgpt-sora/` });
		expect(data['workTranslation']).toMatchObject({ '@type': 'ScholarlyArticle', inLanguage: 'en', url: `${ORIGIN}/en/chatgpt-sora/` });
		expect(String(data['name'])).toContain('ChatGPT');
		for (const unknown of ['author', 'datePublished', 'isPartOf']) expect(data).not.toHaveProperty(unknown);
	});
	test('the translation names its original and its translator', () => {
		const data = ld('/en/chatgpt-sora/');
		expect(data).toMatchObject({ '@type': 'ScholarlyArticle', inLanguage: 'en', translationOfWork: { inLanguage: 'zh-CN', url: `${ORIGIN}/zh/chatgpt-sora/` }, translator: { '@type': 'Organization' } });
	});
});

describe('languages and canonical URLs', () => {
	test('hreflang alternates are reciprocal, and every page has a canonical URL', () => {
		let pairs = 0;
		for (const [path, tree] of head) {
			expect(linksOf(tree, 'canonical'), path).toHaveLength(1);
			const alternates = linksOf(tree, 'alternate').filter((l) => l.lang);
			for (const { href } of alternates) {
				const target = head.get(new URL(href).pathname);
				expect(target, `${path} → ${href}`).toBeDefined();
				expect(linksOf(target!, 'alternate').filter((l) => l.lang), `${href} lists the same alternates as ${path}`).toEqual(alternates);
				pairs++;
			}
			if (alternates.length) expect(alternates.map((a) => a.lang).sort()).toEqual(['en', 'x-default', 'zh-CN']);
		}
		expect(pairs).toBeGreaterThan(20);
	});
	test('a text under the other interface points to its own-language page as canonical', () => {
		expect(linksOf(head.get('/zh/chatgpt-sora/en/')!, 'canonical')[0]?.href).toBe(`${ORIGIN}/en/chatgpt-sora/`);
		expect(linksOf(head.get('/en/chatgpt-sora/zh/')!, 'canonical')[0]?.href).toBe(`${ORIGIN}/zh/chatgpt-sora/`);
	});
	test('every page has Open Graph and Twitter tags, with a PNG social card drawn at build', () => {
		for (const [path, tree] of head) {
			for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card']) expect(meta(tree, property), `${path} ${property}`).toBeTruthy();
			const image = new URL(String(meta(tree, 'og:image'))).pathname;
			const png = readFileSync(new URL(`.${image}`, DIST));
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
	});
});

describe('sitemap and robots.txt', () => {
	const sitemap = read('sitemap-0.xml');
	const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	test('the sitemap lists every canonical page, with its alternates', () => {
		const canonical = [...head].filter(([path, tree]) => new URL(linksOf(tree, 'canonical')[0]!.href).pathname === path).map(([path]) => path);
		expect(listed.sort()).toEqual(canonical.sort());
		expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en/chatgpt-sora/"/>`);
	});
	test('robots.txt allows crawling and names the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
		expect(read('sitemap-index.xml')).toContain(`${ORIGIN}/sitemap-0.xml`);
	});
});

describe('downloads', () => {
	const rows = read('downloads/chatgpt-sora.tsv').trimEnd().split('\n').map((line) => line.split('\t'));
	const units = (lang: string) => {
		const page = loadPage(`/${lang}/chatgpt-sora/`);
		return unitBlocks(page).map(({ id, el }) => ({ id, text: textOf(el, notText).replace(/\s+/g, ' ').trim() }));
	};
	test('the aligned text has one row per unit and note, matching the pages', () => {
		expect(rows[0]).toEqual(['id', 'kind', 'zh', 'en']);
		const body = rows.slice(1);
		const zh = units('zh');
		const en = units('en');
		expect(body.map((r) => r[0])).toEqual(zh.map((u) => u.id));
		body.forEach(([id, kind, zhText, enText], i) => {
			if (kind === 'note-missing') return expect([zhText, enText]).toEqual(['', '']);
			expect(zhText, id).toBe(zh[i]!.text);
			// The English page marks the author's abstract as his; the file gives the text alone.
			expect(en[i]!.text.endsWith(enText!), id).toBe(true);
		});
		expect(body.filter((r) => r[1] === 'note' || r[1] === 'note-missing')).toHaveLength(21);
	});
	test('the JSON has the same rows', () => {
		const json = JSON.parse(read('downloads/chatgpt-sora.json')) as { units: { id: string; zh: string }[] };
		expect(json.units.map((u) => [u.id, u.zh])).toEqual(rows.slice(1).map((r) => [r[0], r[2]]));
	});
	test('each edition has a BibTeX and a RIS citation', () => {
		for (const lang of ['zh', 'en']) {
			expect(read(`downloads/chatgpt-sora-${lang}.bib`)).toMatch(/^@online\{chatgpt-sora-(zh|en),[\s\S]*\}\n?$/);
			expect(read(`downloads/chatgpt-sora-${lang}.ris`)).toMatch(/^TY {2}- ELEC[\s\S]*ER {2}- ?\s*$/);
		}
	});
});
