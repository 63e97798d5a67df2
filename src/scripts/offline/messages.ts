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

/**
 * The worker's answers: `progress` while a keep goes on (at least every 2 s, so that silence means the worker is
 * gone), then one last answer; `keeping` answers `state` while the paper is being kept (for another tab, or this
 * page reopened); a keep `failed` for want of storage, of the network (or a file too slow), or because the site
 * changed under it (`replaced`: a new worker is coming, and keeps it again from its own build).
 */
export type OfflineReply =
	| { type: 'done' }
	| { type: 'state'; state: KeepState }
	| { type: 'progress' | 'keeping'; done: number; total: number }
	| { type: 'failed'; reason: 'quota' | 'network' | 'replaced' };
