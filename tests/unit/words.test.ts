/** The look-up's readings (src/lib/paper/words.ts): tone marks made from the tone numbers, as pinyin-pro would write them. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { expect, test } from 'vitest';
import { readPapers } from '../../src/lib/paper/folder.ts';
import type { Paper } from '../../src/lib/paper/model.ts';
import { readingOf, segmenter, wordEntry, wordsOfTexts } from '../../src/lib/paper/dictionary.ts';
import { lookupDataFrom } from '../../src/lib/paper/words.ts';
import { WordsThread } from '../../src/lib/paper/words-thread.ts';

const PAPER = new URL('../../src/content/papers/chatgpt-sora/', import.meta.url);

test('every word of the paper and its glossary reads as pinyin-pro reads it with tone marks', () => {
	const text = readFileSync(new URL('paper.mdx', PAPER), 'utf8') + readFileSync(new URL('glossary.yaml', PAPER), 'utf8');
	const words = new Set<string>();
	for (const { segment, isWordLike } of segmenter().segment(text)) if (isWordLike && /\p{Script=Han}/u.test(segment)) words.add(segment);
	// Each character alone too: a word CC-CEDICT lacks is given its parts.
	for (const word of [...words]) for (const character of word) words.add(character);
	expect(words.size).toBeGreaterThan(1000);
	const differing = [...words].filter((word) => readingOf(word).reading !== pinyin(word, { toneType: 'symbol' }));
	expect(differing).toEqual([]);
});

test('the numbered reading writes the neutral tone as 5, as CC-CEDICT does', () => {
	expect(readingOf('世界')).toEqual({ numbered: 'shi4 jie4', reading: 'shì jiè' });
	expect(readingOf('的').numbered).toBe('de5');
});

test('a word is read once for the whole build, in each script apart', () => {
	const simplified = wordEntry('头发', '头发', false);
	expect(simplified[0]).toBe('tóu fa');
	// The same entry, not one read again: the papers of a collection share their vocabulary.
	expect(wordEntry('头发', '头发', false)).toBe(simplified);
	// The Traditional form is looked up in CC-CEDICT's Traditional column, under its own key.
	const traditional = wordEntry('頭髮', '头发', true);
	expect(traditional).not.toBe(simplified);
	expect(traditional).toEqual(simplified);
	expect(wordEntry('头发', '头发', true)).toEqual(['tóu fa', '', ['头', '发']]);
	// A word CC-CEDICT lacks is given its parts.
	expect(wordEntry('生成逻辑', '生成逻辑', false)).toEqual(['shēng chéng luó jí', '', ['生成', '逻辑']]);
});

test('each paper’s look-up files hold its own words, whichever paper was read before', async () => {
	// The words made here, as the dictionary's thread makes them (tests/built/reading-aids.test.ts: the build's files are these).
	const lookupData = lookupDataFrom((_, texts) => Promise.resolve(wordsOfTexts(texts)));
	const [paper] = readPapers(fileURLToPath(new URL('..', PAPER)));
	// A copy with one sentence of its own: its words and only its words are in its files.
	const other: Paper = structuredClone(paper!);
	other.text.units.at(-1)!.text.zh = [{ type: 'text', value: '葡萄酒' }];
	const first = JSON.stringify(await lookupData(paper!, 'zh'));
	const ofOther = await lookupData(other, 'zh');
	expect(ofOther.words['葡萄酒']).toBeDefined();
	expect((await lookupData(paper!, 'zh')).words['葡萄酒']).toBeUndefined();
	expect(JSON.stringify(await lookupData(paper!, 'zh'))).toBe(first);
	// The Simplified words serve both the Chinese and the English interface.
	expect((await lookupData(paper!, 'en')).words).toBe((await lookupData(paper!, 'zh')).words);
});

test('a paper whose words failed is asked again at its next file, not given the failure kept', async () => {
	const [paper] = readPapers(fileURLToPath(new URL('..', PAPER)));
	let asked = 0;
	const lookupData = lookupDataFrom(() => (asked++ === 0 ? Promise.reject(new Error('the thread died')) : Promise.resolve({})));
	await expect(lookupData(paper!, 'zh')).rejects.toThrow('the thread died');
	expect((await lookupData(paper!, 'zh')).words).toEqual({});
	expect(asked).toBe(2);
});

test('a dictionary thread that ends or breaks fails the questions asked of it, naming the paper; the next question starts a new thread', async () => {
	const texts = { hant: false, shown: ['世界'], simplified: ['世界'], glossary: [] };
	// A thread that ends at its first question, then one that throws where nothing catches it, then one that says
	// what failed (as words-worker.ts does with an error it catches: that thread is kept).
	const threads = [
		`parentPort.on('message', () => process.exit(4));`,
		`parentPort.on('message', () => { throw new RangeError('a bug on the thread'); });`,
		`parentPort.on('message', ({ id }) => parentPort.postMessage({ id, failed: 'TypeError: a bad text' }));`,
	];
	let started = 0;
	const thread = new WordsThread(() => new Worker(`const { parentPort } = require('node:worker_threads'); ${threads[started++]}`, { eval: true }));
	await expect(thread.words('paper-a', texts)).rejects.toThrow(/^the look-up words of paper paper-a could not be made: its thread ended \(code 4\)$/);
	await expect(thread.words('paper-b', texts)).rejects.toThrow(/^the look-up words of paper paper-b could not be made: RangeError: a bug on the thread/);
	await expect(thread.words('paper-c', texts)).rejects.toThrow(/^the look-up words of paper paper-c could not be made: TypeError: a bad text$/);
	expect(await thread.words('paper-d', texts).catch((error: unknown) => String(error))).toMatch(/a bad text/);
	expect(started).toBe(3);
});

test('the build’s thread never loads the dictionary: words.ts, as the look-up route imports it, leaves cc-cedict to its thread', () => {
	// A process of its own (Vitest shares modules between files): every package the import of words.ts resolves.
	const script = `
		import { registerHooks } from 'node:module';
		const seen = [];
		registerHooks({ resolve: (specifier, context, next) => { seen.push(specifier); return next(specifier, context); } });
		await import(${JSON.stringify(new URL('../../src/lib/paper/words.ts', import.meta.url).href)});
		console.log(JSON.stringify(seen));`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
	expect(run.stderr).toBe('');
	const resolved = JSON.parse(run.stdout) as string[];
	expect(resolved).toContain('./words-thread.ts');
	expect(resolved.filter((specifier) => /cc-cedict|pinyin-pro|dictionary/.test(specifier))).toEqual([]);
});
