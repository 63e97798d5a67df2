/**
 * Offline reading (docs/offline.md): what the service worker knows of a
 * build, and the pure rules it follows, here so that they can be tested
 * without a browser. Every path is relative to the site's base (the
 * service worker's scope: `zh/chatgpt-sora/`, `_astro/Base.x.css`), so
 * that a site published under a sub-path caches the same names.
 */
import { parseRoute } from './routes.ts';

/** One build's files that the service worker may keep, written into `sw.js` by src/integrations/offline.ts. */
export interface OfflineManifest {
	/** Names the build's cache: any change to a file below makes another. */
	build: string;
	/** The site's stylesheet, for the offline page. */
	stylesheet: string;
	/**
	 * Each file the service worker may keep: its bytes, and the start of its SHA-256 (base64url) where its name
	 * does not already say what it holds (pages, data, Pagefind's runtime and entry); an empty string for a file
	 * named by its content (`_astro/`, Pagefind's chunks), which cannot change under its name.
	 */
	files: Record<string, [size: number, hash: string]>;
	/** Each paper: its current version, the files kept with it beyond the shared ones, and its range of the search index. */
	papers: Record<string, { version: string; files: string[]; range: number }>;
	/** What every kept paper needs besides its own files: the scripts and styles, search's runtime and lists. */
	shared: string[];
	/**
	 * The search index's files by range of papers (src/lib/search/ranges.ts), both languages' bundles: a kept paper
	 * keeps its own range's, the bundle its search loads first (a thousand papers' whole index would be 150 MB).
	 */
	search: string[][];
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

/** The paper a page belongs to (a reading page in any mode, its about page or glossary), from its path below the base. */
export function paperOfPage(path: string): string | undefined {
	const route = parseRoute(`/${path}`);
	return route && 'paper' in route ? route.paper : undefined;
}

/** Whether a file's name holds its content's hash, so that a copy of it is right whatever the build. */
export const isNamedByContent = (path: string): boolean => path.startsWith('_astro/') || /^pagefind\/[^/]+\/(index|fragment|filter)\//.test(path);

/** Every file a kept `paper` needs: its own (pages, data), the shared ones and its range's search index; empty for a paper the build does not have. */
export function paperFiles(manifest: OfflineManifest, paper: string): string[] {
	const own = manifest.papers[paper];
	return own ? [...new Set([...own.files, ...manifest.shared, ...(manifest.search[own.range] ?? [])])] : [];
}

/**
 * What removing `paper` frees, while the papers `stillKept` stay: its own files; its range's search index unless
 * a paper still kept is of the same range; search's shared files once no paper is kept (the scripts and styles
 * stay, for the pages read).
 */
export function filesFreed(manifest: OfflineManifest, paper: string, stillKept: readonly string[]): string[] {
	const own = manifest.papers[paper];
	if (!own) return [];
	const ranges = new Set(stillKept.map((other) => manifest.papers[other]?.range));
	return [
		...own.files,
		...(ranges.has(own.range) ? [] : (manifest.search[own.range] ?? [])),
		...(stillKept.length > 0 ? [] : manifest.shared.filter((path) => path.startsWith('pagefind/'))),
	];
}

/** The bytes `files` take, as the manifest gives them. */
export const bytesOf = (manifest: OfflineManifest, files: readonly string[]): number => files.reduce((sum, file) => sum + (manifest.files[file]?.[0] ?? 0), 0);

/**
 * What the service worker does with a GET request for `path` (below its scope): `page` network first, the
 * kept copy without a network, an offline page if there is none; `file` (a file the build lists) network
 * first, the kept copy without a network; `named` (a file named by its content) the kept copy first; `pass`
 * (anything else: downloads, files of another build) left to the browser, as without a service worker.
 */
export function strategy(manifest: OfflineManifest, path: string, navigation: boolean): 'page' | 'file' | 'named' | 'pass' {
	if (navigation) return 'page';
	if (!(path in manifest.files)) return 'pass';
	return isNamedByContent(path) ? 'named' : 'file';
}

/** A file's expected hash, or undefined if a copy of it needs no check (named by content) or the build does not list it. */
export const expectedHash = (manifest: OfflineManifest, path: string): string | undefined => manifest.files[path]?.[1] || undefined;

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
