/**
 * The papers read on threads (src/lib/paper/read-threads.ts): the same models as the main thread reads, with the
 * Traditional editions the main thread would make; the same faults, in the same order; a thread that fails or
 * stops names the folder it was reading; the editions held for the pages' copy of traditional.ts.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, expect, test, vi } from 'vitest';
import { readPaperFolder, readPapers } from '../../src/lib/paper/folder.ts';
import { ContentError } from '../../src/lib/paper/problems.ts';
import { PAPERS_PER_THREAD, readerThreads, readPapersOnThreads, type StartReader, startReader } from '../../src/lib/paper/read-threads.ts';
import { holdEdition, traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { memoryLoaderContext } from '../support/loader-context.ts';

const PAPER = fileURLToPath(new URL('../../src/content/papers/chatgpt-sora/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const WORKER = new URL('../../src/lib/paper/read-worker.ts', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'read-threads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A papers folder `name` holding a copy of `from` under each id; its path. */
function collection(name: string, copies: Record<string, string>): string {
	const base = join(scratch, name);
	for (const [id, from] of Object.entries(copies)) cpSync(from, join(base, id), { recursive: true });
	return base;
}

/** Rewrites a file of a folder. */
function edit(file: string, change: (text: string) => string): void {
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** The ContentError that `read` throws or rejects with. */
async function contentError(read: () => unknown): Promise<ContentError> {
	try {
		await read();
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('the collection was read without a fault');
}

test('the threads give the models the main thread reads, in id order, each with the edition traditionalPaper makes', { timeout: 120_000 }, async () => {
	const base = collection('whole', { 'b-paper': PAPER, 'a-paper': PAPER, 'c-small': FIXTURE, 'd-small': FIXTURE, 'e-small': FIXTURE });
	edit(join(base, 'a-paper', 'paper.mdx'), (text) => text.replace('title:\n  zh: ', 'title:\n  zh: 另一篇：'));
	const here = readPapers(base);
	const threaded = await readPapersOnThreads(base, { threads: 2 });
	expect(threaded.map(({ paper }) => paper.id)).toEqual(['a-paper', 'b-paper', 'c-small', 'd-small', 'e-small']);
	expect(threaded.map(({ paper }) => paper)).toStrictEqual(here);
	for (const [i, { paper, edition }] of threaded.entries()) {
		expect(edition, paper.id).toStrictEqual(traditionalPaper(here[i]!));
		// Sent with its paper in one message: the English is the paper's own, not a copy.
		expect(edition!.text.units[0]!.text.en, 'the English shared by reference').toBe(paper.text.units[0]!.text.en);
		expect(edition!.reviews).toBe(paper.reviews);
	}
	expect(threaded[0]!.edition!.meta.title.zh).toMatch(/^另一篇：/);
	// Few papers for their threads: the main thread reads them alone, and makes no edition ahead of the pages.
	const few = await readPapersOnThreads(base, { threads: 1 });
	expect(few.map(({ paper }) => paper)).toStrictEqual(here);
	expect(few.every(({ edition }) => edition === undefined)).toBe(true);
});

test('every fault of every folder at once, the same problems in the same order as on the main thread', { timeout: 120_000 }, async () => {
	const base = collection('faults', {
		'a-paper': FIXTURE,
		'b-glossary': FIXTURE,
		'c-good': FIXTURE,
		'd-unit': FIXTURE,
		'e-paper': FIXTURE,
		Bad_Name: FIXTURE,
		'f-files': FIXTURE,
	});
	edit(join(base, 'b-glossary', 'glossary.yaml'), (text) => text.replace('  - id: paragraph', '  - id: paragraph\n    id: twice'));
	edit(join(base, 'd-unit', 'paper.mdx'), (text) => text.replace('<Zh>第二段。</Zh>', '<Zh>第二段。'));
	edit(join(base, 'e-paper', 'glossary.yaml'), (text) => `${text}\n  - broken: [\n`);
	writeFileSync(join(base, 'f-files', 'notes.txt'), 'not a file of a paper');
	mkdirSync(join(base, 'f-files', 'drafts'));
	writeFileSync(join(base, 'README.md'), 'not a folder');
	const here = await contentError(() => readPapers(base));
	const folders = new Set(here.problems.map((p) => relative(relative(process.cwd(), base), p.file).split('/')[0]));
	expect(folders, 'a fault in each broken folder').toEqual(new Set(['README.md', 'b-glossary', 'd-unit', 'e-paper', 'Bad_Name', 'f-files']));
	// Three threads for seven folders: the outcomes come back out of order, and are put in the folders' places.
	const threaded = await contentError(() => readPapersOnThreads(base, { threads: 3 }));
	expect(threaded.problems).toEqual(here.problems);
	expect(threaded.message).toBe(here.message);
});

/**
 * Threads that run the reader (read-worker.ts) and, before it, on the folder `id`, do `fault` (JavaScript, in the
 * thread's own listener for the folder's message, `message` in scope): the reader's, else the thread's own failure.
 */
const failingOn =
	(id: string, fault: string): StartReader =>
	() =>
		new Worker(
			`const { parentPort } = require('node:worker_threads');
			parentPort.on('message', (message) => { if (message.folder.id === ${JSON.stringify(id)}) { ${fault} } });
			import(${JSON.stringify(WORKER.href)});`,
			{ eval: true },
		);

/**
 * Two threads for a read that fails: the first runs the reader, with `fault` on folder `id` (one of the folders it is
 * given: the first two, then the next as it answers); the second is given folders and never answers, as a slow reader
 * would not (the read ends at the first's failure; a second reader would only cost its start).
 */
const failingFirst = (id: string, fault: string): StartReader => {
	let started = 0;
	return () => (started++ === 0 ? failingOn(id, fault)() : new Worker(`require('node:worker_threads').parentPort.on('message', () => {});`, { eval: true }));
};

test('a thread that fails or stops fails the read, naming the folder it was reading', { timeout: 120_000 }, async () => {
	const base = collection('crash', { a: FIXTURE, b: FIXTURE, c: FIXTURE, d: FIXTURE, e: FIXTURE });
	const read = (id: string, fault: string) => readPapersOnThreads(base, { threads: 2, start: failingFirst(id, fault) });
	// As messages show a folder: its path from the working directory, escaped for a pattern.
	const folder = (id: string) => relative(process.cwd(), join(base, id)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// An error that is no fault of the content, inside the reader: its folder gone since the listing.
	await expect(read('a', `message.folder.path = ${JSON.stringify(join(scratch, 'gone'))};`)).rejects.toThrow(
		new RegExp(`^paper folder ${folder('a')}: the thread reading it failed \\(not a fault of the content\\): Error: ENOENT`),
	);
	// An error the thread does not catch (its answer cannot be sent), at the second folder it was given.
	await expect(read('b', `parentPort.postMessage = () => { throw new TypeError('a bug on the thread'); };`)).rejects.toThrow(
		new RegExp(`^paper folder ${folder('b')}: the thread reading it failed: TypeError: a bug on the thread`),
	);
	// A thread that ends, at a folder given after its first answers; not a ContentError: the build shows it as the
	// code's fault, not as the editor's.
	const ended = await read('e', 'process.exit(3);').then(
		() => undefined,
		(error: unknown) => error,
	);
	expect(ended).toBeInstanceOf(Error);
	expect(ended).not.toBeInstanceOf(ContentError);
	expect((ended as Error).message).toMatch(
		new RegExp(`^paper folder ${folder('e')}: the thread reading it stopped \\(exit code 3\\) before the papers were read$`),
	);
	// A thread that cannot be started: the one started before it is stopped, not left waiting for folders for ever.
	let firstExit: Promise<number> | undefined;
	let answers = 0;
	const secondFails: StartReader = () => {
		if (firstExit) throw new Error('no thread today');
		const worker = startReader();
		worker.on('message', () => answers++);
		firstExit = new Promise((resolve) => worker.once('exit', resolve));
		return worker;
	};
	await expect(readPapersOnThreads(base, { threads: 2, start: secondFails })).rejects.toThrow(
		'a thread to read the paper folders could not be started: no thread today',
	);
	const waited = new Promise<string>((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000).unref());
	expect(await Promise.race([firstExit!.then(() => 'stopped'), waited]), 'the first thread').toBe('stopped');
	expect(answers, 'stopped at once, not after reading every folder').toBeLessThanOrEqual(2);
});

test('traditionalPaper returns the edition held, by any copy of its module, without converting again', async () => {
	const paper = readPaperFolder(FIXTURE);
	const made = traditionalPaper(structuredClone(paper!));
	holdEdition(paper!, made);
	// The pages' copy of the module (another instance, as Astro's prerender bundle has).
	vi.resetModules();
	const pages = await import('../../src/lib/paper/traditional.ts');
	expect(pages.traditionalPaper).not.toBe(traditionalPaper);
	// Held: the Chinese changed since is not converted again.
	paper!.meta.title.zh = '改了';
	expect(pages.traditionalPaper(paper!)).toBe(made);
	expect(made.meta.title.zh).toBe('測試論文');
});

test('the loader holds the editions its threads made', { timeout: 120_000 }, async () => {
	const base = collection('loader', { a: FIXTURE, b: FIXTURE });
	vi.stubEnv('PAPER_READ_THREADS', '2');
	const { papersLoader } = await import('../../src/lib/paper/loader.ts');
	const { heldModels } = await import('../../src/lib/paper/models.ts');
	await papersLoader(base).load(memoryLoaderContext(new Map()));
	vi.unstubAllEnvs();
	const paper = heldModels().get('b')!.paper;
	// Made on the thread, from the title as read: not converted again from the title changed since.
	paper.meta.title.zh = '改了';
	expect(traditionalPaper(paper).meta.title.zh).toBe('測試論文');
	heldModels().clear();
});

test(
	'in astro dev, changes are read one after another: those made while a read waits are read by it, the last read holds the newest files',
	{ timeout: 120_000 },
	async () => {
		const base = collection('watched', { a: FIXTURE, b: FIXTURE });
		const title = (text: string) => edit(join(base, 'a', 'paper.mdx'), (mdx) => mdx.replace(/^( {2}zh: ).*$/m, `$1${text}`));
		const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
		let reads = 0;
		const errors: string[] = [];
		vi.stubEnv('PAPER_READ_THREADS', '2');
		const { papersLoader } = await import('../../src/lib/paper/loader.ts');
		const { heldModels } = await import('../../src/lib/paper/models.ts');
		await papersLoader(base).load(
			memoryLoaderContext(new Map(), { logger: { info: () => reads++, error: (message: string) => errors.push(message) }, watcher }),
		);
		const changed = () => watcher.emit('all', 'change', join(base, 'a', 'paper.mdx'));
		const readsReach = async (count: number) => {
			for (let waited = 0; reads < count && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
			// Long enough for a read that should not happen to show.
			await new Promise((resolve) => setTimeout(resolve, 100));
		};
		expect(reads).toBe(1);
		// Three changes at once: one read, of the last.
		for (const text of ['一', '二', '三']) {
			title(text);
			changed();
		}
		await readsReach(2);
		expect(reads).toBe(2);
		expect(heldModels().get('a')!.paper.meta.title.zh).toBe('三');
		// A change while that read is on its threads, then two more: one read after it, of the last.
		title('四');
		changed();
		await new Promise((resolve) => setTimeout(resolve, 0));
		for (const text of ['五', '六']) {
			title(text);
			changed();
		}
		await readsReach(4);
		expect(reads).toBe(4);
		expect(heldModels().get('a')!.paper.meta.title.zh).toBe('六');
		// A change outside the papers' folder is no read.
		watcher.emit('all', 'change', join(scratch, 'elsewhere.txt'));
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(reads).toBe(4);
		expect(errors).toEqual([]);
		vi.unstubAllEnvs();
		heldModels().clear();
	},
);

test('the threads a collection is read on: none below twice PAPERS_PER_THREAD papers, then one a core; PAPER_READ_THREADS sets it', () => {
	const cores = availableParallelism();
	expect(readerThreads(1)).toBeLessThan(2);
	expect(readerThreads(2 * PAPERS_PER_THREAD - 1)).toBeLessThan(2);
	expect(readerThreads(2 * PAPERS_PER_THREAD)).toBe(Math.min(2, cores));
	expect(readerThreads(1000)).toBe(cores);
	vi.stubEnv('PAPER_READ_THREADS', '1');
	expect(readerThreads(1000)).toBe(1);
	vi.stubEnv('PAPER_READ_THREADS', 'many');
	expect(readerThreads(1000)).toBe(cores);
	vi.unstubAllEnvs();
});
