/**
 * The English house style (README, "English house style"), as rules a
 * checker can apply to a stretch of prose. Each rule finds spans and says
 * what to write instead. The general checks come from retext (repeated
 * words, sentence spacing, a/an); these are the house's own: quotation
 * marks and apostrophes, dashes, the serial comma, spelling, Chicago
 * notes, and the calques collected while the translation was revised.
 */

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
	[/\bcarr(?:y|ies|ied|ying) out (?:machine |generative |deep |self-)?(?:learning|innovation|reasoning|generation|interaction|communication|dialogue|training)\b/i, 'the verb itself: “learn”, “innovate”, “reason”'],
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
];

/** British spellings this house writes the American way (Chicago, American spelling). */
const BRITISH: readonly [RegExp, string][] = [
	[/\b(\w+)is(e|es|ed|ing|ation|ations)\b/, 'ize'],
	[/\b(?:behaviour|colour|favour|honour|labour|neighbour)s?\b/i, '-or'],
	[/\b(?:centre|theatre|metre)s?\b/i, '-er'],
	[/\banalys(?:e|es|ed|ing)\b/i, 'analyze'],
];
/** Words in -ise that are right as they are. */
const ISE_WORDS = new Set(['advertise', 'advise', 'arise', 'chastise', 'comprise', 'compromise', 'concise', 'demise', 'despise', 'devise', 'disguise', 'enterprise', 'excise', 'exercise', 'expertise', 'franchise', 'improvise', 'incise', 'merchandise', 'noise', 'otherwise', 'paradise', 'poise', 'precise', 'premise', 'promise', 'raise', 'revise', 'rise', 'supervise', 'surmise', 'surprise', 'televise', 'treatise', 'wise', 'likewise', 'clockwise', 'praise', 'cruise', 'bruise', 'anise', 'concise', 'porpoise', 'tortoise', 'turquoise', 'guise', 'reprise', 'premise']);

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
 * is capitalized and so not taken for an item).
 */
const WORD = String.raw`(?!(?:and|or)\b)[a-z][\w’-]*`;
const ITEM = String.raw`${WORD}(?: ${WORD}){0,2}`;
const serialComma = pattern(
	'serial-comma',
	// The first item opens a sentence or follows punctuation: not the tail of a longer phrase.
	new RegExp(String.raw`(?<![\w’'-])(?<![\w’-] )${ITEM}, ${ITEM}(?:, ${ITEM})* (?:and|or) (?!(?:a|an|the)\b)[a-z][\w’-]*`),
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
	pattern('nationality-tag', /\[(?:American|German|British|French|English|Japanese|Korean|Chinese|Russian|Italian|Canadian|Austrian)\]/, () => 'no nationality tags in English notes (Chicago)'),
	pattern('page-abbreviation', /\bpp?\. (?=\d)/, () => 'notes give the page number alone (Chicago): “2023), 3.”', 'notes'),
	pattern('repeated-term', /(?:artificial intelligence[^]*?){3}/i, () => '“artificial intelligence” three or more times in a unit: vary with “AI”, “it”, the system’s name'),
	serialComma,
	britishSpelling(),
	...CALQUES.map(([regexp, fix], i) => pattern(`calque-${i + 1}`, regexp, (m) => `calque “${m[0]}”: ${fix}`)),
];
