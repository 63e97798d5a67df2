/**
 * Web metadata of the built site: JSON-LD, the tags reference managers read,
 * hreflang pairs, canonical URLs, the sitemap, robots.txt and social cards.
 * The downloads are read back in downloads.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { findAll, textOf } from '../../src/lib/html-tree.ts';
import { isReadingPath } from '../../src/lib/routes.ts';
import { builtPages, DIST, loadPage } from '../support/pages.ts';

const ORIGIN = 'http://127.0.0.1:4321';
const pages = builtPages().filter((p) => p !== '404.html');
const pathOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;
const head = new Map<string, Root>(pages.map((p) => [pathOf(p), loadPage(`/${p}`)]));
const linksOf = (tree: Root, rel: string) =>
	findAll(tree, (el) => el.tagName === 'link' && String(el.properties['rel']) === rel).map((el) => ({
		lang: String(el.properties['hrefLang'] ?? ''),
		href: String(el.properties['href']),
	}));
const meta = (tree: Root, property: string) =>
	findAll(tree, (el) => el.tagName === 'meta' && (el.properties['property'] === property || el.properties['name'] === property))[0]?.properties['content'];
const read = (file: string) => readFileSync(new URL(file, DIST), 'utf8');

describe('JSON-LD', () => {
	const ld = (path: string) =>
		JSON.parse(textOf(findAll(head.get(path)!, (el) => el.tagName === 'script' && el.properties['type'] === 'application/ld+json')[0]!)) as Record<
			string,
			unknown
		>;
	test('the original names its translation, and says nothing the source does not', () => {
		const data = ld('/zh/chatgpt-sora/');
		expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', inLanguage: 'zh-CN', url: `${ORIGIN}/zh/chatgpt-sora/` });
		expect(data['workTranslation']).toMatchObject({ '@type': 'ScholarlyArticle', inLanguage: 'en', url: `${ORIGIN}/en/chatgpt-sora/` });
		expect(String(data['name'])).toContain('ChatGPT');
		for (const unknown of ['author', 'datePublished', 'isPartOf']) expect(data).not.toHaveProperty(unknown);
	});
	test('the translation names its original and its translator', () => {
		const data = ld('/en/chatgpt-sora/');
		expect(data).toMatchObject({
			'@type': 'ScholarlyArticle',
			inLanguage: 'en',
			translationOfWork: { inLanguage: 'zh-CN', url: `${ORIGIN}/zh/chatgpt-sora/` },
			translator: { '@type': 'Organization' },
		});
	});
	test('the Traditional edition’s own page names itself, in its script, and the original it is based on', () => {
		const data = ld('/zh-hant/chatgpt-sora/');
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'ScholarlyArticle',
			name: '從ChatGPT到Sora：生成邏輯、哲學本質與世界圖景',
			inLanguage: 'zh-TW',
			url: `${ORIGIN}/zh-hant/chatgpt-sora/`,
			isBasedOn: `${ORIGIN}/zh/chatgpt-sora/`,
		});
		for (const unknown of ['author', 'datePublished', 'isPartOf', 'workTranslation', 'translationOfWork']) expect(data).not.toHaveProperty(unknown);
	});
});

describe('tags for reference managers', () => {
	/**
	 * How Zotero's Embedded Metadata translator reads a meta tag: Highwire
	 * Press `citation_*` names by its table of them, Dublin Core by the prefix
	 * before the first `.`, `:` or `_` (any case) as the dc namespace. The
	 * fields are Zotero's; `DC.relation` becomes a "see also" link, which the
	 * translator keeps from the page but not on the item; `DC.type` is the
	 * item's type when it names one of Zotero's.
	 */
	const ZOTERO_READS: Record<string, string> = {
		citation_title: 'title',
		citation_language: 'language',
		citation_publisher: 'publisher',
		'dc:title': 'title',
		'dc:language': 'language',
		'dc:relation': 'seeAlso',
		'dc:type': 'itemType',
	};
	const zoteroField = (name: string) =>
		ZOTERO_READS[name.startsWith('citation_') ? name : `${name.split(/[.:_]/)[0]!.toLowerCase()}:${name.split(/[.:_]/)[1]}`];
	const tagsOf = (tree: Root) =>
		findAll(tree, (el) => el.tagName === 'meta' && zoteroField(String(el.properties['name'] ?? '')) !== undefined).map((el) => [
			String(el.properties['name']),
			String(el.properties['content']),
		]);
	const TITLES = {
		zh: '从ChatGPT到Sora：生成逻辑、哲学本质与世界图景',
		en: 'From ChatGPT to Sora: Generative Logic, Philosophical Essence, and World Picture',
	};
	const SITE = { zh: '双语学术文库', en: 'Bilingual Scholarly Texts' };
	const HTML_LANG = { zh: 'zh-CN', en: 'en' };
	// A Traditional page's Chinese: its title and site name in Traditional characters, its language zh-TW.
	const HANT = { title: '從ChatGPT到Sora：生成邏輯、哲學本質與世界圖景', site: '雙語學術文庫', lang: 'zh-TW' };
	/** The edition a page cites: a one-language mode's text, otherwise the interface's (about page, side by side, interleaved). */
	const editionOf = (path: string): 'zh' | 'en' => {
		const [, ui, , mode] = path.split('/');
		return (mode === 'zh' || mode === 'en' ? mode : ui === 'zh-hant' ? 'zh' : ui) as 'zh' | 'en';
	};
	const citing = [...head.keys()].filter((path) => isReadingPath(path) || path.endsWith('/about/'));

	test('every reading page and about page names its edition’s title, language and publisher, and the other edition', () => {
		expect(citing).toHaveLength(15);
		for (const path of citing) {
			const edition = editionOf(path);
			const other = edition === 'zh' ? 'en' : 'zh';
			const hant = path.startsWith('/zh-hant/') && edition === 'zh';
			expect(tagsOf(head.get(path)!), path).toEqual([
				['citation_title', hant ? HANT.title : TITLES[edition]],
				['citation_language', hant ? HANT.lang : HTML_LANG[edition]],
				['citation_publisher', hant ? HANT.site : SITE[edition]],
				['DC.title', hant ? HANT.title : TITLES[edition]],
				['DC.language', hant ? HANT.lang : HTML_LANG[edition]],
				['DC.relation', `${ORIGIN}/${other}/chatgpt-sora/`],
				['DC.type', 'webpage'],
			]);
			expect(head.has(`/${other}/chatgpt-sora/`)).toBe(true);
		}
	});

	/**
	 * The item type Zotero's Embedded Metadata translator gives a page, as it
	 * decides for the tags this site writes: an `og:type` of `website`, then a
	 * `DC.type` naming a Zotero type; failing both, `citation_title` makes it
	 * guess a journal article (and then the site's name has no field).
	 */
	const zoteroItemType = (tree: Root): string => {
		if (meta(tree, 'og:type') === 'website') return 'webpage';
		const dcType = meta(tree, 'DC.type');
		if (typeof dcType === 'string' && ['webpage', 'journalArticle', 'book', 'report'].includes(dcType)) return dcType;
		return meta(tree, 'citation_title') === undefined ? 'webpage' : 'journalArticle';
	};

	test('Zotero saves every page as a web page, as the citation files type it', () => {
		for (const [path, tree] of head) expect(zoteroItemType(tree), path).toBe('webpage');
	});

	test('nothing the source does not state: no author, no date, no contributor (Zotero would make one an author)', () => {
		for (const [path, tree] of head) {
			const names = findAll(tree, (el) => el.tagName === 'meta').map((el) => String(el.properties['name'] ?? el.properties['property'] ?? '').toLowerCase());
			for (const name of names)
				expect(name, path).not.toMatch(
					/^(citation_(author|date|publication_date|online_date|year)|dc\.(creator|contributor|date)|author|article:(author|published_time))$/,
				);
		}
	});

	test('other pages carry none', () => {
		for (const [path, tree] of head) if (!citing.includes(path)) expect(tagsOf(tree), path).toEqual([]);
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
				expect(
					linksOf(target!, 'alternate').filter((l) => l.lang),
					`${href} lists the same alternates as ${path}`,
				).toEqual(alternates);
				pairs++;
			}
			if (alternates.length) expect(alternates.map((a) => a.lang).sort()).toEqual(['en', 'x-default', 'zh-CN', 'zh-TW']);
		}
		expect(pairs).toBeGreaterThan(20);
	});
	test('a text under the other interface points to its own-language page as canonical', () => {
		expect(linksOf(head.get('/zh/chatgpt-sora/en/')!, 'canonical')[0]?.href).toBe(`${ORIGIN}/en/chatgpt-sora/`);
		expect(linksOf(head.get('/en/chatgpt-sora/zh/')!, 'canonical')[0]?.href).toBe(`${ORIGIN}/zh/chatgpt-sora/`);
	});
	test('every page has Open Graph and Twitter tags, with a PNG social card drawn at build', () => {
		for (const [path, tree] of head) {
			for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card'])
				expect(meta(tree, property), `${path} ${property}`).toBeTruthy();
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
