/**
 * What Astro's content layer gives the papers' loader (src/lib/paper/loader.ts), for its tests: a store in memory,
 * `stored` (the entries getCollection would give), a digest of the text's length and end, and the logger and file
 * watcher given (none: a build; a watcher: `astro dev`). Only what the loader uses.
 */
import type { EventEmitter } from 'node:events';
import type { LoaderContext } from 'astro/loaders';

/** An entry of the content store, as the loader sets it. */
export type StoredEntry = { id: string; data: Record<string, unknown>; digest?: string | number };

export function memoryLoaderContext(
	stored: Map<string, StoredEntry>,
	{
		logger = { info: () => undefined, error: () => undefined },
		watcher,
	}: { logger?: { info(message: string): unknown; error(message: string): unknown }; watcher?: EventEmitter & { add(path: string): unknown } } = {},
): LoaderContext {
	const context = {
		store: {
			keys: () => [...stored.keys()],
			get: (id: string) => stored.get(id),
			set: (entry: StoredEntry) => stored.set(entry.id, entry),
			delete: (id: string) => stored.delete(id),
		},
		generateDigest: (text: string) => String(text.length) + text.slice(-64),
		logger,
		watcher,
	};
	// The rest of the context (config, meta, parseData…) the loader does not read.
	return context as unknown as LoaderContext;
}
