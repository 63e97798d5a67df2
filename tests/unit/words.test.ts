/** The look-up's readings (src/lib/paper/words.ts): tone marks made from the tone numbers, as pinyin-pro would write them. */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { expect, test } from 'vitest';
import { readingOf, segmenter } from '../../src/lib/paper/words.ts';

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
