/**
 * The word look-up's data for one paper, as a page of one interface reads
 * it: every word of its Chinese text, in the page's script, with its pinyin
 * and English glosses (src/lib/paper/dictionary.ts, on a thread of its own:
 * words-thread.ts), and the glossary's key terms with their note in the
 * interface's language. Only the paper's words: the file loads at the
 * reader's first look-up (src/scripts/lookup/).
 */
import { type Locale, textLang } from '../i18n.ts';
import type { Paper } from './model.ts';
import { plainText } from './plain-text.ts';
import { glossaryOccurrences } from './terms.ts';
import { toTraditional, traditionalPaper } from './traditional.ts';
import { wordsOnThread } from './words-thread.ts';

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

/** What a paper's words are cut from, in one script: each unit's and note's Chinese as shown and in Simplified (for the pinyin), and the glossary's terms. */
export interface WordTexts {
	hant: boolean;
	shown: string[];
	simplified: string[];
	glossary: [shown: string, simplified: string][];
}

/** The texts of `paper` whose words the look-up gives, in Traditional characters where `hant`. */
export function wordTexts(paper: Paper, hant: boolean): WordTexts {
	const shown = hant ? traditionalPaper(paper) : paper;
	const texts = (p: Paper) => [...p.text.units, ...p.text.notes].map((u) => plainText(u.text.zh));
	return { hant, shown: texts(shown), simplified: texts(paper), glossary: paper.glossary.map((term, i) => [shown.glossary[i]!.zh, term.zh]) };
}

/** Where a paper's words are made: the dictionary's thread in the build (`wordsOnThread`). */
export type WordsSource = (paper: string, texts: WordTexts) => Promise<Record<string, WordEntry>>;

/**
 * The look-up data of a paper for an interface, its words from `source`. The words of the paper last asked for are
 * kept, in each script: its three look-up files are written one after the other (the Simplified words serve two
 * interfaces). One paper's, not every paper's: a thousand papers' words would be held to the end of the build for
 * nothing.
 */
export function lookupDataFrom(source: WordsSource): (paper: Paper, locale: Locale) => Promise<LookupData> {
	let lastFound: { paper: Paper; found: Partial<Record<'hans' | 'hant', Promise<Record<string, WordEntry>>>> } | undefined;

	const wordsOf = (paper: Paper, hant: boolean): Promise<Record<string, WordEntry>> => {
		if (lastFound?.paper !== paper) lastFound = { paper, found: {} };
		const found = lastFound.found;
		const script = hant ? 'hant' : 'hans';
		const known = found[script];
		if (known) return known;
		const asked = source(paper.id, wordTexts(paper, hant));
		// A failure is not kept: in astro dev, the next request for the file asks again (a new thread if it died).
		asked.catch(() => {
			if (found[script] === asked) delete found[script];
		});
		return (found[script] = asked);
	};

	return async (paper: Paper, locale: Locale): Promise<LookupData> => {
		const hant = locale === 'zh-hant';
		const shown = hant ? traditionalPaper(paper) : paper;
		const words = await wordsOf(paper, hant);
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
	};
}

/** The look-up data of a paper for an interface, its words made on the dictionary's thread. */
export const lookupData = lookupDataFrom(wordsOnThread);
