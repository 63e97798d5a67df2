/**
 * Offline reading's rules (src/lib/offline.ts) and the manifest the build
 * writes into the service worker with the lists beside it
 * (src/integrations/offline.ts): cache names by build, which URLs belong to a
 * paper, under the root and under a sub-path, that any change to a file makes
 * another build, and that `sw.js` does not grow with the search index.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { offlineBuild, offlineLists, SERVICE_WORKER, writeServiceWorker, writeServiceWorkerOnThread } from '../../src/integrations/offline.ts';
import {
	cacheName,
	digestText,
	expectedHash,
	filesFreed,
	formatBytes,
	isNamedByContent,
	keptMarker,
	keptSize,
	listHolding,
	listPath,
	namedListPath,
	type OfflineList,
	type OfflineManifest,
	ownerOf,
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

describe('who a file is kept for, from its path alone (the build and the worker share the rule)', () => {
	test('a paper: its pages by their directory, their print styles, its alignment, aids and list', () => {
		for (const path of ['zh/p/', 'en/p/parallel/', 'zh-hant/p/glossary/', 'zh/p/print.css', 'alignment/p.json', 'aids/p/words.zh.json', 'offline/paper/p.json'])
			expect(ownerOf(path), path).toEqual({ paper: 'p' });
	});
	test('a range of the search index: its bundles in both languages, and its list', () => {
		for (const path of ['pagefind/zh/pagefind-entry.json', 'pagefind/en/fragment/en_1.pf_fragment', 'offline/search/0.json'])
			expect(ownerOf(path), path).toEqual({ range: 0 });
		for (const path of ['pagefind/zh.3/index/zh_2.pf_index', 'pagefind/en.3/wasm.en.pagefind', 'offline/search/3.json', 'offline/search/3.named.json'])
			expect(ownerOf(path), path).toEqual({ range: 3 });
	});
	test('shared: the scripts and styles, the icon, the print styles, search’s runtime, list of ranges and Traditional forms', () => {
		for (const path of [
			'_astro/Base.x.css',
			'_astro/reader.x.js',
			'favicon.svg',
			'print.css',
			'pagefind/pagefind.js',
			'pagefind/ranges.json',
			'pagefind/zh/simplified.json',
		])
			expect(ownerOf(path), path).toBe('shared');
	});
	test('nobody: downloads, the home page, collections, the guide, images, the worker, a page as its file', () => {
		for (const path of [
			'downloads/p.tsv',
			'',
			'zh/',
			'en/guide/',
			'social/p.png',
			'_astro/x.png',
			'sw.js',
			'zh/p/index.html',
			'offline/other.json',
			'404.html',
		])
			expect(ownerOf(path), path).toBeUndefined();
	});
});

const MANIFEST: OfflineManifest = {
	build: 'b1',
	stylesheet: '_astro/Base.x.css',
	shared: { '_astro/Base.x.css': [5, ''], 'pagefind/pagefind.js': [3, 'h-runtime'] },
	papers: { p: ['1.1', 0, 'h-list-p', 150, 3], q: ['', 1, 'h-list-q', 220, 2], r: ['', 1, 'h-list-r', 320, 2] },
	search: [
		['h-list-0', 57, 2],
		['h-list-1', 59, 2],
	],
};
const LIST_P: OfflineList = { files: { 'zh/p/': [100, 'h-page'], 'alignment/p.json': [10, 'h-align'] } };
const LIST_Q: OfflineList = { files: { 'zh/q/': [200, 'h-q'] } };
const RANGE_0: OfflineList = { files: { 'pagefind/zh/index/zh_1.pf_index': [7, ''] } };
const RANGE_1: OfflineList = { files: { 'pagefind/zh.1/index/zh_2.pf_index': [9, ''] } };

describe('what the worker does with a request', () => {
	test('pages network first (with an offline page), files with an owner network first, files named by content from the copy first', () => {
		expect(strategy('zh/p/', true)).toBe('page');
		// A navigation to a page no paper has still gets the offline page rather than the browser's.
		expect(strategy('en/guide/', true)).toBe('page');
		expect(strategy('alignment/p.json', false)).toBe('file');
		expect(strategy('offline/paper/p.json', false)).toBe('file');
		expect(strategy('_astro/Base.x.css', false)).toBe('named');
		expect(strategy('pagefind/zh/index/zh_1.pf_index', false)).toBe('named');
	});
	test('anything no paper keeps is left to the browser: downloads, images, the worker', () => {
		expect(strategy('downloads/p.tsv', false)).toBe('pass');
		expect(strategy('_astro/photo.x.png', false)).toBe('pass');
		expect(strategy('sw.js', false)).toBe('pass');
	});
	test('a copy is checked against its hash in the build: a shared file’s and a list’s in the manifest, a paper’s or a range’s file’s in its list', () => {
		expect(listHolding('zh/p/')).toEqual({ paper: 'p' });
		expect(listHolding('pagefind/zh.1/pagefind-entry.json')).toEqual({ range: 1 });
		for (const path of ['offline/paper/p.json', 'pagefind/pagefind.js', '_astro/Base.x.css', 'pagefind/zh/index/zh_1.pf_index', 'downloads/p.tsv'])
			expect(listHolding(path), path).toBeUndefined();
		expect(expectedHash(MANIFEST, 'zh/p/', LIST_P)).toBe('h-page');
		expect(expectedHash(MANIFEST, 'offline/paper/p.json')).toBe('h-list-p');
		expect(expectedHash(MANIFEST, 'offline/search/1.json')).toBe('h-list-1');
		expect(expectedHash(MANIFEST, 'pagefind/pagefind.js')).toBe('h-runtime');
		// Named by its content: any copy is right. Not in the build (a paper removed, a page it lacks): not kept.
		expect(expectedHash(MANIFEST, '_astro/Base.x.css')).toBe('');
		expect(expectedHash(MANIFEST, 'pagefind/zh.1/index/zh_2.pf_index')).toBe('');
		expect(expectedHash(MANIFEST, 'zh/p/about/', LIST_P)).toBeUndefined();
		expect(expectedHash(MANIFEST, 'offline/paper/gone.json')).toBeUndefined();
		expect(expectedHash(MANIFEST, 'downloads/p.tsv')).toBeUndefined();
	});
	test('a kept paper is its list and files, the shared ones and its own range’s list and index; its size and count are known before its lists', () => {
		expect(paperFiles(MANIFEST, 'p', LIST_P, RANGE_0)).toEqual([
			'offline/paper/p.json',
			'zh/p/',
			'alignment/p.json',
			'_astro/Base.x.css',
			'pagefind/pagefind.js',
			'offline/search/0.json',
			'pagefind/zh/index/zh_1.pf_index',
		]);
		expect(keptSize(MANIFEST, 'p')).toEqual({ bytes: 150 + 57 + 8, count: 7 });
		expect(paperFiles(MANIFEST, 'q', LIST_Q, RANGE_1)).toEqual([
			'offline/paper/q.json',
			'zh/q/',
			'_astro/Base.x.css',
			'pagefind/pagefind.js',
			'offline/search/1.json',
			'pagefind/zh.1/index/zh_2.pf_index',
		]);
		expect(paperFiles(MANIFEST, 'nothing', LIST_P, RANGE_0)).toEqual([]);
		expect(keptSize(MANIFEST, 'nothing')).toEqual({ bytes: 0, count: 0 });
	});
	test('removing a paper frees its own files, its range’s index once no paper kept is of its range, search’s runtime once none is kept', () => {
		// q and r share the second range: removing q while r is kept keeps the range.
		expect(filesFreed(MANIFEST, 'q', ['r', 'p'], LIST_Q, RANGE_1)).toEqual(['offline/paper/q.json', 'zh/q/']);
		expect(filesFreed(MANIFEST, 'q', ['p'], LIST_Q, RANGE_1)).toEqual([
			'offline/paper/q.json',
			'zh/q/',
			'offline/search/1.json',
			'pagefind/zh.1/index/zh_2.pf_index',
		]);
		// The scripts and styles stay for the pages read; search's shared files go with the last paper.
		expect(filesFreed(MANIFEST, 'p', [], LIST_P, RANGE_0)).toEqual([
			'offline/paper/p.json',
			'zh/p/',
			'alignment/p.json',
			'offline/search/0.json',
			'pagefind/zh/index/zh_1.pf_index',
			'pagefind/pagefind.js',
		]);
		expect(filesFreed(MANIFEST, 'nothing', [], LIST_P, RANGE_0)).toEqual([]);
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

	test('a paper’s pages and data are its own; scripts, styles and search are shared; downloads, the home page, the guide, images, a folder of the index no range has are not kept', () => {
		const { manifest, lists } = offlineBuild(site(FILES));
		const own = JSON.parse(lists['offline/paper/p.json']!) as OfflineList;
		expect(Object.keys(own.files)).toEqual([
			'aids/p/terms.json',
			'aids/p/words.zh.json',
			'alignment/p.json',
			'en/p/parallel/',
			'zh/p/about/',
			'zh/p/',
			'zh/p/print.css',
		]);
		expect(own.files['zh/p/']).toEqual([12, expect.stringMatching(/^[\w-]{12}$/)]);
		// The manifest has the paper's version and range, its list's hash, and what it weighs: its files and its list.
		const listBytes = Buffer.byteLength(lists['offline/paper/p.json']!);
		expect(manifest.papers).toEqual({ p: ['1.2', 0, expect.stringMatching(/^[\w-]{12}$/), 2 + 2 + 2 + 14 + 7 + 12 + 3 + listBytes, 8] });
		expect(Object.keys(manifest.shared)).toEqual(['_astro/Base.abc.css', '_astro/reader.abc.js', 'pagefind/pagefind.js', 'print.css']);
		expect(manifest.shared['_astro/Base.abc.css']).toEqual([3, '']);
		// A range's list has the files a search read online checks, and the list of its chunks (named by their content) with its hash.
		const range = JSON.parse(lists['offline/search/0.json']!) as OfflineList;
		expect(range.files).toEqual({
			'pagefind/zh/pagefind-entry.json': [2, expect.stringMatching(/^[\w-]{12}$/)],
			'offline/search/0.named.json': [Buffer.byteLength(lists['offline/search/0.named.json']!), expect.stringMatching(/^[\w-]{12}$/)],
		});
		expect(JSON.parse(lists['offline/search/0.named.json']!)).toEqual({ files: { 'pagefind/zh/index/zh_1.pf_index': [5, ''] } });
		expect(expectedHash(manifest, 'offline/search/0.named.json', range)).toBe(range.files['offline/search/0.named.json']![1]);
		expect(manifest.search).toEqual([[expect.stringMatching(/^[\w-]{12}$/), expect.any(Number), 4]]);
		expect(manifest.stylesheet).toBe('_astro/Base.abc.css');
		const listed = [...Object.keys(manifest.shared), ...Object.values(lists).flatMap((text) => Object.keys((JSON.parse(text) as OfflineList).files))];
		for (const path of ['', 'zh/', 'en/guide/', 'downloads/p.tsv', 'social/p.png', '_headers', 'pagefind/guide-zh/pagefind-entry.json'])
			expect(listed, path).not.toContain(path);
	});

	test('in a collection of several ranges, a paper keeps the bundles of its own range; the runtime, the list of ranges and the Traditional forms are shared', () => {
		const { manifest, lists } = offlineBuild(
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
		expect(manifest.papers['p']?.[1]).toBe(0);
		expect(manifest.papers['s']?.[1]).toBe(1);
		// A range's every file, as the worker has it to keep a paper: its list and its chunks' (namedListPath).
		const range = (n: number): OfflineList => ({
			files: { ...(JSON.parse(lists[listPath({ range: n })]!) as OfflineList).files, ...(JSON.parse(lists[namedListPath(n)]!) as OfflineList).files },
		});
		expect(Object.keys(range(0).files).sort()).toEqual([
			'offline/search/0.named.json',
			'pagefind/en/pagefind-entry.json',
			'pagefind/zh/index/zh_1.pf_index',
			'pagefind/zh/pagefind-entry.json',
		]);
		expect(Object.keys(range(1).files).sort()).toEqual([
			'offline/search/1.named.json',
			'pagefind/en.1/fragment/en_9.pf_fragment',
			'pagefind/zh.1/pagefind-entry.json',
		]);
		expect(Object.keys(manifest.shared).filter((path) => path.startsWith('pagefind/'))).toEqual([
			'pagefind/pagefind.js',
			'pagefind/ranges.json',
			'pagefind/zh/simplified.json',
		]);
		const own = JSON.parse(lists['offline/paper/s.json']!) as OfflineList;
		const kept = paperFiles(manifest, 's', own, range(1));
		expect(kept).toContain('pagefind/zh.1/pagefind-entry.json');
		expect(kept).not.toContain('pagefind/zh/pagefind-entry.json');
		expect(kept).toContain('pagefind/zh/simplified.json');
		expect(kept).toHaveLength(keptSize(manifest, 's').count);
	});

	test('every range a paper is of has a list, empty where the index has no file of it: without one, keeping the paper would fail', () => {
		const withoutIndex = Object.fromEntries(Object.entries(FILES).filter(([path]) => !path.startsWith('pagefind/')));
		const none = offlineBuild(site(withoutIndex));
		expect(none.manifest.papers['p']?.[1]).toBe(0);
		expect(JSON.parse(none.lists[listPath({ range: 0 })]!)).toEqual({
			files: { [namedListPath(0)]: [expect.any(Number), expect.stringMatching(/^[\w-]{12}$/)] },
		});
		expect(JSON.parse(none.lists[namedListPath(0)]!)).toEqual({ files: {} });
		rmSync(dir, { recursive: true });
		// The list of ranges names a second range the index lacks.
		const lacking = offlineBuild(site({ ...FILES, 'zh/s/index.html': 's', 'pagefind/ranges.json': JSON.stringify({ first: ['p', 'r'] }) }));
		expect(lacking.manifest.papers['s']?.[1]).toBe(1);
		expect(lacking.manifest.search).toHaveLength(2);
		expect(lacking.lists[listPath({ range: 1 })]).toBeDefined();
	});

	test('the lists a build before wrote (a second build in the same folder) are no file of their owner', () => {
		const first = offlineBuild(site(FILES));
		rmSync(dir, { recursive: true });
		const again = offlineBuild(site({ ...FILES, ...first.lists }));
		expect(again.manifest).toEqual(first.manifest);
	});

	test('any change to a file kept makes another build (through its list’s hash); a file not kept does not', () => {
		const first = offlineBuild(site(FILES)).manifest.build;
		rmSync(dir, { recursive: true });
		expect(offlineBuild(site({ ...FILES, 'aids/p/words.zh.json': '{"x":1}' })).manifest.build).not.toBe(first);
		rmSync(dir, { recursive: true });
		expect(offlineBuild(site({ ...FILES, 'downloads/p.tsv': 'other' })).manifest.build).toBe(first);
	});
	test('written on a thread of its own: the same sw.js and lists as on the build’s thread; a site it cannot read fails the build, naming the file', async () => {
		const built = site(FILES);
		const written = (): Record<string, string> =>
			Object.fromEntries(
				[SERVICE_WORKER, ...readdirSync(join(built, 'offline'), { recursive: true }).map((name) => `offline/${String(name)}`)]
					.filter((path) => !path.endsWith('/paper') && !path.endsWith('/search'))
					.sort()
					.map((path) => [path, readFileSync(join(built, path), 'utf8')]),
			);
		const onThread = await writeServiceWorkerOnThread(built);
		const fromThread = written();
		expect(await writeServiceWorker(built)).toEqual(onThread);
		expect(written()).toEqual(fromThread);
		expect(Object.keys(fromThread)).toContain('offline/paper/p.json');
		await expect(writeServiceWorkerOnThread(join(built, 'missing'))).rejects.toThrow(/404\.html/);
	});
});

describe('sw.js does not grow with the search index (issue #28: a collection of 1,000 papers)', () => {
	const UIS = ['zh', 'zh-hant', 'en'];
	const MODES = ['', 'en/', 'parallel/', 'interleaved/', 'about/', 'glossary/'];
	/** A site like the built one: `papers` papers of about 24 files each, and `indexFiles` files of the search index a paper, by range of 50. */
	function largeSite(papers: number, indexFiles: number): { paths: string[]; ranges: { first: string[] } } {
		const ids = Array.from({ length: papers }, (_, i) => `paper-${String(i).padStart(4, '0')}`);
		const paths = ['404.html', 'favicon.svg', 'print.css', '_astro/Base.x.css', '_astro/reader.x.js', 'pagefind/pagefind.js', 'pagefind/ranges.json'];
		ids.forEach((id, i) => {
			for (const ui of UIS) paths.push(...MODES.map((mode) => `${ui}/${id}/${mode}index.html`), `${ui}/${id}/print.css`);
			paths.push(`alignment/${id}.json`, `aids/${id}/words.zh.json`, `aids/${id}/terms.json`, `downloads/${id}.json`);
			const range = Math.floor(i / 50);
			// Each range's bundles: their entry, metadata and WebAssembly, which are not named by their content.
			if (i % 50 === 0)
				for (const lang of ['zh', 'en']) {
					const dir = range ? `${lang}.${range}` : lang;
					paths.push(`pagefind/${dir}/pagefind-entry.json`, `pagefind/${dir}/pagefind.${lang}_${range}.pf_meta`, `pagefind/${dir}/wasm.${lang}.pagefind`);
				}
			for (let n = 0; n < indexFiles; n++) {
				const lang = n % 2 ? 'en' : 'zh';
				const dir = range ? `${lang}.${range}` : lang;
				const kind = ['index', 'fragment', 'filter'][n % 3]!;
				paths.push(`pagefind/${dir}/${kind}/${lang}_${(i * indexFiles + n).toString(16).padStart(7, '0')}.pf_${kind}`);
			}
		});
		return { paths: paths.sort(), ranges: { first: ids.filter((_, i) => i % 50 === 0) } };
	}
	/** Every file's bytes, one buffer for all (the lists need sizes and hashes, not distinct files). */
	const BYTES = Buffer.from('x'.repeat(1000));
	const embedded = (papers: number, indexFiles: number): { bytes: number; lists: number; rangeList: number } => {
		const { paths, ranges } = largeSite(papers, indexFiles);
		const { manifest, lists } = offlineLists(
			paths,
			{ read: () => BYTES, size: () => BYTES.length },
			{ ranges, versions: () => '1.1', stylesheet: '_astro/Base.x.css' },
		);
		return {
			bytes: JSON.stringify(manifest).length,
			lists: Object.values(lists).reduce((sum, text) => sum + text.length, 0),
			rangeList: lists[listPath({ range: 1 })]?.length ?? 0,
		};
	};

	// 16 index files a paper, not the 160 a paper of a 50-paper range has: the manifest's size does not depend on them (the last
	// assertion), and a tenth of the files keeps the test quick.
	test('1,000 papers: the manifest under 100 KB, a few tens of bytes a paper, whatever the size of the index; the index files are in the lists', () => {
		const large = embedded(1000, 16);
		const one = embedded(1, 16);
		expect(large.bytes).toBeLessThan(100_000);
		expect((large.bytes - one.bytes) / 999).toBeLessThan(60);
		// What sw.js held before: every file (16,000 of the index here, 160,000 at 1,000 real papers), now in lists fetched as a paper is kept.
		expect(large.lists).toBeGreaterThan(1_000_000);
		// What a search read online makes the worker fetch, to check the files it keeps: a range's list, without its chunks.
		expect(large.rangeList).toBeLessThan(1000);
		// The index's size does not change the manifest: ten times the files, the same bytes but for the digits of the ranges' sizes.
		expect(Math.abs(embedded(100, 160).bytes - embedded(100, 16).bytes)).toBeLessThan(20);
	});
});
