/**
 * Writes `_headers` after the build, for hosts that read one (Netlify,
 * Cloudflare Pages) and for the site's own server (tools/serve.ts), so that
 * the tests run under the policy that is published:
 *
 * - a Content-Security-Policy that allows nothing but the site itself: its
 *   inline scripts and styles by their hashes, computed from the built
 *   pages (never by hand: on a thread as Astro renders them, `CspBesidePages`), WebAssembly for the search (Pagefind), no
 *   plugins, no <base>, no framing;
 * - Referrer-Policy and X-Content-Type-Options;
 * - long, immutable caching for what has its hash in its name (Astro's
 *   assets, the index's chunks), the hosts' short default for the rest;
 * - the media type and charset of each download.
 *
 * Its paths are the site's, under its base (`/repo/*` for a project site): the build's files lie in dist/ from its root.
 *
 * Astro's own CSP support writes the policy into a <meta> of every page:
 * about 150 bytes a page, which the reading pages' budget cannot spare, and
 * a <meta> cannot forbid framing. A header costs the pages nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { servedFilePath, sitePath } from '../lib/routes.ts';
import { isNamedByContent } from '../lib/offline.ts';
import { Worker } from 'node:worker_threads';
import { SERVICE_WORKER } from './offline.ts';
import { type RenderedPages, renderedPages, type RenderWatcher } from './rendered-pages.ts';

/** The types of the downloads, with their charset: a host would guess `.bib`, `.ris` and `.tsv` wrong. */
export const DOWNLOAD_TYPES: Record<string, string> = {
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.tmx': 'application/x-tmx+xml; charset=utf-8',
	// Binary: no charset.
	'.epub': 'application/epub+zip',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For what keeps its name from build to build (pages, downloads, Pagefind's runtime): asked again each time. */
const REVALIDATE = 'public, max-age=0, must-revalidate';
/** The service worker: never taken from a cache unasked, so that a new build's worker is found at once. */
const NO_CACHE = 'no-cache';
/** Files named by their content, kept for a year: the rule the offline worker serves them by too (`/_astro/x` → `_astro/x`). */
const isImmutable = (file: string): boolean => isNamedByContent(file.slice(1));

function filesBelow(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The `type`s under which a browser runs a <script> (HTML's JavaScript MIME types, `module`, `importmap`); any other is a data block. */
const SCRIPT_TYPES = new Set([
	'',
	'module',
	'importmap',
	...[
		'application/ecmascript',
		'application/javascript',
		'application/x-ecmascript',
		'application/x-javascript',
		'text/ecmascript',
		'text/javascript',
		'text/jscript',
		'text/livescript',
		'text/x-ecmascript',
		'text/x-javascript',
	],
	...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].map((version) => `text/javascript${version}`),
]);

const attribute = (element: DefaultTreeAdapterTypes.Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: DefaultTreeAdapterTypes.Element): string =>
	element.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');

/** Every element of `node` and below it, template contents included (a script there runs once it is put in the page). */
function* elementsOf(node: DefaultTreeAdapterTypes.ParentNode): Generator<DefaultTreeAdapterTypes.Element> {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		yield child;
		yield* elementsOf(child);
		if (child.tagName === 'template' && 'content' in child) yield* elementsOf(child.content);
	}
}

/** The hashes of the inline scripts and styles of some pages. */
export interface InlineHashes {
	scripts: string[];
	styles: string[];
}

/**
 * The hashes of every inline script and style a built page runs: the <script> elements (without `src`,
 * of a type that runs: not data blocks such as JSON-LD) and <style> elements an HTML parser finds, as a
 * browser does, with script (and without, for the styles of <noscript>). What only looks like one (a
 * `<script>` inside an attribute, a comment, a title's text, <noscript> or <textarea>) is text, and allows nothing.
 */
export function pageHashes(html: string): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	// Without script, a browser reads <noscript> as markup: its styles apply then. The two readings differ only
	// from the first <noscript> on, so a page with no <style after it has no style the reading with script misses
	// (and is parsed once: the second parse of every page was half of this step, which grows with the papers).
	const noscript = html.search(/<noscript/i);
	if (noscript >= 0 && /<style/i.test(html.slice(noscript)))
		for (const element of elementsOf(parse(html, { scriptingEnabled: false }))) if (element.tagName === 'style') styles.add(hash(textOf(element)));
	for (const element of elementsOf(parse(html))) {
		if (element.tagName === 'style') styles.add(hash(textOf(element)));
		if (element.tagName !== 'script' || attribute(element, 'src') !== undefined) continue;
		// HTML's rule: no `type` but a `language` is `text/{language}`.
		const language = attribute(element, 'language');
		const type = attribute(element, 'type') ?? (language ? `text/${language}` : '');
		if (SCRIPT_TYPES.has(type.trim().toLowerCase())) scripts.add(hash(textOf(element)));
	}
	return { scripts: [...scripts], styles: [...styles] };
}

/** The hashes of some pages' (`pageHashes`), each once, in order. */
export function allHashes(pages: Iterable<InlineHashes>): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const page of pages) {
		for (const script of page.scripts) scripts.add(script);
		for (const style of page.styles) styles.add(style);
	}
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** The hashes of every inline script and style `pages` run (`pageHashes`), each once, in order. */
export function inlineHashes(pages: Iterable<string>): InlineHashes {
	return allHashes(
		(function* () {
			for (const html of pages) yield pageHashes(html);
		})(),
	);
}

export function contentSecurityPolicy({ scripts, styles }: InlineHashes): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
		`style-src 'self' ${styles.join(' ')}`,
		"img-src 'self'",
		// The service worker (sw.js, src/integrations/offline.ts), which default-src would allow: said, not inferred.
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** A page's hashes as its thread computed them, and the length of the HTML they are of (in bytes). */
export interface PageSeen extends InlineHashes {
	bytes: number;
}

/** What the CSP hashes' thread is sent: a page as rendered (its path and its HTML's bytes), or the end of the pages. */
export type ToCspThread = { page: string; bytes: ArrayBuffer } | { done: true };

/** What it sends back: every page's hashes, by path, at the end; or the page it could not hash. */
export type FromCspThread = { pages: [string, PageSeen][] } | { failed: string };

/** Starts the CSP hashes' thread; tests start theirs through it. */
export type StartCspThread = () => Worker;

export const startCspThread: StartCspThread = () => new Worker(new URL('./headers-worker.ts', import.meta.url));

/** The path Astro renders a built page `file` (`/en/p/index.html`) at (`/repo/en/p/`). */
export function servedPathOf(file: string): string {
	// Astro asks for a page not named index.html (`404.html`) by its name as a directory (`/404/`).
	return sitePath(servedFilePath(file.slice(1)).replace(/\.html$/, '/'));
}

/**
 * The CSP hashes computed beside the pages: each page's HTML, as Astro renders it, is hashed by a thread
 * (headers-worker.ts) while the main thread renders the next, instead of every page read back and parsed after them
 * (62 s at 1,000 papers on the main thread). At the end (`finish`) what did not come that way is read from the
 * built files, as before. A failure on the thread stops the build at the next page, naming the page.
 */
export class CspBesidePages implements RenderWatcher {
	#worker: Worker | undefined;
	#seen: Promise<Map<string, PageSeen>> | undefined;
	/** The pages' HTML on its way to the thread (a response's body is read asynchronously). */
	#sending: Promise<void>[] = [];
	/** The thread's failure, once there is one. */
	failure: Error | undefined;
	readonly #start: StartCspThread;

	constructor(start: StartCspThread = startCspThread) {
		this.#start = start;
	}

	paths(): void {
		void this.#worker?.terminate();
		const worker = this.#start();
		// Waiting for pages, the thread must not hold a process whose build failed: `finish` refs it again.
		worker.unref();
		this.#worker = worker;
		this.#sending = [];
		this.failure = undefined;
		this.#seen = new Promise<Map<string, PageSeen>>((resolve, reject) => {
			worker.on('message', (message: FromCspThread) => {
				if ('pages' in message) resolve(new Map(message.pages));
				else reject(new Error(message.failed));
			});
			worker.once('error', reject);
			worker.once('exit', (code) => reject(new Error(`the CSP hashes' thread stopped (exit code ${code}) before it had hashed the pages`)));
		});
		this.#seen.catch((error: unknown) => {
			this.failure ??= error instanceof Error ? error : new Error(String(error));
			void worker.terminate();
		});
	}

	rendered(path: string, response: Response): void {
		const worker = this.#worker;
		// Astro writes the body of any page but a redirect (the 404 page's status is 404); a redirect's file is its own.
		const redirect = response.status >= 300 && response.status < 400;
		if (!worker || this.failure || redirect || !response.headers.get('content-type')?.startsWith('text/html')) return;
		// Its bytes, handed over (not copied) and decoded there: the decoding and a copy of every page's HTML were the
		// build's thread's, some 3 GB at a thousand papers.
		this.#sending.push(
			response
				.clone()
				.arrayBuffer()
				.then((bytes) => worker.postMessage({ page: path, bytes } satisfies ToCspThread, [bytes])),
		);
	}

	check(): void {
		if (this.failure) throw this.failure;
	}

	/**
	 * The hashes of the built pages `files` (`/en/p/index.html`) below `site`: each page's from the thread where it
	 * hashed the same HTML (as long), from the file where not; and how many were read from the files.
	 */
	async finish(site: string, files: readonly string[]): Promise<{ hashes: InlineHashes; fromFiles: number }> {
		let seen = new Map<string, PageSeen>();
		if (this.#worker && this.#seen) {
			this.#worker.ref();
			await Promise.all(this.#sending);
			this.#worker.postMessage({ done: true } satisfies ToCspThread);
			seen = await this.#seen;
		}
		let fromFiles = 0;
		const pages = function* () {
			for (const file of files) {
				const page = seen.get(servedPathOf(file));
				if (page && statSync(join(site, file)).size === page.bytes) {
					yield page;
					continue;
				}
				// Not rendered through the wrapper (an incremental build's cached page, a redirect's page), or written otherwise.
				fromFiles++;
				yield pageHashes(readFileSync(join(site, file), 'utf8'));
			}
		};
		const hashes = allHashes(pages());
		return { hashes, fromFiles };
	}
}

export default function headers(rendering: RenderedPages = renderedPages): AstroIntegration {
	let beside: CspBesidePages | undefined;
	return {
		name: 'headers',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				beside = new CspBesidePages();
				rendering.listen('headers', beside, setPrerenderer);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const files = filesBelow(site).map((file) => `/${relative(site, file)}`);
				const { hashes, fromFiles } = await (beside ?? new CspBesidePages()).finish(
					site,
					files.filter((file) => file.endsWith('.html')),
				);
				const rules: [string, [string, string][]][] = [
					[
						sitePath('*'),
						[
							['Content-Security-Policy', contentSecurityPolicy(hashes)],
							['Referrer-Policy', 'strict-origin-when-cross-origin'],
							['X-Content-Type-Options', 'nosniff'],
						],
					],
					[sitePath('_astro/*'), [['Cache-Control', IMMUTABLE]]],
					// Pagefind names its chunks by their content; its runtime, entry and WebAssembly keep their names.
					...['index', 'fragment', 'filter'].map((kind): [string, [string, string][]] => [sitePath(`pagefind/*/${kind}/*`), [['Cache-Control', IMMUTABLE]]]),
					// Everything else, by its own path (a host joins the values of every rule that matches, so a catch-all
					// Cache-Control would contradict the immutable one); downloads with their types.
					...files
						.filter((file) => !isImmutable(file) && file !== '/_headers')
						.map((file): [string, [string, string][]] => {
							const path = servedFilePath(file);
							const download = file.startsWith('/downloads/') || file.startsWith('/alignment/');
							const type: [string, string][] = download
								? [['Content-Type', DOWNLOAD_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream']]
								: [];
							return [sitePath(path.slice(1)), [...type, ['Cache-Control', file === `/${SERVICE_WORKER}` ? NO_CACHE : REVALIDATE]]];
						}),
				];
				const text = rules.map(([path, list]) => `${path}\n${list.map(([name, value]) => `  ${name}: ${value}`).join('\n')}`).join('\n');
				writeFileSync(join(site, '_headers'), `${text}\n`);
				logger.info(
					`_headers: ${hashes.scripts.length} inline script(s) and ${hashes.styles.length} style(s) allowed by hash, hashed beside the pages${fromFiles > 0 ? ` (${fromFiles} page(s) read from the built files)` : ''}; ${Math.round(performance.now() - started)} ms after them`,
				);
			},
		},
	};
}
