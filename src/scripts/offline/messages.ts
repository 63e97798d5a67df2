/** What the page (offline.ts) and the service worker (sw.ts) say to each other, over a MessageChannel. */

/** A paper's state: kept or not, its version, and the bytes it takes kept (or would take). */
export interface KeepState {
	kept: boolean;
	version: string;
	bytes: number;
}

export type OfflineMessage =
	/** The page now shown and what it loaded: kept if the build lists them. */
	{ type: 'opened'; urls: string[] } | { type: 'state' | 'keep' | 'drop'; paper: string };

export type OfflineReply =
	{ type: 'done' } | { type: 'state'; state: KeepState } | { type: 'progress'; done: number; total: number } | { type: 'failed'; reason: 'quota' | 'network' };
