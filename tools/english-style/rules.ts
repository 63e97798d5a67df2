/**
 * The English house style (README, "English house style"), as rules a
 * checker can apply to a stretch of prose. Each rule finds spans and says
 * what to write instead. The general checks come from retext (repeated
 * words, sentence spacing, a/an); these are the house's own: quotation
 * marks and apostrophes, dashes, the serial comma, spelling, Chicago
 * notes (titles in headline style), sentences that keep opening with the
 * same name, the calques collected while the translation was revised and
 * reviewed, and the glossary's renderings in its own notes.
 */
import { chineseMatches, englishForms } from '../../src/lib/paper/term-forms.ts';

export interface Finding {
	rule: string;
	/** Where in the checked text, in UTF-16 code units. */
	start: number;
	end: number;
	message: string;
}

export interface Rule {
	id: string;
	/** Prose of notes and bibliographies only, or everywhere. */
	scope?: 'notes';
	/** The rule reads the prose with its emphasis kept as `*…*` (an italic title is a title). */
	emphasis?: true;
	find(text: string): Finding[];
}

/** A rule of one pattern: every match is a finding. */
function pattern(id: string, regexp: RegExp, message: (match: RegExpExecArray) => string, scope?: 'notes'): Rule {
	return {
		id,
		...(scope ? { scope } : {}),
		find(text) {
			const found: Finding[] = [];
			for (const match of text.matchAll(new RegExp(regexp.source, regexp.flags.includes('g') ? regexp.flags : `${regexp.flags}g`))) {
				found.push({ rule: id, start: match.index, end: match.index + match[0].length, message: message(match as RegExpExecArray) });
			}
			return found;
		},
	};
}

/**
 * Calques of Chinese academic prose met in the revision, each with what the house writes instead. Kept
 * specific: a phrase here is never right in this register.
 */
export const CALQUES: readonly [RegExp, string][] = [
	[/\bit can (?:thus |therefore |hence )?be seen that\b/i, 'cut it, or “so”, “then”'],
	[/\bat the present stage\b/i, '“now”, “at present”'],
	[/\bto a certain extent\b/i, '“to some extent”, or cut'],
	[/\bplays? an important role\b/i, 'say what it does'],
	[/\bis of great significance\b/i, '“matters greatly”, “is significant”'],
	[/\bin terms of\b/i, '“as to”, or put the topic into the sentence'],
	[/\bon the basis of\b/i, '“from”, “through”, “by”'],
	[
		/\bcarr(?:y|ies|ied|ying) out (?:machine |generative |deep |self-)?(?:learning|innovation|reasoning|generation|interaction|communication|dialogue|training)\b/i,
		'the verb itself: “learn”, “innovate”, “reason”',
	],
	[/\bfullness of hope\b/i, '“full of promise”'],
	[/\bthe development of the development\b/i, 'say it once'],
	[/\bthe history of the development of\b/i, '“the history of”'],
	[/\bfrom the perspective of\b/i, '“from … point of view”, or restructure'],
	[/\bat the technical level\b/i, '“technically”'],
	[/\bthe reason (?:why )?\w+ \w+ lies in\b/i, '“… because”'],
	[/\bintelligent interaction experience\b/i, '“an experience of intelligent interaction”'],
	[/\bcross-dimensional intelligent\b/i, 'unchain the nouns: “an experience … that crosses dimensions”'],
	[/\bgallop freely\b/i, '“give free rein to”'],
	[/\bbig empirical data\b/i, '“empirical big data”'],
	[/\bbuilding block modules\b/i, '“modular building blocks”'],
	[/\bprovides? users with\b/i, '“offers users”, “gives users”'],
	[/\bachieve self-learning\b/i, '“learn on their own”'],
	[/\bfrom a philosophical standpoint\b/i, '“philosophically”'],
	[/\bprompted in-depth (?:human )?reflection\b/i, '“led … to reflect deeply”'],
	[/\bthe above analysis\b/i, '“the foregoing analysis”, “this analysis”'],
	// Collected by the first independent review (review records, round 1).
	[/\bformally (?:proposed|opened|put forward|launched)\b/i, 'what happened: “founded”, “launched as a field”, “opened”; 正式 needs no “formally”'],
	[/\bcognition of\b/i, '“grasp of”, “understanding of” (认知 in its everyday sense)'],
	[
		/(?<!\b(?:break\w*|broke|see|saw|seen|go|went|gone|come|came) )\bthrough (?:Sora|ChatGPT)\b(?![’']s)/i,
		'“with Sora”, “using Sora”, or make it the subject (通过 is not “through”)',
	],
	[/\bperform(?:s|ed|ing)? (?:[\w-]+ ){0,3}learning\b/i, 'the verb itself: “learn”, “train”'],
	[/\breveal(?:s|ed|ing)? (?:the|their|its|a) philosophical essence\b/i, 'another verb: “bring out”, “lay bare”'],
	[/\bspecial tokens?\b/i, '“tokens” (the Chinese has no “special”)'],
	[/\bgenerate innovations?\b/i, '“innovate”'],
	[/\b(?:expand|broaden)(?:s|ed|ing)? (?:\w+[’']s? )?cognition\b/i, '“understanding”, “horizons”'],
	[/\b([A-Za-z]+?)s? \(\1s?\)/i, 'drop the Chinese text’s English echo in parentheses: “tokens”, not “tokens (Token)”'],
];

/**
 * A calque that is a fault when it comes back: “solves the problem of …” once is English, four times in a
 * paragraph is 解决了…问题 carried over. Every occurrence after the first in a stretch of prose is a finding.
 */
const REPEATED_CALQUES: readonly [string, RegExp, string][] = [
	['solves-the-problem', /\bsolv(?:e|es|ed|ing) the problems? of\b/gi, 'say what it does: “masters”, “makes possible”, “gives machines …”'],
];

const repeatedCalques: Rule[] = REPEATED_CALQUES.map(([id, regexp, fix]) => ({
	id: `calque-${id}`,
	find(text) {
		return [...text.matchAll(regexp)]
			.slice(1)
			.map((m) => ({ rule: `calque-${id}`, start: m.index, end: m.index + m[0].length, message: `calque “${m[0]}”, again in this unit: ${fix}` }));
	},
}));

/**
 * Words that may open sentence after sentence without anyone hearing a repetition: articles, pronouns,
 * prepositions, conjunctions, sentence adverbs. Any other word (a name, a noun) opening three sentences in
 * a row, or most sentences of a paragraph, is the Chinese's repeated subject carried over.
 */
const OPENERS = new Set(
	'a an the this that these those it its they their them he his she her we our one some such each every both all any no not there here in on at as by for from of to with without within into through after before when while where whereas if though although because since once so yet but and or nor then thus hence therefore however moreover indeed still also even only first second third finally instead rather what which who whose how why than like unlike for example among between under over beyond toward whether just more most many much other another'.split(
		' ',
	),
);

/** The sentences of a stretch of prose, each with its offset and its opening word (possessive ’s off). */
export function sentenceOpenings(text: string): { start: number; end: number; word: string }[] {
	const openings: { start: number; end: number; word: string }[] = [];
	// A sentence starts the text or follows . ? ! (and any closing quote or bracket) and a space.
	for (const match of text.matchAll(/(?:^|[.?!][”’)\]]*\s+)[“‘(]?([A-Z][\w-]*(?:[’']s)?)/g)) {
		const word = match[1]!.replace(/[’']s$/, '');
		const start = match.index + match[0].length - match[1]!.length;
		openings.push({ start, end: start + word.length, word });
	}
	return openings;
}

/** The same name or noun opening three sentences in a row, or more than half of a paragraph's sentences (four or more). */
const sameOpening: Rule = {
	id: 'same-opening',
	find(text) {
		const openings = sentenceOpenings(text);
		const found: Finding[] = [];
		const flagged = new Set<string>();
		const counts = (word: string) => openings.filter((o) => o.word === word).length;
		openings.forEach((o, i) => {
			if (OPENERS.has(o.word.toLowerCase()) || flagged.has(o.word)) return;
			if (i >= 2 && openings[i - 1]!.word === o.word && openings[i - 2]!.word === o.word) {
				flagged.add(o.word);
				found.push({
					rule: 'same-opening',
					start: o.start,
					end: o.end,
					message: `“${o.word}” opens three sentences in a row: vary the reference (“it”, “the model”, a clause)`,
				});
			}
		});
		if (openings.length >= 4) {
			for (const word of new Set(openings.map((o) => o.word))) {
				if (OPENERS.has(word.toLowerCase()) || flagged.has(word) || counts(word) * 2 <= openings.length) continue;
				const third = openings.filter((o) => o.word === word)[Math.floor(openings.length / 2)] ?? openings.filter((o) => o.word === word).at(-1)!;
				found.push({
					rule: 'same-opening',
					start: third.start,
					end: third.end,
					message: `“${word}” opens ${counts(word)} of the ${openings.length} sentences: vary the reference`,
				});
			}
		}
		return found;
	},
};

/**
 * Words Chicago's headline style lowercases inside a title (CMOS 18, 8.160): articles, coordinating
 * conjunctions, prepositions whatever their length, “to” and “as”.
 */
const MINOR_WORDS = new Set(
	'a an the and but for or nor so yet as to at by in of off on per up via with from into onto over upon than vs versus about above across after against along amid among around before behind below beneath beside besides between beyond despite down during except inside like near outside past since through throughout toward towards under underneath until unto within without'.split(
		' ',
	),
);

/**
 * Words that mark a title as English (a German or a romanized Chinese title keeps its own capitalization):
 * the minor words and a few common verbs and pronouns. A title with none of them is not checked.
 */
const ENGLISH_MARKERS = new Set([
	...MINOR_WORDS,
	...'is are was were be been being do does did what how why who which when where its their this that these those we our you your it they new'.split(' '),
]);

/** The words of a title that headline style capitalizes and the title writes in lowercase. */
export function headlineFaults(title: string): { start: number; end: number; word: string }[] {
	const words = [...title.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)];
	const faults: { start: number; end: number; word: string }[] = [];
	words.forEach((match, i) => {
		// The first and last words, and the first after a colon or a dash, are capitalized whatever they are.
		const before = title.slice(i === 0 ? 0 : words[i - 1]!.index + words[i - 1]![0].length, match.index);
		const edge = i === 0 || i === words.length - 1 || /[:?!—]/.test(before);
		match[0].split('-').forEach((part, j, parts) => {
			const offset = match.index + parts.slice(0, j).reduce((n, p) => n + p.length + 1, 0);
			if (!/^[a-z]/.test(part) || /[A-Z]/.test(part)) return; // capitalized already, or a name like iPhone
			if (!(edge && j === 0) && MINOR_WORDS.has(part.replace(/[’']s$/, ''))) return;
			faults.push({ start: offset, end: offset + part.length, word: part });
		});
	});
	return faults;
}

/**
 * Titles of English-language works in headline style (Chicago), in notes and the bibliography: a title in
 * quotation marks or in italics, in English (a romanized Chinese title, which Chicago sets in sentence case,
 * is followed by its English in brackets and is left alone).
 */
const headlineStyle: Rule = {
	id: 'headline-style',
	scope: 'notes',
	emphasis: true,
	find(text) {
		const found: Finding[] = [];
		for (const match of text.matchAll(/“([^”]+)”|(?<![\w*])\*([^*]+)\*(?![\w*])/g)) {
			const title = (match[1] ?? match[2]!).replace(/[,.;:]$/, '');
			const after = text.slice(match.index + match[0].length);
			const english = title.split(/[^\p{L}’']+/u).some((word) => ENGLISH_MARKERS.has(word.toLowerCase()));
			if (/^[,.;:]?\s*\[/.test(after) || /\p{Script=Han}/u.test(title) || !/\s/.test(title) || !english) continue;
			const faults = headlineFaults(title);
			if (faults.length === 0) continue;
			// One finding per title, on its first faulty word, giving the whole title as it should stand.
			const fixed = faults.reduceRight((t, f) => `${t.slice(0, f.start)}${f.word[0]!.toUpperCase()}${f.word.slice(1)}${t.slice(f.end)}`, title);
			const offset = match.index + 1;
			found.push({
				rule: 'headline-style',
				start: offset + faults[0]!.start,
				end: offset + faults[0]!.end,
				message: `title in headline style (Chicago): “${fixed}”`,
			});
		}
		return found;
	},
};

/** British spellings this house writes the American way (Chicago, American spelling). */
const BRITISH: readonly [RegExp, string][] = [
	[/\b(\w+)is(e|es|ed|ing|ation|ations)\b/, 'ize'],
	[/\b(?:behaviour|colour|favour|honour|labour|neighbour)s?\b/i, '-or'],
	[/\b(?:centre|theatre|metre)s?\b/i, '-er'],
	[/\banalys(?:e|es|ed|ing)\b/i, 'analyze'],
];
/** Words in -ise that are right as they are. */
const ISE_WORDS = new Set([
	'advertise',
	'advise',
	'arise',
	'chastise',
	'comprise',
	'compromise',
	'concise',
	'demise',
	'despise',
	'devise',
	'disguise',
	'enterprise',
	'excise',
	'exercise',
	'expertise',
	'franchise',
	'improvise',
	'incise',
	'merchandise',
	'noise',
	'otherwise',
	'paradise',
	'poise',
	'precise',
	'premise',
	'promise',
	'raise',
	'revise',
	'rise',
	'supervise',
	'surmise',
	'surprise',
	'televise',
	'treatise',
	'wise',
	'likewise',
	'clockwise',
	'praise',
	'cruise',
	'bruise',
	'anise',
	'concise',
	'porpoise',
	'tortoise',
	'turquoise',
	'guise',
	'reprise',
	'premise',
]);

function britishSpelling(): Rule {
	return {
		id: 'american-spelling',
		find(text) {
			const found: Finding[] = [];
			for (const [regexp, fix] of BRITISH) {
				for (const match of text.matchAll(new RegExp(regexp.source, `${regexp.flags}g`))) {
					const word = match[0].toLowerCase();
					if (fix === 'ize' && [...ISE_WORDS].some((w) => word.startsWith(w.replace(/e$/, '')) || word === w)) continue;
					if (fix === 'ize' && !/(?:ise|ised|ises|ising|isation|isations)$/.test(word)) continue;
					found.push({ rule: 'american-spelling', start: match.index, end: match.index + match[0].length, message: `American spelling (${fix})` });
				}
			}
			return found;
		},
	};
}

/**
 * The serial comma: a list of three or more short items ends with “, and” / “, or”. Flags “A, B and C”
 * where the items are words or short phrases in lowercase (a sentence's opening adverb, “First, …”,
 * is capitalized and so not taken for an item). A last item opening with an article is one only when
 * the item before it opens with a determiner too (“the glossary, these notes and the alignment”): after
 * a verb phrase, “and a …” or “and the …” is more often a clause (“it, to some extent, possesses
 * practical reason and a …”).
 */
const WORD = String.raw`(?!(?:and|or)\b)[a-z][\w’-]*`;
const ITEM = String.raw`${WORD}(?: ${WORD}){0,2}`;
const DETERMINER = String.raw`(?:a|an|the|this|that|these|those|its|his|her|their|our|each|every)`;
const LAST_ITEM = String.raw`(?:(?!(?:a|an|the)\b)[a-z][\w’-]*|(?<=, ${DETERMINER}(?: [\w’-]+){1,2} (?:and|or) )(?:a|an|the) [a-z][\w’-]*)`;
const serialComma = pattern(
	'serial-comma',
	// The first item opens a sentence or follows punctuation: not the tail of a longer phrase.
	new RegExp(String.raw`(?<![\w’'-])(?<![\w’-] )${ITEM}, ${ITEM}(?:, ${ITEM})* (?:and|or) ${LAST_ITEM}`),
	() => 'serial comma: “A, B, and C”',
);

/** Compounds of two equal terms, joined by an en dash. */
const EN_DASH_COMPOUNDS = ['human-machine', 'text-image', 'text-video', 'human-computer', 'space-time relations?'];

export const RULES: readonly Rule[] = [
	pattern('straight-quote', /["']/, (m) => (m[0] === '"' ? 'curly quotation marks: “ ”' : 'curly apostrophe or quotation mark: ’ ‘')),
	pattern('double-space', / {2,}/, () => 'one space'),
	pattern('ellipsis', /\.\.\./, () => 'the ellipsis character: …'),
	pattern('spaced-hyphen', / - | -- |--/, () => 'an em dash without spaces: —'),
	pattern('spaced-em-dash', / — |— | —/, () => 'an em dash without spaces: —'),
	pattern('number-range', /\b\d+-\d+\b/, () => 'an en dash for a range: 135–201'),
	pattern('en-dash-compound', new RegExp(`\\b(?:${EN_DASH_COMPOUNDS.join('|')})\\b`, 'i'), () => 'an en dash between two equal terms: human–machine'),
	pattern('punctuation-outside-quote', /[”’][,.](?!\d)/, () => 'periods and commas inside the closing quotation mark (Chicago)'),
	pattern(
		'nationality-tag',
		/\[(?:American|German|British|French|English|Japanese|Korean|Chinese|Russian|Italian|Canadian|Austrian)\]/,
		() => 'no nationality tags in English notes (Chicago)',
	),
	pattern('page-abbreviation', /\bpp?\. (?=\d)/, () => 'notes give the page number alone (Chicago): “2023), 3.”', 'notes'),
	pattern(
		'repeated-term',
		/(?:artificial intelligence[^]*?){3}/i,
		() => '“artificial intelligence” three or more times in a unit: vary with “AI”, “it”, the system’s name',
	),
	serialComma,
	britishSpelling(),
	...CALQUES.map(([regexp, fix], i) => pattern(`calque-${i + 1}`, regexp, (m) => `calque “${m[0]}”: ${fix}`)),
	...repeatedCalques,
	sameOpening,
	headlineStyle,
];

/**
 * Renderings the text gives a concept consistently, which a glossary note must not vary: the concept's
 * Chinese, the English the text uses (a glossary rendering, or the body's where the concept has no entry),
 * and the variants a note must not use for it.
 */
export const VARIANT_RENDERINGS: readonly { zh: string; rendering: string; variants: RegExp }[] = [
	{ zh: '通用智能', rendering: 'general-purpose intelligence', variants: /(?<!artificial )\bgeneral intelligence\b/gi },
];

/** A glossary entry as the rule reads it. */
export interface GlossaryEntry {
	id: string;
	zh: string;
	en: readonly string[];
	note: { zh: string; en: string };
}

/**
 * The glossary's renderings in its own notes: where a note's Chinese names a key term (not inside a longer
 * one), its English uses that term's rendering; and no note uses a known variant of a rendering
 * (VARIANT_RENDERINGS) where its Chinese names the concept. Findings are spans of the note's English, by entry.
 */
export function glossaryNoteFaults(glossary: readonly GlossaryEntry[]): (Finding & { term: string })[] {
	const forms = glossary.map((t) => t.zh);
	const found: (Finding & { term: string })[] = [];
	for (const entry of glossary) {
		// A term counts where it stands as words: 多模态 in 更多模态 (更多 + 模态) is not the term.
		const boundaries = new Set(
			[...new Intl.Segmenter('zh', { granularity: 'word' }).segment(entry.note.zh)].flatMap((w) => [w.index, w.index + w.segment.length]),
		);
		const names = (zh: string) => chineseMatches(entry.note.zh, zh, forms).some((at) => boundaries.has(at) && boundaries.has(at + zh.length));
		for (const other of glossary) {
			if (other === entry || !names(other.zh) || englishForms(other).test(entry.note.en)) continue;
			found.push({
				term: entry.id,
				rule: 'glossary-rendering',
				start: 0,
				end: Math.min(entry.note.en.length, 40),
				message: `the note’s Chinese names ${other.zh}, whose rendering is “${other.en[0]}”: its English must use it`,
			});
		}
		for (const { zh, rendering, variants } of VARIANT_RENDERINGS) {
			if (!entry.note.zh.includes(zh)) continue;
			for (const m of entry.note.en.matchAll(variants))
				found.push({
					term: entry.id,
					rule: 'glossary-rendering',
					start: m.index,
					end: m.index + m[0].length,
					message: `${zh} is “${rendering}” in the text: not “${m[0]}”`,
				});
		}
	}
	return found;
}
