/**
 * A site under a sub-path (`SITE_URL=https://owner.github.io/repo/`): every
 * URL routes.ts makes is under the base, and read back with it; the local
 * server serves a build there and nothing outside it. The build and the
 * browser walk of such a site: tests/built/sub-path.test.ts, tests/e2e/sub-path.spec.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createSiteServer, underBase } from '../../tools/serve.ts';

/** routes.ts, alternates.ts and offline.ts as a build for `https://owner.github.io${base}` has them (here read from SITE_URL, as the build's integrations read it). */
async function underTheBase(base: string) {
	vi.stubEnv('SITE_URL', `https://owner.github.io${base}`);
	vi.resetModules();
	try {
		return {
			routes: await import('../../src/lib/routes.ts'),
			alternates: await import('../../src/lib/alternates.ts'),
			offline: await import('../../src/lib/offline.ts'),
		};
	} finally {
		vi.unstubAllEnvs();
		// Not left for the next file: the test files share their modules (vitest.config.ts, isolate: false).
		vi.resetModules();
	}
}

test('the base of a site URL: its path, with its slash', async () => {
	const { routes } = await underTheBase('/');
	expect(routes.basePath(undefined)).toBe('/');
	expect(routes.basePath('https://texts.example.org')).toBe('/');
	expect(routes.basePath('https://owner.github.io/repo')).toBe('/repo/');
	expect(routes.basePath('https://owner.github.io/repo/')).toBe('/repo/');
});

test('offline reading knows a paper’s pages by their path below the base, whatever the base (a fork’s build kept no page before)', async () => {
	for (const base of ['/', '/repo/']) {
		const { offline } = await underTheBase(base);
		expect(offline.paperOfPage('en/p/about/'), base).toBe('p');
		expect(offline.ownerOf('zh/p/'), base).toEqual({ paper: 'p' });
		expect(offline.ownerOf('zh-hant/p/parallel/print.css'), base).toEqual({ paper: 'p' });
		expect(offline.routeOfPage('en/p/parallel/'), base).toEqual({ kind: 'reading', ui: 'en', paper: 'p', mode: 'parallel' });
		expect(offline.ownerOf('en/guide/'), base).toBeUndefined();
	}
});

test('a built file is asked for by its directory if it is a page’s index.html, else by its own name: the one rule of the headers and the offline lists', async () => {
	const { routes } = await underTheBase('/');
	expect(routes.servedFilePath('index.html')).toBe('');
	expect(routes.servedFilePath('en/p/index.html')).toBe('en/p/');
	expect(routes.servedFilePath('/en/p/index.html')).toBe('/en/p/');
	expect(routes.servedFilePath('404.html')).toBe('404.html');
	// A file whose name only ends so is no page's index.
	expect(routes.servedFilePath('downloads/my-index.html')).toBe('downloads/my-index.html');
	expect(routes.servedFilePath('downloads/p.tsv')).toBe('downloads/p.tsv');
});

test('every URL is made under the base and read back with it', async () => {
	const { routes, alternates } = await underTheBase('/repo/');
	expect(routes.homePath()).toBe('/repo/');
	expect(routes.readingPath('en', 'p', 'parallel')).toBe('/repo/en/p/parallel/');
	expect(routes.glossaryPath('zh', 'p', 't')).toBe('/repo/zh/p/glossary/#t');
	expect(routes.guidePath('zh-hant', 'reading')).toBe('/repo/zh-hant/guide/reading/');
	expect(routes.downloadPath('p.tsv')).toBe('/repo/downloads/p.tsv');
	expect(routes.alignmentPath('p')).toBe('/repo/alignment/p.json');
	expect(routes.aidsPath('terms.json')).toBe('/repo/aids/terms.json');
	expect(routes.searchIndexPath('pagefind.js')).toBe('/repo/pagefind/pagefind.js');
	expect(routes.socialCardPath('site')).toBe('/repo/social/site.png');
	expect(routes.parseRoute('/repo/')).toEqual({ kind: 'home' });
	expect(routes.parseRoute('/repo/en/p/parallel/')).toEqual({ kind: 'reading', ui: 'en', paper: 'p', mode: 'parallel' });
	// The host's root is not the site's.
	expect(routes.parseRoute('/en/p/')).toBeUndefined();
	expect(routes.parseRoute('/')).toBeUndefined();
	expect(routes.rootPath('/repo/en/')).toBe('/en/');
	expect(routes.rootPath('/other/en/')).toBeUndefined();
	const route = routes.parseRoute('/repo/zh/p/about/')!;
	expect(routes.routePath(routes.inLocale(route, 'en'))).toBe('/repo/en/p/about/');
	expect(alternates.pageLinks('/repo/en/p/')).toEqual({
		canonical: '/repo/en/p/',
		alternates: { 'zh-CN': '/repo/zh/p/', 'zh-TW': '/repo/zh-hant/p/', en: '/repo/en/p/', 'x-default': '/repo/zh/p/' },
	});
	expect(alternates.pageLinks('/repo/zh/p/en/').canonical).toBe('/repo/en/p/');
});

test('the server: a request target under the base, its bare name redirected, anything else outside', () => {
	expect(underBase('/', '/en/?q')).toBe('/en/?q');
	expect(underBase('/fork/', '/fork/en/?q')).toBe('/en/?q');
	expect(underBase('/fork/', '/fork/')).toBe('/');
	expect(underBase('/fork/', '/fork')).toEqual({ location: '/fork/' });
	expect(underBase('/fork/', '/fork?x')).toEqual({ location: '/fork/' });
	expect(underBase('/fork/', '/en/')).toBeUndefined();
	expect(underBase('/fork/', '/forked/en/')).toBeUndefined();
});

let folder: string;
let server: Server;
let port: number;

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'sub-path-test-'));
	mkdirSync(join(folder, 'en'), { recursive: true });
	writeFileSync(join(folder, 'index.html'), 'home');
	writeFileSync(join(folder, '404.html'), 'not found');
	writeFileSync(join(folder, 'en', 'index.html'), 'english');
	writeFileSync(join(folder, '_headers'), '/fork/*\n  X-Served-By: test\n');
	server = createSiteServer(folder, '/fork/');
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise((done) => server.close(done));
	rmSync(folder, { recursive: true, force: true });
});

function get(path: string): Promise<{ status: number; location: string | undefined; served: string | undefined; body: string }> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, timeout: 2000 }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () =>
				done({ status: response.statusCode ?? 0, location: response.headers.location, served: response.headers['x-served-by'] as string | undefined, body }),
			);
		});
		req.on('error', fail);
		req.end();
	});
}

test('a build served under its sub-path: found there, with its headers; its folders redirected there; nothing outside', async () => {
	expect(await get('/fork/')).toMatchObject({ status: 200, body: 'home', served: 'test' });
	expect(await get('/fork/en/')).toMatchObject({ status: 200, body: 'english', served: 'test' });
	expect(await get('/fork/en')).toMatchObject({ status: 301, location: '/fork/en/' });
	expect(await get('/fork')).toMatchObject({ status: 301, location: '/fork/' });
	expect(await get('/fork/nothing/')).toMatchObject({ status: 404, body: 'not found', served: 'test' });
	expect(await get('/')).toMatchObject({ status: 404 });
	expect(await get('/en/')).toMatchObject({ status: 404 });
	expect((await get('/en/')).body).not.toBe('english');
});
