/**
 * The search index written beside the pages (src/integrations/search-index.ts): Astro's renderer wrapped, the guide's
 * pages rendered first and once, each paper's aligned download given to the index's threads as Astro renders it
 * (its request as Astro makes it), and the index moved into the site at the end. Astro's renderer is a fake here,
 * which answers each path with a body of its own.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { afterAll, expect, test } from 'vitest';
import { besideThePages } from '../../src/integrations/rendered-pages.ts';
import { IndexBesidePages } from '../../src/integrations/search-index.ts';
import { alignedDownload } from '../../src/lib/downloads.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'search-index-beside-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const guidePage = (title: string) => `<main><article class="guide"><h1>${title}</h1><p>${title}: the opening.</p></article></main>`;
const download = JSON.stringify({ ...alignedDownload(readPaperFolder(FIXTURE)), paper: 'a' });

/** What Astro would list: a page or a file, by its path from the site's root. */
const entry = (pathname: string, type: 'page' | 'endpoint'): PathWithRoute => ({ pathname, route: { type } as PathWithRoute['route'] });
const ENTRIES = [
	entry('/404', 'page'),
	entry('/downloads/a.json', 'endpoint'),
	entry('/downloads/a.tsv', 'endpoint'),
	entry('/zh/guide/reading/', 'page'),
	entry('/en/guide/reading/', 'page'),
	entry('/zh-hant/guide/reading/', 'page'),
	entry('/zh/a/', 'page'),
	entry('/en/a/', 'page'),
];
/** The URL Astro asks for: a page's with a slash after it, and so a file's of a route named `[file].ts`. */
const astroUrl = ({ pathname }: PathWithRoute): string => new URL(pathname.endsWith('/') ? pathname : `${pathname}/`, 'http://localhost').href;
/** The body the fake renderer gives a path. */
const BODIES: Record<string, string> = {
	'/downloads/a.json/': download,
	'/zh/guide/reading/': guidePage('阅读'),
	'/en/guide/reading/': guidePage('Reading'),
};

test('the guide’s pages first and once, each paper’s download given as it is rendered, the index moved into the site', { timeout: 60_000 }, async () => {
	const asked: string[] = [];
	const astros: AstroPrerenderer = {
		name: 'astro',
		getStaticPaths: () => Promise.resolve(ENTRIES),
		render: (request) => {
			const path = new URL(request.url).pathname;
			asked.push(path);
			return Promise.resolve(new Response(BODIES[path] ?? `<p>${path}</p>`));
		},
	};
	const watcher = new IndexBesidePages(join(scratch, 'staging'));
	const renderer = besideThePages(astros, watcher);
	const site = join(scratch, 'site');
	const pages: { pathname: string }[] = [];
	for (const listed of await renderer.getStaticPaths()) {
		const response = await renderer.render(new Request(astroUrl(listed)), { routeData: listed.route });
		const body = await (response instanceof Response ? response : response.response).text();
		const file = join(site, listed.pathname.endsWith('/') ? `${listed.pathname}index.html` : listed.pathname);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, body);
		if (listed.route.type === 'page') pages.push({ pathname: listed.pathname.slice(1) });
		if (listed.pathname === '/en/guide/reading/') expect(body, 'the page Astro is given is the one rendered first').toBe(BODIES['/en/guide/reading/']);
	}
	// Then the aligned downloads the threads index, put at the head of Astro's order, and the rest in Astro's.
	expect(asked.slice(0, 5), 'the guide’s pages in the text’s languages, before the first page; then the downloads indexed').toEqual([
		'/zh/guide/reading/',
		'/en/guide/reading/',
		'/downloads/a.json/',
		'/404/',
		'/downloads/a.tsv/',
	]);
	expect(
		asked.filter((path) => path === '/zh/guide/reading/'),
		'rendered once',
	).toHaveLength(1);
	// Astro's own last renders settle before build:done; here, a moment for the last bodies read.
	await new Promise((resolve) => setTimeout(resolve, 50));
	expect(watcher.threads?.papersToSend(), 'the download was given as Astro rendered it, not read from the built file').toEqual([]);
	expect(watcher.threads?.guidesSent).toBe(true);

	const written = await watcher.finish(site, pages);
	expect(written).toMatchObject({ ranges: 1, fromFiles: 0, guideSections: 2 });
	expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
	expect(existsSync(join(site, 'pagefind', 'zh', 'pagefind-entry.json'))).toBe(true);
	expect(existsSync(join(scratch, 'staging')), 'the staging folder is gone').toBe(false);
});

test('a paper the index cannot read stops the build at the next page, the error naming the paper', { timeout: 60_000 }, async () => {
	const astros: AstroPrerenderer = {
		name: 'astro',
		getStaticPaths: () => Promise.resolve(ENTRIES),
		render: (request) => {
			const path = new URL(request.url).pathname;
			return Promise.resolve(new Response(path === '/downloads/a.json/' ? '{ not JSON' : (BODIES[path] ?? `<p>${path}</p>`)));
		},
	};
	const watcher = new IndexBesidePages(join(scratch, 'staging-failing'));
	const renderer = besideThePages(astros, watcher);
	const [first, download, ...rest] = await renderer.getStaticPaths();
	for (const listed of [first!, download!]) await renderer.render(new Request(astroUrl(listed)), { routeData: listed.route });
	// The thread fails on its own time: the next page after it has.
	for (let waited = 0; !watcher.threads?.failure && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
	await expect(renderer.render(new Request(astroUrl(rest[0]!)), { routeData: rest[0]!.route })).rejects.toThrow(/paper a/);
});
