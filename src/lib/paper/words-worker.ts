/** The look-up's thread (words-thread.ts): the words of each paper's texts it is sent, with their entries from the dictionary it holds. */
import { parentPort } from 'node:worker_threads';
import { wordsOfTexts } from './dictionary.ts';
import type { FromWordsThread, ToWordsThread } from './words-thread.ts';

parentPort?.on('message', ({ id, texts }: ToWordsThread) => {
	let answer: FromWordsThread;
	try {
		answer = { id, words: wordsOfTexts(texts) };
	} catch (error) {
		answer = { id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	parentPort?.postMessage(answer);
});
