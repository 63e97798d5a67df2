/**
 * The search index written by two threads (src/integrations/search-index.ts): every other range by a second
 * thread with a Pagefind service of its own, the same bundles as one thread writes one range after another.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { type IndexRange, splitBetweenThreads, writeRanges, writeRangesBeside, writeSearchIndex } from '../../src/integrations/search-index.ts';
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

test('every other range goes to the second thread', () => {
	expect(splitBetweenThreads([0, 1, 2, 3, 4])).toEqual([
		[0, 2, 4],
		[1, 3],
	]);
	expect(splitBetweenThreads([0])).toEqual([[0], []]);
});

test('two threads write the bundles one thread writes, byte for byte', { timeout: 120_000 }, async () => {
	const model = alignedDownload(readPaperFolder(FIXTURE));
	const papers = ['a', 'b', 'c'].map((id) => ({ ...model, paper: id, title: { ...model.title, en: `${model.title.en} ${id}` } }));
	const guides = { zh: [], en: [] };

	const twoThreads = join(scratch, 'two');
	const besideRanges: number[] = [];
	const written = await writeSearchIndex(twoThreads, papers, 1, (site, ranges, given) => {
		besideRanges.push(...ranges.map((r) => r.range));
		return writeRangesBeside(site, ranges, given);
	});
	expect(written.ranges).toBe(3);
	expect(besideRanges, 'the second thread wrote the second range').toEqual([1]);

	const oneThread = join(scratch, 'one');
	const ranges: IndexRange[] = papers.map((paper, range) => ({ range, papers: [paper], place: range }));
	const alone = await writeRanges(oneThread, ranges, guides);
	expect(written.units).toBe(alone.units);

	const [two, one] = [filesBelow(join(twoThreads, 'pagefind')), filesBelow(join(oneThread, 'pagefind'))];
	for (const [path, bytes] of one) {
		// The runtime is written once, beside the bundles, where one thread's writeRanges leaves it in each.
		const at = path.endsWith('/pagefind.js') ? 'pagefind.js' : path;
		expect(two.get(at)?.equals(bytes), path).toBe(true);
	}
	expect([...two.keys()].filter((path) => !one.has(path)).sort()).toEqual(['pagefind.js', 'ranges.json', 'zh/simplified.json']);
});
