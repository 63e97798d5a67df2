/**
 * The CSP hashes computed beside the pages (src/integrations/headers.ts, `CspBesidePages`): each page's HTML hashed on
 * a thread as Astro renders it, through the one wrapper of Astro's renderer (src/integrations/rendered-pages.ts), the
 * same hashes as the built files' read back; what the thread did not see read from the files; a failure on the thread
 * stops the build at the next page, naming the page. Astro's renderer is a fake here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { afterAll, expect, test } from 'vitest';
import { CspBesidePages, type FromCspThread, inlineHashes, startCspThread, type ToCspThread } from '../../src/integrations/headers.ts';
import { besideThePages, RenderedPages, type RenderWatcher } from '../../src/integrations/rendered-pages.ts';
import { sitePath } from '../../src/lib/routes.ts';

const scratch = mkdtempSync(join(tmpdir(), 'headers-beside-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (script: string, style: string) =>
	`<!doctype html><html><head><style>${style}</style></head><body><script>${script}</script><noscript><style>${style}.n{}</style></noscript></body></html>`;
/** The pages, by their path from the site's root, and their HTML. */
const PAGES: Record<string, string> = {
	'/zh/a/': page('a()', 'p{}'),
	'/en/a/': page('b()', 'q{}'),
	'/en/guide/reading/': page('a()', 'r{}'),
	'/404/': page('c()', 's{}'),
};
const entry = (pathname: string): PathWithRoute => ({ pathname, route: { type: 'page' } as PathWithRoute['route'] });
const fileOf = (path: string): string => (path === '/404/' ? '/404.html' : `${path}index.html`);

/** Astro's renderer, faked: each page's HTML (the 404 page's with its status), and a download that is not a page. */
function fakeAstro(bodies: Record<string, string>): AstroPrerenderer {
	return {
		name: 'astro',
		getStaticPaths: () =>
			Promise.resolve([...Object.keys(bodies).map(entry), { pathname: '/downloads/a.json', route: { type: 'endpoint' } as PathWithRoute['route'] }]),
		render: (request) => {
			const path = new URL(request.url).pathname;
			const html = bodies[path.slice(sitePath('').length - 1)];
			return Promise.resolve(
				html === undefined
					? new Response('{"a":1}', { headers: { 'content-type': 'application/json' } })
					: // The 404 page is rendered with its status, and written all the same.
						new Response(html, { status: path.endsWith('/404/') ? 404 : 200, headers: { 'content-type': 'text/html' } }),
			);
		},
	};
}

/** Astro's build, faked: every listed path rendered and its file written below `site`. */
async function build(renderer: AstroPrerenderer, site: string, written: Record<string, string> = PAGES): Promise<void> {
	for (const listed of await renderer.getStaticPaths()) {
		const path = sitePath(listed.pathname.slice(1));
		const response = await renderer.render(new Request(new URL(path, 'http://localhost')), { routeData: listed.route });
		const body = await (response instanceof Response ? response : response.response).text();
		const html = written[listed.pathname];
		if (html === undefined) continue;
		const file = join(site, fileOf(listed.pathname));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, html === body ? body : html);
	}
}

test('the hashes of the pages as rendered are those of the built files, read back as before', { timeout: 30_000 }, async () => {
	const site = join(scratch, 'site');
	const beside = new CspBesidePages();
	await build(besideThePages(fakeAstro(PAGES), beside), site);
	const files = Object.keys(PAGES).map(fileOf);
	const { hashes, fromFiles } = await beside.finish(site, files);
	expect(fromFiles).toBe(0);
	expect(hashes).toEqual(inlineHashes(Object.values(PAGES)));
	expect(hashes.scripts).toHaveLength(3);
	expect(hashes.styles).toHaveLength(8);
});

test('a page not rendered through the wrapper, or written otherwise than rendered, is read from its file', { timeout: 30_000 }, async () => {
	const site = join(scratch, 'site-other');
	const beside = new CspBesidePages();
	const rendered = { '/zh/a/': PAGES['/zh/a/']!, '/en/a/': PAGES['/en/a/']! };
	// Written with another script than it was rendered with: the file is what is served.
	const written = { ...PAGES, '/en/a/': page('b(); rewritten()', 'q{}') };
	await build(besideThePages(fakeAstro(rendered), beside), site, rendered);
	for (const [path, html] of Object.entries(written)) {
		mkdirSync(dirname(join(site, fileOf(path))), { recursive: true });
		writeFileSync(join(site, fileOf(path)), html);
	}
	const { hashes, fromFiles } = await beside.finish(site, Object.keys(written).map(fileOf));
	expect(fromFiles).toBe(3);
	expect(hashes).toEqual(inlineHashes(Object.values(written)));
});

test('a failure on the thread stops the build at the next page, naming the page, and does not hang it', { timeout: 30_000 }, async () => {
	// A thread that cannot hash a page whose HTML says so.
	const failing = () =>
		new Worker(
			`const { parentPort } = require('node:worker_threads');
			parentPort.on('message', (m) => { if (m.bytes && new TextDecoder().decode(m.bytes).includes('unhashable')) parentPort.postMessage({ failed: 'the CSP hashes of page ' + m.page + ' could not be computed: unhashable' }); });`,
			{ eval: true },
		);
	const beside = new CspBesidePages(failing);
	const renderer = besideThePages(fakeAstro({ '/zh/a/': page('unhashable()', 'p{}'), '/en/a/': PAGES['/en/a/']! }), beside);
	const [first, second] = await renderer.getStaticPaths();
	await renderer.render(new Request(new URL(sitePath('zh/a/'), 'http://localhost')), { routeData: first!.route });
	await expect.poll(() => beside.failure?.message).toContain('zh/a/');
	await expect(renderer.render(new Request(new URL(sitePath('en/a/'), 'http://localhost')), { routeData: second!.route })).rejects.toThrow(
		/the CSP hashes of page \S*\/zh\/a\/ could not be computed/,
	);
	await expect(beside.finish(join(scratch, 'none'), [])).rejects.toThrow(/zh\/a\//);
});

test('the thread names the page it could not hash', { timeout: 30_000 }, async () => {
	const worker = startCspThread();
	const failed = new Promise<FromCspThread>((resolve) => worker.once('message', resolve));
	// Not HTML: what a fault in the parser would give.
	worker.postMessage({ page: '/zh/a/', bytes: 42 as unknown as ArrayBuffer } satisfies ToCspThread);
	expect(await failed).toEqual({ failed: expect.stringMatching(/^the CSP hashes of page \/zh\/a\/ could not be computed: /) as unknown });
	await worker.terminate();
});

test('one wrapper tells every integration listening: a second listener does not replace the first', async () => {
	const rendering = new RenderedPages();
	const seen: string[] = [];
	const watcher = (name: string): RenderWatcher => ({ paths: () => undefined, rendered: (path) => seen.push(`${name} ${path}`), check: () => undefined });
	let wrap: ((renderer: AstroPrerenderer) => AstroPrerenderer) | undefined;
	const setPrerenderer = (prerenderer: AstroPrerenderer | ((renderer: AstroPrerenderer) => AstroPrerenderer)) => {
		// Astro keeps the last one set.
		if (typeof prerenderer === 'function') wrap = prerenderer;
	};
	rendering.listen('index', watcher('index'), setPrerenderer);
	rendering.listen('headers', watcher('headers'), setPrerenderer);
	const renderer = wrap!(fakeAstro({ '/zh/a/': PAGES['/zh/a/']! }));
	const [listed] = await renderer.getStaticPaths();
	await renderer.render(new Request(new URL(sitePath('zh/a/'), 'http://localhost')), { routeData: listed!.route });
	expect(seen).toEqual([`index ${sitePath('zh/a/')}`, `headers ${sitePath('zh/a/')}`]);
});
