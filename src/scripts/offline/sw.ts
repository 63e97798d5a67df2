/**
 * The service worker (docs/offline.md), bundled with its build's manifest
 * into `sw.js` at the site's base by src/integrations/offline.ts. It keeps
 * copies of the pages and data of the papers a reader opens, and of every
 * file of a paper they ask to keep, in one cache named by the build:
 *
 * - pages and data: the network first; without one, the kept copy; a page
 *   never kept is an offline page in the interface's language, naming the
 *   pages of its paper that are kept;
 * - files named by their content (`_astro/`, Pagefind's chunks): the kept copy first;
 * - a copy is kept only if its hash is this build's, so a page of one build
 *   is never read with data of another; a copy of another build means the
 *   site has changed, and the browser is asked to fetch the new worker;
 * - a new worker (a new build) fetches again, from its own build, what the
 *   old one kept (every file of a kept paper, the pages and data read), then
 *   deletes the old build's cache.
 *
 * It fails open: anything it does not know (downloads, another origin, a
 * request that wants the network) is left to the browser, and storage that
 * throws (blocked, full) only means nothing is kept.
 */
import { type Locale, offlineStrings, uiTag } from '../../lib/i18n.ts';
import { escapeHtml } from '../../lib/escape.ts';
import {
	cacheName,
	digestText,
	expectedHash,
	filesFreed,
	keptMarker,
	keptSize,
	listHolding,
	type ListOwner,
	listPath,
	listsOfPaper,
	namedListPath,
	type OfflineList,
	type OfflineManifest,
	ownerOf,
	paperFiles,
	paperOfMarker,
	paperEntry,
	paperOfPage,
	routeOfPage,
	scopePath,
	staleCaches,
	strategy,
} from '../../lib/offline.ts';
import type { KeepState, OfflineMessage, OfflineReply } from './messages.ts';

declare const __OFFLINE_MANIFEST__: OfflineManifest;
/** How long one file's fetch and write may take while keeping (ms): a build constant, shorter in the tests. */
declare const __FILE_DEADLINE__: number;
/** How often a keep says it is still going, file done or not (ms): a build constant, shorter in the tests. */
declare const __HEARTBEAT__: number;

// The worker's own types, which the DOM library the project compiles against does not have.
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
	readonly data: unknown;
	readonly ports: readonly MessagePort[];
}
interface WorkerScope {
	readonly registration: ServiceWorkerRegistration;
	readonly clients: { claim(): Promise<void> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const manifest = __OFFLINE_MANIFEST__;
const CACHE = cacheName(manifest.build);
/** The site's base URL: the worker's scope, `https://host/` or `https://owner.github.io/repo/`. */
const scope = (): string => worker.registration.scope;
const urlOf = (path: string): string => new URL(path, scope()).href;
/** How many files are fetched at once when a paper is kept. */
const AT_ONCE = 6;

/** This build's kept copy of `path`; undefined if there is none, or storage cannot be read. */
async function keptCopy(path: string): Promise<Response | undefined> {
	try {
		return await (await caches.open(CACHE)).match(urlOf(path));
	} catch {
		return undefined;
	}
}

/**
 * A file of the paper is another build's: the site has changed, and a new worker is on its way. The keep ends
 * at once (the browser activates the new worker only once this one has no event under way), and the page asks
 * the new worker.
 */
class OtherBuild extends Error {}

/** What became of a file to keep: kept, not kept (not a file of the build, an error page), or another build's. */
type Kept = 'kept' | 'not kept' | 'other build';

/**
 * Keeps `response` as `path`'s copy if it is this build's: its hash is the one its owner's list gives (fetched
 * first if need be: listOf). Storage's own failures (quota), and a list that cannot be had, are thrown.
 */
async function keepCopy(cache: Cache, path: string, response: Response): Promise<Kept> {
	if (!response.ok || response.type !== 'basic' || response.redirected || ownerOf(path) === undefined) return 'not kept';
	const owner = listHolding(path);
	const expected = expectedHash(manifest, path, owner && (await listOf(owner)));
	if (expected === undefined) return 'not kept';
	const body = await response.arrayBuffer();
	if (expected !== '' && digestText(await crypto.subtle.digest('SHA-256', body)) !== expected) {
		// Another build's file: the site has changed since this worker. Its successor will keep its own.
		worker.registration.update().catch(() => {});
		return 'other build';
	}
	await cache.put(urlOf(path), new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
	return 'kept';
}

/**
 * `task` within `__FILE_DEADLINE__`: a fetch or a write that never settles (a server that stops answering,
 * storage that hangs when full) fails with a TimeoutError, and `task`'s signal aborts its fetch.
 */
async function inTime<T>(name: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const controller = new AbortController();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			controller.abort();
			reject(new DOMException(`${name} took too long`, 'TimeoutError'));
		}, __FILE_DEADLINE__);
	});
	try {
		return await Promise.race([task(controller.signal), late]);
	} finally {
		clearTimeout(timer);
	}
}

/** `path` fetched (revalidated with the server) and kept, unless a copy is kept already; in time. */
const fetchAndKeep = (cache: Cache, path: string): Promise<Kept> =>
	inTime(path, async (signal) => {
		if (await cache.match(urlOf(path))) return 'kept';
		const get = (): Promise<Response> => fetch(urlOf(path), { cache: 'no-cache', signal });
		// A fetch that fails is made once more (a connection dropped as it was reused) before the keep is called failed.
		return keepCopy(cache, path, await get().catch(get));
	});

/** The lists fetched by this worker (or read from its cache), by path: one fetch each while the worker lives. */
const lists = new Map<string, Promise<OfflineList>>();

/**
 * The list of files at `path` (src/lib/offline.ts), this build's: the copy kept in this build's cache, else fetched,
 * checked by the hash the manifest (or its range's list) gives it, and kept (with a deadline, as any file kept). A
 * list of another build throws OtherBuild; a list that cannot be had (the network, storage), an error.
 */
function listAt(path: string): Promise<OfflineList> {
	let list = lists.get(path);
	if (!list) {
		list = (async () => {
			const cache = await caches.open(CACHE);
			const kept = await fetchAndKeep(cache, path);
			if (kept === 'other build') throw new OtherBuild(path);
			const copy = kept === 'kept' ? await cache.match(urlOf(path)) : undefined;
			if (!copy) throw new Error(`${path} could not be had`);
			return (await copy.json()) as OfflineList;
		})();
		lists.set(path, list);
		// A list that failed is asked again next time.
		list.catch(() => lists.delete(path));
	}
	return list;
}

/** A paper's or a range's list: what checks a copy of one of its files. */
const listOf = (owner: ListOwner): Promise<OfflineList> => listAt(listPath(owner));

/** A paper's or a range's every file, for keeping or removing a paper: a range's list with its files named by their content. */
async function wholeListOf(owner: ListOwner): Promise<OfflineList> {
	const list = await listOf(owner);
	if (!('range' in owner) || !(namedListPath(owner.range) in list.files)) return list;
	return { files: { ...list.files, ...(await listAt(namedListPath(owner.range))).files } };
}

/** Runs `task` on each item, `AT_ONCE` at a time; rejects with the first failure, after which no item is started. */
async function eachAtOnce<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
	const queue = [...items];
	const run = async (): Promise<void> => {
		for (let item = queue.shift(); item !== undefined; item = queue.shift())
			await task(item).catch((error: unknown) => {
				queue.length = 0;
				throw error;
			});
	};
	await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, run));
}

/** What `paper` kept is, from the manifest: its version and bytes (shown before it is kept, and in its marker after). */
const whenKept = (paper: string): { version: string; bytes: number } => ({
	version: paperEntry(manifest, paper)?.version ?? '',
	bytes: keptSize(manifest, paper).bytes,
});

async function stateOf(paper: string): Promise<KeepState> {
	try {
		const marker = await (await caches.open(CACHE)).match(urlOf(keptMarker(paper)));
		if (marker) return { kept: true, ...((await marker.json()) as { version: string; bytes: number }) };
	} catch {
		// Storage unreadable: nothing is kept.
	}
	return { kept: false, ...whenKept(paper) };
}

/** Keeps every file of `paper` from this build, telling `progress` as it goes; the marker last, so a paper half kept is not called kept. */
async function keep(paper: string, progress: (done: number, total: number) => void): Promise<KeepState> {
	const owners = listsOfPaper(manifest, paper);
	if (!owners) throw new Error(`no paper ${paper}`);
	const cache = await caches.open(CACHE);
	const [own, range] = await Promise.all([wholeListOf(owners[0]), wholeListOf(owners[1])]);
	const files = paperFiles(manifest, paper, own, range);
	let done = 0;
	await eachAtOnce(files, async (path) => {
		const kept = await fetchAndKeep(cache, path);
		if (kept !== 'kept') throw kept === 'other build' ? new OtherBuild(path) : new Error(`${path} could not be kept`);
		progress(++done, files.length);
	});
	const state = whenKept(paper);
	const marker = keptMarker(paper);
	await inTime(marker, () => cache.put(urlOf(marker), new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } })));
	return { kept: true, ...state };
}

/**
 * Forgets `paper`: its marker and its own files; its range of the search index unless another paper kept needs it
 * (filesFreed). Its lists are kept with it; a paper whose lists cannot be had (never kept, and no network) loses its
 * marker only.
 */
async function drop(paper: string): Promise<void> {
	const cache = await caches.open(CACHE);
	await cache.delete(urlOf(keptMarker(paper)));
	const owners = listsOfPaper(manifest, paper);
	const both = owners && (await Promise.all([wholeListOf(owners[0]), wholeListOf(owners[1])]).catch(() => undefined));
	if (!both) return;
	const [own, range] = both;
	// A paper being kept (from another tab) has no marker yet, but needs its range's index all the same.
	const marked = (await cache.keys()).flatMap((request) => paperOfMarker(scopePath(request.url, scope()) ?? '') ?? []);
	const stillKept = [...marked, ...[...keeping.keys()].filter((other) => other !== paper)];
	for (const path of filesFreed(manifest, paper, stillKept, own, range)) await cache.delete(urlOf(path));
}

/** What the old builds' caches held, fetched again from this build: every file of a paper kept, the pages and data read. */
async function carryOver(): Promise<void> {
	const papers = new Set<string>();
	const paths = new Set<string>();
	for (const name of staleCaches(await caches.keys(), manifest.build)) {
		for (const request of await (await caches.open(name)).keys()) {
			const path = scopePath(request.url, scope());
			if (path === undefined) continue;
			const paper = paperOfMarker(path);
			if (paper !== undefined) papers.add(paper);
			else paths.add(path);
		}
	}
	const cache = await caches.open(CACHE);
	for (const paper of papers) await keep(paper, () => {}).catch(() => {});
	await eachAtOnce([...paths], (path) =>
		fetchAndKeep(cache, path).then(
			() => {},
			() => {},
		),
	);
}

/** The page for a navigation with no network and no copy kept: in the interface's language, with links to the paper's pages that are kept. */
async function offlinePage(path: string): Promise<Response> {
	const route = routeOfPage(path);
	const ui: Locale = route && 'ui' in route ? route.ui : 'en';
	const say = (key: keyof typeof offlineStrings): string => escapeHtml(offlineStrings[key][ui]);
	const paper = paperOfPage(path);
	const links: string[] = [];
	try {
		const cache = await caches.open(CACHE);
		for (const request of paper ? await cache.keys() : []) {
			const page = scopePath(request.url, scope());
			if (page === undefined || paperOfPage(page) !== paper) continue;
			// The page's own title, as its build wrote it (escaped already).
			const title = /<title>([^<]*)<\/title>/.exec(await ((await cache.match(request))?.text() ?? ''))?.[1] ?? escapeHtml(page);
			links.push(`<li><a href="${escapeHtml(request.url)}">${title}</a></li>`);
		}
	} catch {
		// Storage unreadable: the page without the list.
	}
	const kept = links.length ? `<p>${say('offlineKeptPages')}</p><ul>${links.join('')}</ul>` : '';
	const html = `<!doctype html><html lang="${uiTag(ui)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${say('offlineTitle')}</title><link rel="stylesheet" href="${escapeHtml(urlOf(manifest.stylesheet))}"></head><body><main id="main" class="offline-page"><h1>${say('offlineTitle')}</h1><p>${say('offlinePage')}</p>${kept}<p><a href="${escapeHtml(urlOf(path))}">${say('offlineRetry')}</a></p></main></body></html>`;
	return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

async function respond(event: FetchEvent, path: string, how: 'page' | 'file' | 'named'): Promise<Response> {
	if (how === 'named') {
		const copy = await keptCopy(path);
		if (copy) return copy;
	}
	let response: Response;
	try {
		response = await fetch(event.request);
	} catch (error) {
		const copy = how === 'named' ? undefined : await keptCopy(path);
		if (copy) return copy;
		if (how === 'page') return offlinePage(path);
		throw error;
	}
	if (ownerOf(path) !== undefined) {
		const copy = response.clone();
		event.waitUntil(
			caches
				.open(CACHE)
				.then((cache) => keepCopy(cache, path, copy))
				.catch(() => {}),
		);
	}
	return response;
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		carryOver()
			.catch(() => {})
			.then(() => worker.skipWaiting()),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(staleCaches(names, manifest.build).map((name) => caches.delete(name))))
			.catch(() => {})
			.then(() => worker.clients.claim()),
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	// What asks for the network itself (search's check that the network is there) is left to it.
	if (request.method !== 'GET' || request.cache === 'no-store' || request.cache === 'reload') return;
	const path = scopePath(request.url, scope());
	if (path === undefined) return;
	const how = strategy(path, request.mode === 'navigate');
	if (how === 'pass') return;
	// Whatever goes wrong here, the request is made as it would be without a worker.
	event.respondWith(respond(event, path, how).catch(() => fetch(request)));
});

/** A keep under way: how far it is, who is told (a page reopened or a second tab joins it), and how it ends. */
interface KeepJob {
	progress: { done: number; total: number };
	ports: Set<MessagePort>;
	result: Promise<KeepState>;
}
/** The keeps under way, by paper: one at a time for each, whoever asks. */
const keeping = new Map<string, KeepJob>();

/** The keep of `paper` under way, or a new one; told its progress until it ends, and every `__HEARTBEAT__` whether a file is done or not (the page takes silence for a worker gone: offline.ts). */
function keepJob(paper: string): KeepJob {
	const under = keeping.get(paper);
	if (under) return under;
	const progress = { done: 0, total: keptSize(manifest, paper).count };
	const ports = new Set<MessagePort>();
	const tell = (): void => ports.forEach((port) => port.postMessage({ type: 'progress', ...progress } satisfies OfflineReply));
	const heartbeat = setInterval(tell, __HEARTBEAT__);
	const job: KeepJob = {
		progress,
		ports,
		result: keep(paper, (done) => {
			// Files still under way when another failed end after it: the keep is over, and says nothing more.
			if (keeping.get(paper) !== job) return;
			progress.done = done;
			tell();
		}).finally(() => {
			clearInterval(heartbeat);
			keeping.delete(paper);
		}),
	};
	keeping.set(paper, job);
	return job;
}

/** Why a keep failed, as the page says it: storage full, or the network (a file that failed, or took too long). */
const failure = (error: unknown): OfflineReply => {
	if (error instanceof OtherBuild) return { type: 'failed', reason: 'replaced' };
	return { type: 'failed', reason: error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'network' };
};

worker.addEventListener('message', (event) => {
	const message = event.data as OfflineMessage;
	const port = event.ports[0];
	const reply = (answer: OfflineReply): void => port?.postMessage(answer);
	const task = async (): Promise<void> => {
		if (message.type === 'opened') {
			const cache = await caches.open(CACHE);
			const paths = message.urls.map((url) => scopePath(url, scope())).filter((path): path is string => path !== undefined && ownerOf(path) !== undefined);
			await eachAtOnce([...new Set(paths)], (path) => fetchAndKeep(cache, path).then(() => {}));
			reply({ type: 'done' });
		} else if (message.type === 'state') {
			const job = keeping.get(message.paper);
			reply(job ? { type: 'keeping', ...job.progress } : { type: 'state', state: await stateOf(message.paper) });
		} else if (message.type === 'keep') {
			const job = keepJob(message.paper);
			if (port) job.ports.add(port);
			reply({ type: 'progress', ...job.progress });
			try {
				reply({ type: 'state', state: await job.result });
			} finally {
				if (port) job.ports.delete(port);
			}
		} else if (message.type === 'drop') {
			await drop(message.paper);
			reply({ type: 'state', state: await stateOf(message.paper) });
		}
	};
	event.waitUntil(task().catch((error: unknown) => reply(failure(error))));
});
