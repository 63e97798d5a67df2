/**
 * A thread that reads paper folders for the content loader (read-threads.ts): given a folder, it reads and checks it
 * as the main thread would (folder.ts), makes its Traditional edition (traditional.ts), and sends both back in one
 * message, whose structured clone is the model's compact copy, the edition's English shared with the model by
 * reference; or the folder's faults; or, for any other error, its stack, so that the build names the folder.
 * Folders are read one at a time, in the order they are given.
 */
import { parentPort } from 'node:worker_threads';
import { readFolder } from './folder.ts';
import { ContentError } from './problems.ts';
import type { FromReader, ToReader } from './read-threads.ts';
import { traditionalPaper } from './traditional.ts';

parentPort?.on('message', ({ at, folder }: ToReader) => {
	let reply: FromReader;
	try {
		const paper = readFolder(folder);
		reply = { at, paper, edition: traditionalPaper(paper) };
	} catch (error) {
		reply =
			error instanceof ContentError
				? { at, problems: error.problems }
				: { at, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	parentPort?.postMessage(reply);
});
