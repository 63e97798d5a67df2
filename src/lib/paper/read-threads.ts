/**
 * The papers read on every core: the content loader's read of the papers folder (loader.ts), split among worker
 * threads (read-worker.ts) where the collection is large enough for their start-up to pay, else on the main thread
 * as `readPapers` reads it (folder.ts). A thread reads and checks each folder it is given and makes its Traditional
 * edition, which the main thread would otherwise make while rendering the pages; the loader holds both.
 * The outcome is the one-thread read's: the models in id order, every fault of every folder thrown at once in the
 * same order. A thread that fails otherwise (an error that is no fault of the content, a crash) fails the read,
 * naming the folder it was reading; the other threads are stopped.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type PaperFolder, paperFolders, readPapers } from './folder.ts';
import type { Paper } from './model.ts';
import { ContentError, type ContentProblem } from './problems.ts';

/**
 * The papers a thread must have for it to pay: its start-up (about 0.6 s: its modules, the Traditional converter's
 * tables, its own compiling) and the CPU it takes beside the main thread. Below twice this, the main thread reads the
 * collection alone: at 32 papers two threads took as long, at 64 less (docs/scale.md, "Round 5").
 */
export const PAPERS_PER_THREAD = 24;

/** A paper as read: its model and, where a thread read it, its Traditional edition. */
export interface ReadPaper {
	paper: Paper;
	edition: Paper | undefined;
}

/** What a thread is given: a folder to read, and its place in the collection. */
export interface ToReader {
	at: number;
	folder: PaperFolder;
}

/** What a thread sends back for the folder at `at`: its model and edition, its faults, or why it could not read it. */
export type FromReader = { at: number; paper: Paper; edition: Paper } | { at: number; problems: ContentProblem[] } | { at: number; failed: string };

/** Starts a thread that reads folders; tests start theirs through it. */
export type StartReader = () => Worker;

export const startReader: StartReader = () => new Worker(new URL('./read-worker.ts', import.meta.url));

export interface ReadOptions {
	/** Threads to read on; fewer than two: the main thread alone. By default as many as the cores where the papers pay for them. */
	threads?: number;
	start?: StartReader;
}

/**
 * The threads for a collection of `papers`: one a core, as long as each has PAPERS_PER_THREAD papers;
 * `PAPER_READ_THREADS` sets it, to measure one against the other (1: the main thread alone).
 */
export function readerThreads(papers: number): number {
	const fromEnvironment = Math.floor(Number(process.env['PAPER_READ_THREADS']));
	if (fromEnvironment >= 1) return fromEnvironment;
	return Math.min(availableParallelism(), Math.floor(papers / PAPERS_PER_THREAD));
}

/** Every paper under `base` (one folder each), in id order, read on threads where they pay; every fault of every folder thrown at once. */
export async function readPapersOnThreads(base: string, { threads, start = startReader }: ReadOptions = {}): Promise<ReadPaper[]> {
	const { folders, problems } = paperFolders(base);
	const count = Math.min(threads ?? readerThreads(folders.length), folders.length);
	if (count < 2) return readPapers(base).map((paper) => ({ paper, edition: undefined }));
	const read = await readOnThreads(folders, count, start);
	for (const outcome of read) if ('problems' in outcome) problems.push(...outcome.problems);
	if (problems.length > 0) throw new ContentError(problems);
	return read.filter((outcome): outcome is ReadPaper => 'paper' in outcome);
}

/**
 * `folders` read by `count` threads, each given the next folder as it sends one back (two at a time, so that it
 * never waits for the main thread); the outcomes in the folders' order.
 */
function readOnThreads(folders: readonly PaperFolder[], count: number, start: StartReader): Promise<(ReadPaper | { problems: ContentProblem[] })[]> {
	return new Promise((resolve, reject) => {
		const outcomes: (ReadPaper | { problems: ContentProblem[] })[] = [];
		const workers: Worker[] = [];
		let next = 0;
		let received = 0;
		let over = false;
		const end = (error?: Error): void => {
			if (over) return;
			over = true;
			for (const worker of workers) void worker.terminate();
			if (error) reject(error);
			else resolve(outcomes);
		};
		for (let thread = 0; thread < count && !over; thread++) {
			let worker: Worker;
			try {
				worker = start();
			} catch (error) {
				// The threads started before it would wait for folders for ever.
				end(new Error(`a thread to read the paper folders could not be started: ${error instanceof Error ? error.message : String(error)}`));
				return;
			}
			workers.push(worker);
			// The folders given to this thread and not yet sent back, in the order it reads them.
			const given: number[] = [];
			const give = (): void => {
				if (next >= folders.length) return;
				given.push(next);
				worker.postMessage({ at: next, folder: folders[next]! } satisfies ToReader);
				next++;
			};
			const reading = (): string => {
				const at = given[0];
				return at === undefined ? 'a thread reading the paper folders' : `paper folder ${folders[at]!.shown}: the thread reading it`;
			};
			worker.on('message', (message: FromReader) => {
				given.shift();
				if ('failed' in message) {
					end(new Error(`paper folder ${folders[message.at]!.shown}: the thread reading it failed (not a fault of the content): ${message.failed}`));
					return;
				}
				outcomes[message.at] = 'problems' in message ? { problems: message.problems } : { paper: message.paper, edition: message.edition };
				received++;
				if (received === folders.length) end();
				else give();
			});
			// An uncaught error is told on a port of its own, maybe before the thread's last messages: the folder it was
			// reading is named at its exit, once those have been read (Node reads them before it says the thread exited).
			let uncaught: Error | undefined;
			worker.on('error', (error) => (uncaught = error));
			worker.on('exit', (code) =>
				end(
					new Error(
						uncaught ? `${reading()} failed: ${uncaught.stack ?? uncaught.message}` : `${reading()} stopped (exit code ${code}) before the papers were read`,
					),
				),
			);
			give();
			give();
		}
	});
}
