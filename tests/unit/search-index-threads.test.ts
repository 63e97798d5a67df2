/**
 * The search index written by threads (src/integrations/search-index-threads.ts): every other range by a second
 * thread with a Pagefind service of its own, the same bundles as one thread writes one range after another, the
 * guide's sections in each; a thread that fails stops the other.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, expect, test } from 'vitest';
import { guideRecordsOf, type IndexRange, writeRanges, writeSearchIndex } from '../../src/integrations/search-index.ts';
import { IndexThreads, planRanges, splitBetweenThreads, type StartThread, startThread } from '../../src/integrations/search-index-threads.ts';
import { alignedDownload } from '../../src/lib/downloads.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'search-index-threads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file below `dir`, by its path there, with its bytes. */
const filesBelow = (dir: string): Map<string, Buffer> =>
	new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(dir.length + 1), readFileSync(path)] as const;
			}),
	);

/** Starts threads as the index does, and keeps them, to be looked at. */
function keptThreads(): { start: StartThread; started: { ranges: number[]; worker: Worker; exited: Promise<number> }[] } {
	const started: { ranges: number[]; worker: Worker; exited: Promise<number> }[] = [];
	const start: StartThread = (data) => {
		const worker = startThread(data);
		started.push({ ranges: data.ranges.map((plan) => plan.range), worker, exited: new Promise((resolve) => worker.once('exit', resolve)) });
		return worker;
	};
	return { start, started };
}

const model = alignedDownload(readPaperFolder(FIXTURE));
const copies = (ids: readonly string[]) => ids.map((id) => ({ ...model, paper: id, title: { ...model.title, en: `${model.title.en} ${id}` } }));

test('every other range goes to the second thread; a range starts after the papers before it', () => {
	expect(splitBetweenThreads([0, 1, 2, 3, 4])).toEqual([
		[0, 2, 4],
		[1, 3],
	]);
	expect(splitBetweenThreads([0]), 'one range, one thread').toEqual([[0]]);
	expect(planRanges(['e', 'c', 'a', 'b', 'd'], 2)).toEqual([
		{ range: 0, ids: ['a', 'b'], place: 0 },
		{ range: 1, ids: ['c', 'd'], place: 2 },
		{ range: 2, ids: ['e'], place: 4 },
	]);
	expect(planRanges([], 2), 'no paper: one range, of none (its bundles hold the guide)').toEqual([{ range: 0, ids: [], place: 0 }]);
});

test('two threads write the bundles one thread writes, byte for byte, the guide’s sections in each', { timeout: 120_000 }, async () => {
	const papers = copies(['a', 'b', 'c']);
	const twoThreads = join(scratch, 'two');
	// Two guide pages of each language, as built: a thread is given their HTML and makes their sections.
	const guidePages = (['zh', 'en'] as const).flatMap((lang) =>
		['reading', 'citing'].map((page) => ({
			lang,
			page,
			html: `<main><article class="guide"><h1>${lang}-${page}</h1><p>${lang === 'zh' ? '开头的话。' : 'The opening.'}</p><h2 id="more">${lang === 'zh' ? '再说' : 'More'}</h2><p>${page} ${lang === 'zh' ? '正文。' : 'text.'}</p></article></main>`,
		})),
	);
	for (const { lang, page, html } of guidePages) {
		mkdirSync(join(twoThreads, lang, 'guide', page), { recursive: true });
		writeFileSync(join(twoThreads, lang, 'guide', page, 'index.html'), html);
	}
	const { start, started } = keptThreads();
	const written = await writeSearchIndex(twoThreads, papers, 1, start);
	expect(written.ranges).toBe(3);
	expect(
		started.map((thread) => thread.ranges),
		'the second thread wrote the second range',
	).toEqual([[0, 2], [1]]);
	expect(written.guideSections, 'two sections a page').toBe(8);

	const oneThread = join(scratch, 'one');
	const ranges: IndexRange[] = papers.map((paper, range) => ({ range, papers: [paper], place: range }));
	const alone = await writeRanges(oneThread, ranges, guideRecordsOf(guidePages));
	expect(written.units).toBe(alone.units);

	const [two, one] = [filesBelow(join(twoThreads, 'pagefind')), filesBelow(join(oneThread, 'pagefind'))];
	for (const [path, bytes] of one) {
		// The runtime is written once, beside the bundles, where one thread's writeRanges leaves it in each.
		const at = path.endsWith('/pagefind.js') ? 'pagefind.js' : path;
		expect(two.get(at)?.equals(bytes), path).toBe(true);
	}
	expect([...two.keys()].filter((path) => !one.has(path)).sort()).toEqual(['pagefind.js', 'ranges.json', 'zh/simplified.json']);
});

test('a collection of one range: one thread', { timeout: 60_000 }, async () => {
	const { start, started } = keptThreads();
	await writeSearchIndex(join(scratch, 'single'), copies(['a', 'b']), 50, start);
	expect(started.map((thread) => thread.ranges)).toEqual([[0]]);
});

test('a thread that fails stops the other, and the failure names the paper', { timeout: 60_000 }, async () => {
	const { start, started } = keptThreads();
	const threads = new IndexThreads(join(scratch, 'failing'), ['a', 'b'], { rangePapers: 1, start });
	threads.guides([]);
	// The first thread's paper is broken; the second's never comes: that thread would wait for ever.
	threads.paper('a', '{ not JSON');
	await expect(threads.done()).rejects.toThrow(/paper a/);
	const exits = await Promise.race([Promise.all(started.map((thread) => thread.exited)), new Promise((resolve) => setTimeout(resolve, 5000, 'still running'))]);
	expect(exits, 'both threads have stopped').toHaveLength(2);
});
