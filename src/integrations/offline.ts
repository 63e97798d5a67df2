/**
 * Writes the service worker, `sw.js`, at the root of the built site (so that
 * its scope is the whole site, under whatever base it is published), after
 * the search index and before `_headers` (src/integrations/headers.ts, which
 * gives it `Cache-Control: no-cache`). Its code is src/scripts/offline/sw.ts,
 * bundled by esbuild with this build's manifest (src/lib/offline.ts); beside
 * it, in `offline/`, a list for each paper and each range of the search index
 * of the files it may keep, with their sizes and, where a name does not say
 * what it holds, their hashes. The manifest holds the shared files and, per
 * paper and range, a list's hash and totals: every visitor fetches `sw.js`
 * at each build, so it must not grow with the collection. A copy is kept only
 * if it is this build's, so that a page of one build is never read with data
 * of another; any change to the site changes a list or the manifest, so
 * `sw.js`, so the browser installs the new worker, which replaces the old
 * build's cache (docs/offline.md).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { AlignedDownload } from '../lib/downloads.ts';
import {
	type FileEntry,
	isNamedByContent,
	type ListOwner,
	LISTS,
	listPath,
	namedListPath,
	type OfflineList,
	type OfflineManifest,
	ownerOf,
} from '../lib/offline.ts';
import { servedFilePath } from '../lib/routes.ts';
import { rangeOf, type SearchRanges } from '../lib/search/ranges.ts';

export const SERVICE_WORKER = 'sw.js';
const SOURCE = fileURLToPath(new URL('../scripts/offline/sw.ts', import.meta.url));

const digest = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('base64url').slice(0, 12);

/** One build's offline reading: the manifest `sw.js` embeds, and the lists written beside the site, by path below it. */
export interface OfflineBuild {
	manifest: OfflineManifest;
	lists: Record<string, string>;
}

/** The paths below `dir` of its files, sorted. */
const filesBelow = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();

/** A site's files as the lists need them: a file's bytes (to hash it), or only its size (a file named by its content). */
export interface SiteFiles {
	read(path: string): Buffer;
	size(path: string): number;
}

/**
 * The manifest and the lists of a site whose files are `paths` (below the base, sorted; `files` gives one's bytes or
 * size): each file kept goes to its owner (ownerOf: a paper, a range, shared), with its size and, unless its name is
 * its hash, its hash (a file named by its content is not read: at a thousand papers they are 170,000 of the index's
 * files); each paper's and range's list is written as JSON, and the manifest holds only its hash, bytes and count.
 * `ranges` says which range a paper is in; `versions`, a paper's version. Pure, for the tests of a large site.
 */
export function offlineLists(
	paths: readonly string[],
	files: SiteFiles,
	{ ranges, versions, stylesheet }: { ranges: SearchRanges | undefined; versions: (paper: string) => string; stylesheet: string },
): OfflineBuild {
	const shared: OfflineManifest['shared'] = {};
	const own = new Map<string, OfflineList>();
	const search: OfflineList[] = [];
	for (const path of paths) {
		const name = servedFilePath(path);
		const owner = ownerOf(name);
		// The lists themselves (from a build before, in the tests' second build) are no file of their owner.
		if (owner === undefined || (owner !== 'shared' && name.startsWith(`${LISTS}/`))) continue;
		let entry: FileEntry;
		if (isNamedByContent(name)) entry = [files.size(path), ''];
		else {
			const bytes = files.read(path);
			entry = [bytes.length, digest(bytes)];
		}
		if (owner === 'shared') shared[name] = entry;
		else if ('range' in owner) (search[owner.range] ??= { files: {} }).files[name] = entry;
		else {
			let list = own.get(owner.paper);
			if (!list) own.set(owner.paper, (list = { files: {} }));
			list.files[name] = entry;
		}
	}
	const lists: OfflineBuild['lists'] = {};
	/** Writes `list` at `path`: its entry (size and hash). */
	const write = (path: string, list: OfflineList): FileEntry => {
		const text = JSON.stringify(list);
		lists[path] = text;
		return [Buffer.byteLength(text), digest(text)];
	};
	/**
	 * Writes `list` as `owner`'s, a range's files named by their content apart (namedListPath), listed in it; its
	 * hash, and the bytes and count of its files and lists.
	 */
	const written = (owner: ListOwner, list: OfflineList): [hash: string, bytes: number, count: number] => {
		const all = Object.values(list.files);
		let checked = list;
		if ('range' in owner) {
			const named = Object.entries(list.files).filter(([, [, hash]]) => hash === '');
			const namedList = namedListPath(owner.range);
			checked = { files: Object.fromEntries(Object.entries(list.files).filter(([, [, hash]]) => hash !== '')) };
			checked.files[namedList] = write(namedList, { files: Object.fromEntries(named) });
			all.push(checked.files[namedList]);
		}
		const [size, hash] = write(listPath(owner), checked);
		return [hash, all.reduce((sum, [bytes]) => sum + bytes, size), all.length + 1];
	};
	const papers: OfflineManifest['papers'] = {};
	for (const [paper, list] of own) papers[paper] = [versions(paper), rangeOf(ranges, paper), ...written({ paper }, list)];
	// Every range a paper is of has a list, empty where the range has no file (a site without a search index, a
	// range the list of ranges names and the index lacks): a paper's keep fetches its range's list, and would fail.
	const rangeCount = Math.max(search.length, ...Object.values(papers).map(([, range]) => range + 1));
	const searchByRange = Array.from({ length: rangeCount }, (_, range) => written({ range }, search[range] ?? { files: {} }));
	const manifest = { stylesheet, shared, papers, search: searchByRange };
	return { manifest: { build: digest(JSON.stringify(manifest)), ...manifest }, lists };
}

/** The manifest and lists of the site built in `dir`. */
export function offlineBuild(dir: string): OfflineBuild {
	let ranges: SearchRanges | undefined;
	try {
		ranges = JSON.parse(readFileSync(join(dir, 'pagefind', 'ranges.json'), 'utf8')) as SearchRanges;
	} catch {
		// No list (no index, or an older one): one range.
	}
	const versions = (paper: string): string => {
		try {
			return (JSON.parse(readFileSync(join(dir, 'downloads', `${paper}.json`), 'utf8')) as AlignedDownload).version?.number ?? '';
		} catch {
			// No download, no version to show: the paper is kept all the same.
			return '';
		}
	};
	const stylesheet = /\/(_astro\/[^"/]+\.css)"/.exec(readFileSync(join(dir, '404.html'), 'utf8'))?.[1] ?? '';
	const files: SiteFiles = { read: (path) => readFileSync(join(dir, path)), size: (path) => statSync(join(dir, path)).size };
	return offlineLists(filesBelow(dir), files, { ranges, versions, stylesheet });
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
	const { manifest, lists } = offlineBuild(dir);
	// The lists of a build before (the tests write a second build into a copy of the first) go: a paper removed has none.
	rmSync(join(dir, LISTS), { recursive: true, force: true });
	for (const [path, text] of Object.entries(lists)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
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

/**
 * writeServiceWorker on a thread of its own. At the end of a build of a thousand papers the build's heap holds some
 * 4 GB, and reading back 40,000 files into it (the pages' 3 GB among them) took 33 s where a fresh heap takes 6.
 * A failure on the thread (an unreadable file, esbuild's error) is the promise's, as it would be on this one.
 */
export function writeServiceWorkerOnThread(dir: string): Promise<{ bytes: number; build: string }> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./offline-worker.ts', import.meta.url), { workerData: { dir } });
		worker.once('message', resolve);
		worker.once('error', reject);
		// Settled already when it ends after its message or its error; else it ended without either.
		worker.once('exit', (code) => reject(new Error(`the offline lists' thread ended (code ${code}) before writing ${SERVICE_WORKER}`)));
	});
}

export default function offline(): AstroIntegration {
	return {
		name: 'offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { bytes, build } = await writeServiceWorkerOnThread(fileURLToPath(dir));
				logger.info(`${SERVICE_WORKER}: ${bytes} bytes, build ${build}`);
			},
		},
	};
}
