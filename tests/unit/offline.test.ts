/**
 * Offline reading's rules (src/lib/offline.ts) and the manifest the build
 * writes into the service worker (src/integrations/offline.ts): cache names
 * by build, which URLs belong to a paper, under the root and under a
 * sub-path, and that any change to a file makes another build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { offlineManifest } from '../../src/integrations/offline.ts';
import {
	bytesOf,
	cacheName,
	digestText,
	expectedHash,
	filesFreed,
	formatBytes,
	isNamedByContent,
	keptMarker,
	type OfflineManifest,
	paperFiles,
	paperOfMarker,
	paperOfPage,
	scopePath,
	staleCaches,
	strategy,
} from '../../src/lib/offline.ts';

describe('cache names', () => {
	test('one cache a build; the stale ones are the site’s other builds, never another cache of the origin', () => {
		expect(cacheName('abc')).toBe('reader-offline-abc');
		expect(staleCaches(['reader-offline-abc', 'reader-offline-old', 'someone-else', 'reader-offline-older'], 'abc')).toEqual([
			'reader-offline-old',
			'reader-offline-older',
		]);
		expect(staleCaches(['reader-offline-abc'], 'abc')).toEqual([]);
	});

	test('a kept paper’s marker is no file of the site, and reads back', () => {
		expect(paperOfMarker(keptMarker('chatgpt-sora'))).toBe('chatgpt-sora');
		expect(paperOfPage(keptMarker('chatgpt-sora'))).toBeUndefined();
		expect(paperOfMarker('zh/chatgpt-sora/')).toBeUndefined();
	});
});

describe('paths below the scope', () => {
	test('at the root of the host', () => {
		expect(scopePath('https://texts.example.org/zh/p/parallel/?term=x#u1', 'https://texts.example.org/')).toBe('zh/p/parallel/');
		expect(scopePath('https://texts.example.org/', 'https://texts.example.org/')).toBe('');
		expect(scopePath('https://other.example.org/zh/p/', 'https://texts.example.org/')).toBeUndefined();
	});

	test('under a sub-path: the base is the scope, and what lies outside it is not the site’s', () => {
		const scope = 'https://owner.github.io/repo/';
		expect(scopePath('https://owner.github.io/repo/en/p/about/', scope)).toBe('en/p/about/');
		expect(scopePath('https://owner.github.io/repo/pagefind/pagefind.js?en', scope)).toBe('pagefind/pagefind.js');
		expect(scopePath('https://owner.github.io/other/en/p/', scope)).toBeUndefined();
		expect(scopePath('https://owner.github.io/repository/en/p/', scope)).toBeUndefined();
	});
});

describe('which pages belong to a paper', () => {
	test('its reading pages in every mode and interface, its about page and glossary', () => {
		for (const path of ['zh/p/', 'zh/p/en/', 'en/p/', 'en/p/zh/', 'zh-hant/p/parallel/', 'en/p/interleaved/', 'zh/p/about/', 'zh-hant/p/glossary/'])
			expect(paperOfPage(path), path).toBe('p');
	});
	test('not the home page, a collection, the guide, a file, or a mode that is no route', () => {
		for (const path of ['', 'zh/', 'en/guide/', 'en/guide/reading/', 'alignment/p.json', 'en/p/en/', 'zh/p/nothing/', 'zh/p'])
			expect(paperOfPage(path), path).toBeUndefined();
	});
	test('files named by their content', () => {
		expect(isNamedByContent('_astro/Base.BCyA5aYd.css')).toBe(true);
		expect(isNamedByContent('pagefind/en/fragment/en_b3f6b56.pf_fragment')).toBe(true);
		expect(isNamedByContent('pagefind/en/pagefind-entry.json')).toBe(false);
		expect(isNamedByContent('pagefind/pagefind.js')).toBe(false);
		expect(isNamedByContent('alignment/p.json')).toBe(false);
	});
});

const MANIFEST: OfflineManifest = {
	build: 'b1',
	stylesheet: '_astro/Base.x.css',
	files: {
		'zh/p/': [100, 'h-page'],
		'alignment/p.json': [10, 'h-align'],
		'_astro/Base.x.css': [5, ''],
		'pagefind/pagefind.js': [3, 'h-runtime'],
		'pagefind/zh/index/zh_1.pf_index': [7, ''],
		'pagefind/zh.1/index/zh_2.pf_index': [9, ''],
		'zh/q/': [200, 'h-q'],
		'zh/r/': [300, 'h-r'],
	},
	papers: {
		p: { version: '1.1', files: ['zh/p/', 'alignment/p.json'], range: 0 },
		q: { version: '', files: ['zh/q/'], range: 1 },
		r: { version: '', files: ['zh/r/'], range: 1 },
	},
	shared: ['_astro/Base.x.css', 'pagefind/pagefind.js'],
	search: [['pagefind/zh/index/zh_1.pf_index'], ['pagefind/zh.1/index/zh_2.pf_index']],
};

describe('what the worker does with a request', () => {
	test('pages network first (with an offline page), files the build lists network first, files named by content from the copy first', () => {
		expect(strategy(MANIFEST, 'zh/p/', true)).toBe('page');
		// A navigation to a page no paper has still gets the offline page rather than the browser's.
		expect(strategy(MANIFEST, 'en/guide/', true)).toBe('page');
		expect(strategy(MANIFEST, 'alignment/p.json', false)).toBe('file');
		expect(strategy(MANIFEST, '_astro/Base.x.css', false)).toBe('named');
		expect(strategy(MANIFEST, 'pagefind/zh/index/zh_1.pf_index', false)).toBe('named');
	});
	test('anything the build does not list is left to the browser: downloads, another build’s assets', () => {
		expect(strategy(MANIFEST, 'downloads/p.tsv', false)).toBe('pass');
		expect(strategy(MANIFEST, '_astro/Base.other.css', false)).toBe('pass');
		expect(strategy(MANIFEST, 'sw.js', false)).toBe('pass');
	});
	test('a copy is checked against the build’s hash unless its name is its hash', () => {
		expect(expectedHash(MANIFEST, 'zh/p/')).toBe('h-page');
		expect(expectedHash(MANIFEST, '_astro/Base.x.css')).toBeUndefined();
		expect(expectedHash(MANIFEST, 'downloads/p.tsv')).toBeUndefined();
	});
	test('a kept paper is its own files, the shared ones and its own range of the search index, and weighs what they weigh', () => {
		expect(paperFiles(MANIFEST, 'p')).toEqual(['zh/p/', 'alignment/p.json', '_astro/Base.x.css', 'pagefind/pagefind.js', 'pagefind/zh/index/zh_1.pf_index']);
		expect(bytesOf(MANIFEST, paperFiles(MANIFEST, 'p'))).toBe(125);
		expect(paperFiles(MANIFEST, 'q')).toEqual(['zh/q/', '_astro/Base.x.css', 'pagefind/pagefind.js', 'pagefind/zh.1/index/zh_2.pf_index']);
		expect(paperFiles(MANIFEST, 'nothing')).toEqual([]);
	});
	test('removing a paper frees its own files, its range’s index once no paper kept is of its range, search’s runtime once none is kept', () => {
		// q and r share the second range: removing q while r is kept keeps the range.
		expect(filesFreed(MANIFEST, 'q', ['r', 'p'])).toEqual(['zh/q/']);
		expect(filesFreed(MANIFEST, 'q', ['p'])).toEqual(['zh/q/', 'pagefind/zh.1/index/zh_2.pf_index']);
		// The scripts and styles stay for the pages read; search's shared files go with the last paper.
		expect(filesFreed(MANIFEST, 'p', [])).toEqual(['zh/p/', 'alignment/p.json', 'pagefind/zh/index/zh_1.pf_index', 'pagefind/pagefind.js']);
		expect(filesFreed(MANIFEST, 'nothing', [])).toEqual([]);
	});
});

test('sizes as a reader reads them, and digests as the manifest stores them', async () => {
	expect(formatBytes(2_345_678)).toBe('2.3 MB');
	expect(formatBytes(850_200)).toBe('850 KB');
	expect(formatBytes(12)).toBe('1 KB');
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));
	// The start of SHA-256("abc") in base64url, as Node's own hash writes it (the build's side).
	expect(digestText(digest)).toBe('ungWv48Bz-pB');
	expect(digestText(digest)).toHaveLength(12);
});

describe('the manifest of a built site', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	function site(files: Record<string, string>): string {
		dir = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	}
	const FILES = {
		'404.html': '<link rel="stylesheet" href="/_astro/Base.abc.css">',
		'index.html': 'home',
		'zh/index.html': 'collection',
		'zh/p/index.html': 'p in Chinese',
		'en/p/parallel/index.html': 'p side by side',
		'zh/p/about/index.html': 'about p',
		'en/guide/index.html': 'guide',
		'alignment/p.json': '{}',
		'aids/p/words.zh.json': '{}',
		'aids/p/terms.json': '{}',
		'zh/p/print.css': 'css',
		'print.css': 'css',
		'downloads/p.json': JSON.stringify({ version: { number: '1.2', date: '2026-12-06' } }),
		'downloads/p.tsv': 'tsv',
		'_astro/Base.abc.css': 'css',
		'_astro/reader.abc.js': 'js',
		'pagefind/pagefind.js': 'runtime',
		'pagefind/zh/pagefind-entry.json': '{}',
		'pagefind/zh/index/zh_1.pf_index': 'index',
		'pagefind/guide-zh/pagefind-entry.json': '{}',
		'social/p.png': 'png',
		_headers: '/*',
	};

	test('a paper’s pages and data are its own; scripts, styles and search are shared; downloads, the home page, the guide, images are not kept', () => {
		const manifest = offlineManifest(site(FILES));
		expect(manifest.papers).toEqual({
			p: {
				version: '1.2',
				files: ['aids/p/terms.json', 'aids/p/words.zh.json', 'alignment/p.json', 'en/p/parallel/', 'zh/p/about/', 'zh/p/', 'zh/p/print.css'],
				range: 0,
			},
		});
		expect(manifest.shared).toEqual([
			'_astro/Base.abc.css',
			'_astro/reader.abc.js',
			'pagefind/guide-zh/pagefind-entry.json',
			'pagefind/pagefind.js',
			'print.css',
		]);
		expect(manifest.search).toEqual([['pagefind/zh/index/zh_1.pf_index', 'pagefind/zh/pagefind-entry.json']]);
		expect(manifest.stylesheet).toBe('_astro/Base.abc.css');
		expect(manifest.files['zh/p/']).toEqual([12, expect.stringMatching(/^[\w-]{12}$/)]);
		expect(manifest.files['_astro/Base.abc.css']).toEqual([3, '']);
		for (const path of ['', 'zh/', 'en/guide/', 'downloads/p.tsv', 'social/p.png', '_headers']) expect(Object.keys(manifest.files), path).not.toContain(path);
	});

	test('in a collection of several ranges, a paper keeps the bundles of its own range; the runtime, the list of ranges and the Traditional forms are shared', () => {
		const manifest = offlineManifest(
			site({
				...FILES,
				'zh/s/index.html': 's in Chinese',
				'pagefind/ranges.json': JSON.stringify({ first: ['p', 'r'] }),
				'pagefind/zh/simplified.json': '{}',
				'pagefind/en/pagefind-entry.json': '{}',
				'pagefind/zh.1/pagefind-entry.json': '{}',
				'pagefind/en.1/fragment/en_9.pf_fragment': 'fragment',
			}),
		);
		expect(manifest.papers['p']?.range).toBe(0);
		expect(manifest.papers['s']?.range).toBe(1);
		expect(manifest.search).toEqual([
			['pagefind/en/pagefind-entry.json', 'pagefind/zh/index/zh_1.pf_index', 'pagefind/zh/pagefind-entry.json'],
			['pagefind/en.1/fragment/en_9.pf_fragment', 'pagefind/zh.1/pagefind-entry.json'],
		]);
		expect(manifest.shared.filter((path) => path.startsWith('pagefind/'))).toEqual([
			'pagefind/guide-zh/pagefind-entry.json',
			'pagefind/pagefind.js',
			'pagefind/ranges.json',
			'pagefind/zh/simplified.json',
		]);
		const kept = paperFiles(manifest, 's');
		expect(kept).toContain('pagefind/zh.1/pagefind-entry.json');
		expect(kept).not.toContain('pagefind/zh/pagefind-entry.json');
		expect(kept).toContain('pagefind/zh/simplified.json');
	});

	test('any change to a file kept makes another build; a file not kept does not', () => {
		const first = offlineManifest(site(FILES)).build;
		rmSync(dir, { recursive: true });
		expect(offlineManifest(site({ ...FILES, 'aids/p/words.zh.json': '{"x":1}' })).build).not.toBe(first);
		rmSync(dir, { recursive: true });
		expect(offlineManifest(site({ ...FILES, 'downloads/p.tsv': 'other' })).build).toBe(first);
	});
});
