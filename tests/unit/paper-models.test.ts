/**
 * The papers' models beside Astro's content store (src/lib/paper/models.ts): the loader holds each model and
 * stores a small entry (folder, digest); the pages' getPapers takes the model the entry names, or reads the folder
 * again where this process did not read it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test, vi } from 'vitest';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { papersLoader } from '../../src/lib/paper/loader.ts';
import { heldModel, heldModels, holdModels } from '../../src/lib/paper/models.ts';
import { memoryLoaderContext, type StoredEntry } from '../support/loader-context.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'paper-models-'));
afterAll(() => {
	heldModels().clear();
	rmSync(scratch, { recursive: true, force: true });
});

/** What the content store's entries would be: the stored entries by id, as Astro's getCollection gives them. */
const stored = new Map<string, StoredEntry>();
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([...stored.values()]) }));

/** Runs the loader on `base` with a store in memory, as Astro's content layer would. */
async function load(base: string): Promise<void> {
	await papersLoader(base).load(memoryLoaderContext(stored));
}

/** A collection folder `name` of copies of the fixture under `ids`, loaded into an empty store; its path. */
async function loadCopies(name: string, ids: readonly string[]): Promise<string> {
	const base = join(scratch, name);
	for (const id of ids) cpSync(FIXTURE, join(base, id), { recursive: true });
	stored.clear();
	await load(base);
	return base;
}

test('the store keeps a small entry per paper: its folder and digest, not the model', async () => {
	const base = await loadCopies('small', ['one', 'two']);
	expect([...stored.keys()].sort()).toEqual(['one', 'two']);
	const entry = stored.get('one')!;
	expect(Object.keys(entry.data).sort()).toEqual(['digest', 'folder']);
	expect(entry.data['digest']).toBe(entry.digest);
	expect(JSON.stringify(entry).length, 'bytes of an entry').toBeLessThan(500);
	// The model the loader read is held under the entry's id and digest, and is the folder's model.
	expect(heldModel('one', String(entry.digest))).toStrictEqual(readPaperFolder(join(base, 'one')));
	expect(heldModel('one', 'another digest'), 'a model of other files is not taken for this one').toBeUndefined();
});

test('a paper changed or gone: the loader holds the new model and lets go of the gone one', async () => {
	const base = await loadCopies('changed', ['one', 'two']);
	const before = stored.get('one')!.digest;
	const mdx = join(base, 'one', 'paper.mdx');
	writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('第二段。', '第二段，改了。'));
	rmSync(join(base, 'two'), { recursive: true });
	await load(base);
	const after = stored.get('one')!.digest;
	expect(after).not.toBe(before);
	expect(JSON.stringify(heldModel('one', String(after)))).toContain('第二段，改了。');
	expect(stored.has('two')).toBe(false);
	expect(heldModels().has('two')).toBe(false);
});

test('the pages get the held models, in id order, and read a folder again whose model this process lacks', async () => {
	const base = await loadCopies('pages', ['b', 'a']);
	const { getPapers } = await import('../../src/lib/papers.ts');
	const papers = await getPapers();
	expect(papers.map((paper) => paper.id)).toEqual(['a', 'b']);
	expect(papers[0], 'the very model the loader holds').toBe(heldModel('a', String(stored.get('a')!.digest)));
	// As if the store had been written by another process: nothing held here.
	holdModels([]);
	const [a] = await getPapers();
	expect(a).toStrictEqual(readPaperFolder(join(base, 'a')));
	expect(heldModel('a', String(stored.get('a')!.digest)), 'held from then on').toBe(a);
});

test('in astro dev, the store a moment behind the loader: the pages take the loader’s newer model, and read no folder', async () => {
	const base = await loadCopies('behind', ['a']);
	const entry = stored.get('a')!;
	const mdx = join(base, 'a', 'paper.mdx');
	writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('第二段。', '第二段，改了。'));
	await load(base);
	// The store's entry as the pages still see it: the old digest.
	stored.set('a', entry);
	const newer = heldModels().get('a')!;
	// Half edited now: a folder read again would fail.
	writeFileSync(mdx, '<P id="broken">');
	const { getPapers } = await import('../../src/lib/papers.ts');
	const [a] = await getPapers();
	expect(a, 'the loader’s newer model').toBe(newer.paper);
	expect(heldModels().get('a'), 'still held under its own digest').toBe(newer);
});

test('a store kept from a build of the same files in another folder: the entry names the folder read now', async () => {
	await loadCopies('first-place', ['one']);
	// The same files elsewhere (another PAPERS_DIR, as the benchmark's copies), loaded into the store kept.
	const moved = join(scratch, 'second-place');
	cpSync(join(scratch, 'first-place'), moved, { recursive: true });
	await load(moved);
	expect(stored.get('one')!.data['folder']).toBe(join(moved, 'one'));
});

test('a paper this process did not read, its folder gone: an error that names the paper and the folder', async () => {
	const base = await loadCopies('gone', ['a']);
	holdModels([]);
	rmSync(join(base, 'a'), { recursive: true });
	const { getPapers } = await import('../../src/lib/papers.ts');
	await expect(getPapers()).rejects.toThrow(`paper a: this process's loader did not read it, and its folder, ${join(base, 'a')}, is gone`);
});
