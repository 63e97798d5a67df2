/**
 * Offline reading (docs/offline.md): what the service worker knows of a
 * build, and the pure rules it follows, here so that they can be tested
 * without a browser. Every path is relative to the site's base (the
 * service worker's scope: `zh/chatgpt-sora/`, `_astro/Base.x.css`), so
 * that a site published under a sub-path caches the same names.
 */
import { parseRoute, sitePath } from './routes.ts';
import { rangeOfFile, SIMPLIFIED_FORMS } from './search/ranges.ts';

/** A file the service worker may keep: its bytes, and the start of its SHA-256 (base64url); '' for a file named by its content. */
export type FileEntry = [size: number, hash: string];

/**
 * The files of one owner (a paper, a range of the search index) with their sizes and hashes, written by the build
 * beside the site (`offline/paper/<id>.json`, `offline/search/<range>.json`: listPath), so that `sw.js` does not
 * grow with them. The worker fetches a list when it needs it (a paper kept, a copy to check) and keeps it in its
 * cache; a list is checked by its hash in the manifest, so a list is always its worker's build's.
 */
export interface OfflineList {
	files: Record<string, FileEntry>;
}

/**
 * One build, as `sw.js` holds it (written by src/integrations/offline.ts): a few tens of bytes a paper and a range,
 * whatever the files they have. A paper's and a range's bytes and count are those of their files and their list.
 */
export interface OfflineManifest {
	/** Names the build's cache: any change to a file kept, or to a list, makes another. */
	build: string;
	/** The site's stylesheet, for the offline page. */
	stylesheet: string;
	/**
	 * What every kept paper needs besides its own files (the scripts and styles, search's runtime and lists): its
	 * hash where its name does not already say what it holds (pages, data, Pagefind's runtime and entry).
	 */
	shared: Record<string, FileEntry>;
	/** Each paper: its current version, its range of the search index, its list's hash, and its own files' bytes and count. */
	papers: Record<string, [version: string, range: number, list: string, bytes: number, count: number]>;
	/**
	 * Each range of papers of the search index (src/lib/search/ranges.ts), both languages' bundles: its list's
	 * hash, bytes and count. A kept paper keeps its own range's, the bundle its search loads first (a thousand
	 * papers' whole index would be 150 MB).
	 */
	search: [list: string, bytes: number, count: number][];
}

/** Who has a list of files: a paper (its pages and data), or a range of the search index. */
export type ListOwner = { paper: string } | { range: number };
/** Who a file is kept for: a list's owner, or every kept paper. */
export type Owner = ListOwner | 'shared';

/** The folder below the base where the build writes the lists. */
export const LISTS = 'offline';

/** Where the build writes the list of a paper's or a range's files, below the base. */
export const listPath = (owner: ListOwner): string => ('paper' in owner ? `${LISTS}/paper/${owner.paper}.json` : `${LISTS}/search/${owner.range}.json`);

/**
 * Where a range's files named by their content (Pagefind's chunks: thousands, about 430 KB of list at 50 papers)
 * are listed, apart: the worker needs them only to keep or remove a paper, while a search read online needs the
 * hashes of the range's few other files (its entry, metadata, WebAssembly), in the range's own list. That list
 * lists this one, with its hash, as one of its files, so it is checked as they are.
 */
export const namedListPath = (range: number): string => `${LISTS}/search/${range}.named.json`;

/** A list's path (listPath, namedListPath): its paper, or its range. */
const LIST_PATH = new RegExp(`^${LISTS}/(?:paper/([^/]+)|search/(\\d+)(?:\\.named)?)\\.json$`);

/**
 * Who a file belongs to, from its path below the base alone (a page by its directory: `zh/p/`), for the build and
 * the worker alike: a paper's pages (every mode, about, glossary), their print styles (`zh/p/print.css`), its
 * alignment and aids, and its list; a range's bundles of the search index (the guide's sections are records of the
 * first range's) and its list; shared, the scripts and styles, the icon, the print styles, search's runtime and
 * the files every range reads; undefined for anything else (downloads, the home page, the guide's pages, images).
 */
export function ownerOf(path: string): Owner | undefined {
	const list = LIST_PATH.exec(path);
	if (list) return list[1] !== undefined ? { paper: list[1] } : { range: Number(list[2]) };
	// A page, by its directory; its print styles, beside it (`zh/p/print.css`).
	const page = path === '' || path.endsWith('/') ? path : /^(.+\/)print\.css$/.exec(path)?.[1];
	if (page !== undefined) {
		const paper = paperOfPage(page);
		return paper === undefined ? undefined : { paper };
	}
	const data = /^(?:alignment\/([^/]+)\.json|aids\/([^/]+)\/)/.exec(path);
	if (data) return { paper: (data[1] ?? data[2])! };
	if (path.startsWith('pagefind/')) {
		const below = path.slice('pagefind/'.length);
		const range = rangeOfFile(below);
		if (range !== undefined) return { range };
		// Search's runtime and list of ranges, beside the bundles, and what every range reads; no other folder.
		return !below.includes('/') || below === SIMPLIFIED_FORMS ? 'shared' : undefined;
	}
	if (/^_astro\/[^/]+\.(?:js|css)$/.test(path) || ['favicon.svg', 'print.css'].includes(path)) return 'shared';
	return undefined;
}

/** Every cache the site's service worker makes starts so; nothing else of the origin's is touched. */
export const CACHE_PREFIX = 'reader-offline-';
export const cacheName = (build: string): string => `${CACHE_PREFIX}${build}`;
/** The caches of builds other than `build`: dropped once its service worker takes over. */
export const staleCaches = (names: readonly string[], build: string): string[] => names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName(build));

/** Where the note that a paper is kept is stored in its build's cache (never a file of the site: `~` is in no route). */
export const keptMarker = (paper: string): string => `~kept/${paper}`;
export const paperOfMarker = (path: string): string | undefined => (path.startsWith('~kept/') ? path.slice('~kept/'.length) : undefined);

/** `url` as a path below `scope` (the service worker's scope, the site's base URL), without query or fragment; undefined outside it. */
export function scopePath(url: string, scope: string): string | undefined {
	const bare = url.split(/[?#]/, 1)[0]!;
	return bare.startsWith(scope) ? bare.slice(scope.length) : undefined;
}

/** The route of a page from its path below the base, as served under this code's base: the build's, the page's (`/fork/` on a fork's GitHub Pages), the worker's (none: `/`). */
export const routeOfPage = (path: string): ReturnType<typeof parseRoute> => parseRoute(sitePath(path));

/** The paper a page belongs to (a reading page in any mode, its about page or glossary), from its path below the base. */
export function paperOfPage(path: string): string | undefined {
	const route = routeOfPage(path);
	return route && 'paper' in route ? route.paper : undefined;
}

/** Whether a file's name holds its content's hash, so that a copy of it is right whatever the build. */
export const isNamedByContent = (path: string): boolean => path.startsWith('_astro/') || /^pagefind\/[^/]+\/(index|fragment|filter)\//.test(path);

/** A paper's entry of the manifest, by name (`sw.js` holds it as a tuple, to stay small). */
export function paperEntry(
	manifest: OfflineManifest,
	paper: string,
): { version: string; range: number; list: string; bytes: number; count: number } | undefined {
	const entry = manifest.papers[paper];
	if (!entry) return undefined;
	const [version, range, list, bytes, count] = entry;
	return { version, range, list, bytes, count };
}

/** A range's entry of the manifest, by name: its list's hash, its files' bytes and count (none for a range the build does not have). */
export function rangeEntry(manifest: OfflineManifest, range: number): { list: string; bytes: number; count: number } | undefined {
	const entry = manifest.search[range];
	if (!entry) return undefined;
	const [list, bytes, count] = entry;
	return { list, bytes, count };
}

/** The lists a kept `paper` needs: its own, and its range's. */
export function listsOfPaper(manifest: OfflineManifest, paper: string): [{ paper: string }, { range: number }] | undefined {
	const entry = paperEntry(manifest, paper);
	return entry && [{ paper }, { range: entry.range }];
}

/** Every file a kept `paper` needs, given its list and its range's: its own files, the shared ones and its range's, with both lists; empty for a paper the build does not have. */
export function paperFiles(manifest: OfflineManifest, paper: string, own: OfflineList, range: OfflineList): string[] {
	const owners = listsOfPaper(manifest, paper);
	if (!owners) return [];
	return [...new Set([listPath(owners[0]), ...Object.keys(own.files), ...Object.keys(manifest.shared), listPath(owners[1]), ...Object.keys(range.files)])];
}

/** What keeping `paper` takes, from the manifest alone (before its lists are fetched): its bytes, and how many files (paperFiles' length). */
export function keptSize(manifest: OfflineManifest, paper: string): { bytes: number; count: number } {
	const entry = paperEntry(manifest, paper);
	if (!entry) return { bytes: 0, count: 0 };
	const { bytes = 0, count = 0 } = rangeEntry(manifest, entry.range) ?? {};
	const shared = Object.values(manifest.shared);
	return { bytes: entry.bytes + bytes + shared.reduce((sum, [size]) => sum + size, 0), count: entry.count + count + shared.length };
}

/**
 * What removing `paper` frees, while the papers `stillKept` stay: its own files and list; its range's search index
 * and list unless a paper still kept is of the same range; search's shared files once no paper is kept (the scripts
 * and styles stay, for the pages read).
 */
export function filesFreed(manifest: OfflineManifest, paper: string, stillKept: readonly string[], own: OfflineList, range: OfflineList): string[] {
	const owners = listsOfPaper(manifest, paper);
	if (!owners) return [];
	const ranges = new Set(stillKept.map((other) => paperEntry(manifest, other)?.range));
	return [
		listPath(owners[0]),
		...Object.keys(own.files),
		...(ranges.has(owners[1].range) ? [] : [listPath(owners[1]), ...Object.keys(range.files)]),
		...(stillKept.length > 0 ? [] : Object.keys(manifest.shared).filter((path) => path.startsWith('pagefind/'))),
	];
}

/**
 * What the service worker does with a GET request for `path` (below its scope): `page` network first, the
 * kept copy without a network, an offline page if there is none; `file` (a file with an owner: ownerOf) network
 * first, the kept copy without a network; `named` (such a file named by its content) the kept copy first; `pass`
 * (anything else: downloads, images, the worker itself) left to the browser, as without a service worker.
 */
export function strategy(path: string, navigation: boolean): 'page' | 'file' | 'named' | 'pass' {
	if (navigation) return 'page';
	if (ownerOf(path) === undefined) return 'pass';
	return isNamedByContent(path) ? 'named' : 'file';
}

/** The owner whose list holds `path`'s hash, if a copy of it needs that list to be checked (not a shared file, a list, or a file named by its content). */
export function listHolding(path: string): ListOwner | undefined {
	const owner = ownerOf(path);
	if (owner === undefined || owner === 'shared' || isNamedByContent(path) || path === listPath(owner)) return undefined;
	return owner;
}

/**
 * What a copy of `path` must hash to, to be kept as this build's: '' for a file named by its content (any copy is
 * right); undefined for a file the build does not list. `list` is its owner's list (listHolding) where it needs one.
 */
export function expectedHash(manifest: OfflineManifest, path: string, list?: OfflineList): string | undefined {
	const owner = ownerOf(path);
	if (owner === undefined) return undefined;
	if (isNamedByContent(path)) return '';
	if (owner === 'shared') return manifest.shared[path]?.[1];
	if (path === listPath(owner)) return 'paper' in owner ? paperEntry(manifest, owner.paper)?.list : rangeEntry(manifest, owner.range)?.list;
	return list?.files[path]?.[1];
}

/** The base64url start of a SHA-256 digest, as the manifest stores it (12 characters, 72 bits: enough to tell builds apart). */
export function digestText(digest: ArrayBuffer): string {
	let binary = '';
	for (const byte of new Uint8Array(digest).subarray(0, 9)) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_');
}

/** "2.3 MB", "850 KB": a kept paper's size as a reader reads it (decimal units, as storage is usually shown). */
export function formatBytes(bytes: number): string {
	if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}
