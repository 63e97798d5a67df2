/**
 * Writes the service worker, `sw.js`, at the root of the built site (so that
 * its scope is the whole site, under whatever base it is published), after
 * the search index and before `_headers` (src/integrations/headers.ts, which
 * gives it `Cache-Control: no-cache`). Its code is src/scripts/offline/sw.ts,
 * bundled by esbuild with this build's manifest (src/lib/offline.ts): every
 * file it may keep, with its size and, where its name does not say what it
 * holds, its hash. A copy is kept only if it is this build's, so that a page
 * of one build is never read with data of another; any change to the site
 * changes the manifest, so `sw.js`, so the browser installs the new worker,
 * which replaces the old build's cache (docs/offline.md).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { AlignedDownload } from '../lib/downloads.ts';
import { isNamedByContent, type OfflineManifest, paperOfPage } from '../lib/offline.ts';
import { rangeOf, rangeOfFile, type SearchRanges } from '../lib/search/ranges.ts';

export const SERVICE_WORKER = 'sw.js';
const SOURCE = fileURLToPath(new URL('../scripts/offline/sw.ts', import.meta.url));

const digest = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('base64url').slice(0, 12);

/**
 * Which paper a file belongs to (`alignment/p.json`, `aids/p/…`, a page of p and its print styles), the range of
 * the search index it is part of, `shared` for what every paper needs, or undefined.
 */
function ownerOf(path: string): string | number | undefined {
	// A page, asked for by its directory, and beside a paper's pages their print styles (`zh/p/print.css`).
	for (const file of ['index.html', 'print.css']) if (path.endsWith(`/${file}`)) return paperOfPage(path.slice(0, -file.length));
	const data = /^(?:alignment\/([^/]+)\.json|aids\/([^/]+)\/)/.exec(path);
	if (data) return data[1] ?? data[2];
	// A range's bundles (the guide's sections are records of the first range's).
	if (path.startsWith('pagefind/')) return rangeOfFile(path.slice('pagefind/'.length)) ?? 'shared';
	// The scripts and styles, the page icon and print styles.
	if (/^_astro\/[^/]+\.(?:js|css)$/.test(path)) return 'shared';
	if (['favicon.svg', 'print.css'].includes(path)) return 'shared';
	return undefined;
}

/** The manifest of the site built in `dir`. */
export function offlineManifest(dir: string): OfflineManifest {
	const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	const files: OfflineManifest['files'] = {};
	const papers: OfflineManifest['papers'] = {};
	const shared: string[] = [];
	const search: string[][] = [];
	for (const path of paths) {
		const owner = ownerOf(path);
		if (owner === undefined) continue;
		const bytes = readFileSync(join(dir, path));
		// A page is asked for by its directory's URL.
		const name = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path;
		files[name] = [bytes.length, isNamedByContent(name) ? '' : digest(bytes)];
		if (owner === 'shared') shared.push(name);
		else if (typeof owner === 'number') (search[owner] ??= []).push(name);
		else {
			papers[owner] ??= { version: '', files: [], range: 0 };
			papers[owner].files.push(name);
		}
	}
	let ranges: SearchRanges | undefined;
	try {
		ranges = JSON.parse(readFileSync(join(dir, 'pagefind', 'ranges.json'), 'utf8')) as SearchRanges;
	} catch {
		// No list (no index, or an older one): one range.
	}
	for (const [paper, entry] of Object.entries(papers)) {
		entry.range = rangeOf(ranges, paper);
		try {
			const download = JSON.parse(readFileSync(join(dir, 'downloads', `${paper}.json`), 'utf8')) as AlignedDownload;
			entry.version = download.version?.number ?? '';
		} catch {
			// No download, no version to show: the paper is kept all the same.
		}
	}
	const notFound = readFileSync(join(dir, '404.html'), 'utf8');
	const stylesheet = /\/(_astro\/[^"/]+\.css)"/.exec(notFound)?.[1] ?? '';
	// A range with no file (none can be: every range has both languages' bundles) is an empty list, not a hole.
	const searchByRange = Array.from(search, (files) => files ?? []);
	return { build: digest(JSON.stringify({ files, papers, shared, search: searchByRange })), stylesheet, files, papers, shared, search: searchByRange };
}

/** How long the worker gives one file's fetch and write while keeping a paper before it calls the keep failed (ms). */
export const FILE_DEADLINE = 20_000;

/** How often the worker says a keep is still going (ms); the page takes 8 s of silence (4 of them) for a worker gone (offline.ts). */
export const HEARTBEAT = 2000;

/**
 * Bundles the service worker with the manifest of the site in `dir` into `dir/sw.js`; its size and build.
 * `fileDeadline` shortens the deadline of each file kept, for the tests of a file that never arrives; `heartbeat`,
 * the time between its words while keeping, for the test of a worker stopped (with the page's wait shortened alike).
 */
export async function writeServiceWorker(dir: string, { fileDeadline = FILE_DEADLINE, heartbeat = HEARTBEAT } = {}): Promise<{ bytes: number; build: string }> {
	const manifest = offlineManifest(dir);
	const result = await build({
		entryPoints: [SOURCE],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest), __FILE_DEADLINE__: String(fileDeadline), __HEARTBEAT__: String(heartbeat) },
	});
	const code = result.outputFiles[0]!.contents;
	writeFileSync(join(dir, SERVICE_WORKER), code);
	return { bytes: code.length, build: manifest.build };
}

export default function offline(): AstroIntegration {
	return {
		name: 'offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { bytes, build } = await writeServiceWorker(fileURLToPath(dir));
				logger.info(`${SERVICE_WORKER}: ${bytes} bytes, build ${build}`);
			},
		},
	};
}
