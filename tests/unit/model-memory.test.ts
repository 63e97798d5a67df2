/** What a build holds of each paper (src/lib/paper/folder.ts, `compact`): the model, not the texts it was parsed from. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { readPaperFolder, readPapers } from '../../src/lib/paper/folder.ts';

const PAPER = fileURLToPath(new URL('../../src/content/papers/chatgpt-sora/', import.meta.url));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMB = (): number => {
	gc();
	gc();
	return process.memoryUsage().heapUsed / 2 ** 20;
};

test('the papers read hold their models alone: under 1.5 MB a paper, not the 4 MB of the texts they were cut from', () => {
	const base = mkdtempSync(join(tmpdir(), 'model-memory-'));
	try {
		const copies = 6;
		for (let i = 1; i <= copies; i++) cpSync(PAPER, join(base, `paper-${i}`), { recursive: true });
		readPapers(base); // the parser's own start-up (the dictionaries, OpenCC) out of the count
		const before = heapMB();
		const papers = readPapers(base);
		const perPaper = (heapMB() - before) / copies;
		expect(papers).toHaveLength(copies);
		expect(perPaper).toBeLessThan(1.5);
	} finally {
		rmSync(base, { recursive: true, force: true });
	}
});

test('the compact model is the model: the same values, the same kinds of object', () => {
	const [read] = readPapers(join(PAPER, '..'));
	expect(read).toStrictEqual(readPaperFolder(PAPER));
});
