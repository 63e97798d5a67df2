/**
 * The English house style (README, "English house style"), checked over
 * every paper: its units, notes, translator's notes, glossary and
 * bibliography. A failure names the file, the line, the unit, the rule and
 * the span. The checker is itself checked: a planted fault of each kind is
 * found, and clean English passes.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPaper, formatProblem } from '../../tools/english-style/check.ts';
import {
	CALQUES,
	type GlossaryEntry,
	glossaryNoteFaults,
	headlineFaults,
	RULES,
	sentenceOpenings,
	VARIANT_RENDERINGS,
} from '../../tools/english-style/rules.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);

describe.each(readdirSync(PAPERS))('%s', (paper) => {
	test('its English keeps the house style', async () => {
		const problems = await checkPaper(fileURLToPath(new URL(paper, PAPERS)));
		expect(problems.map(formatProblem)).toEqual([]);
	});
});

/** Each rule's planted fault, and what the rule must leave alone. */
const PLANTED: Record<string, { fault: string; clean: string }> = {
	'straight-quote': { fault: "Sora's debut", clean: 'Sora’s debut' },
	'double-space': { fault: 'It learns.  It grows.', clean: 'It learns. It grows.' },
	ellipsis: { fault: 'What Is ChatGPT Doing ... and Why', clean: 'What Is ChatGPT Doing … and Why' },
	'spaced-hyphen': { fault: 'two things - text and video', clean: 'two things—text and video' },
	'spaced-em-dash': { fault: 'two things — text and video', clean: 'two things—text and video' },
	'number-range': { fault: 'pages 135-201', clean: 'pages 135–201' },
	'en-dash-compound': { fault: 'human-machine interaction', clean: 'human–machine interaction' },
	'punctuation-outside-quote': { fault: 'the “world picture”, as', clean: 'the “world picture,” as' },
	'nationality-tag': { fault: '[German] Immanuel Kant', clean: 'Immanuel Kant' },
	'page-abbreviation': { fault: '(Beijing: CITIC Press, 2023), p. 3.', clean: '(Beijing: CITIC Press, 2023), 3.' },
	'repeated-term': { fault: 'artificial intelligence, artificial intelligence and artificial intelligence', clean: 'artificial intelligence, AI, and it' },
	'serial-comma': { fault: 'learning, understanding and thinking', clean: 'learning, understanding, and thinking' },
	'american-spelling': { fault: 'the author’s behaviour is normalised', clean: 'the author’s behavior is normalized; otherwise, a promise' },
	'calque-1': { fault: 'It can thus be seen that AI learns.', clean: 'AI, then, learns.' },
	'calque-solves-the-problem': {
		fault: 'It solves the problem of images. It also solved the problem of video.',
		clean: 'It solves the problem of images. It also masters video.',
	},
	'same-opening': {
		fault: 'ChatGPT answers questions. ChatGPT writes code. ChatGPT’s replies are fluent.',
		clean: 'ChatGPT answers questions. It writes code. Its replies are fluent. The model learns. The model grows.',
	},
	'headline-style': {
		fault: 'Raphaël Millière, “Are video generation models world simulators?” URL.',
		clean:
			'Raphaël Millière, “Are Video Generation Models World Simulators?” URL. “Yuanyuzhou, yituobang yu shuzi chuangshi zaowu” [The Metaverse], *Kritik der reinen Vernunft*.',
	},
};

/** The calques collected by the reviews, each with a planted instance and its idiomatic turn, which passes. */
const REVIEWED_CALQUES: [RegExp | string, string, string][] = [
	['formally proposed', 'Since AI was formally proposed at the Dartmouth Conference', 'Since AI was founded as a field at the Dartmouth Conference'],
	['cognition of', 'its cognition of causality', 'its grasp of causality'],
	['through Sora', 'they can construct a metaverse through Sora', 'they can use Sora to build a metaverse'],
	['through ChatGPT', 'they can reach the world through ChatGPT', 'Breaking through ChatGPT’s limitations, Sora goes through ChatGPT’s answers'],
	['perform', 'ChatGPT and Sora perform machine deep learning on large models', 'ChatGPT and Sora learn from large models'],
	[
		'reveal the philosophical essence',
		'they reveal the philosophical essence of many dimensions',
		'they bring out the philosophical essence of many dimensions',
	],
	[
		'reveals their philosophical essence',
		'in learning and understanding it reveals their philosophical essence',
		'in learning and understanding it brings out their philosophical essence',
	],
	['special tokens', 'marked with special tokens', 'marked with tokens'],
	['generate innovations', 'generate innovations as humans intend', 'innovate as humans intend'],
	['cognition', 'it expands users’ cognition and imagination', 'it broadens users’ understanding and imagination'],
	['(', 'in place of ChatGPT’s tokens (Token)', 'in place of ChatGPT’s tokens (patches)'],
];

test.each(REVIEWED_CALQUES)('the calques the reviews collected: %s is found, its idiomatic turn passes', (_, fault, clean) => {
	const calques = RULES.filter((r) => r.id.startsWith('calque-'));
	expect(calques.flatMap((r) => r.find(fault)).length, fault).toBeGreaterThan(0);
	expect(
		calques.flatMap((r) => r.find(clean)),
		clean,
	).toEqual([]);
});

test('every calque of the list is planted somewhere here', () => {
	const planted = [...Object.values(PLANTED).map((p) => p.fault), ...REVIEWED_CALQUES.map(([, fault]) => fault)];
	// The calques before the reviews were planted when they were collected: the first is; those of the reviews all are.
	for (const [regexp] of CALQUES.slice(CALQUES.findIndex(([r]) => r.source.includes('formally'))))
		expect(
			planted.some((text) => regexp.test(text)),
			regexp.source,
		).toBe(true);
});

describe('the serial comma before a last item with an article', () => {
	const rule = RULES.find((r) => r.id === 'serial-comma')!;
	const spans = (text: string) => rule.find(text).map((f) => text.slice(f.start, f.end));
	test('a list of noun phrases ending “and the …” or “and a …” is found (R5-A: “these notes and the alignment”)', () => {
		expect(spans('the editorial title, the glossary, these notes and the alignment')).toEqual([
			'the editorial title, the glossary, these notes and the alignment',
		]);
		expect(spans('It offers three things: a title, a glossary and a bibliography.')).toHaveLength(1);
		expect(spans('the title, the glossary, these notes, and the alignment')).toEqual([]);
	});
	test('after a verb phrase, “and a …” is a clause, not a list’s last item', () => {
		expect(spans('Its advent shows that it, to some extent, possesses practical reason and a synthesizing power.')).toEqual([]);
		expect(spans('As a rule, it learns fast and the model grows.')).toEqual([]);
	});
});

describe('the same name opening sentence after sentence', () => {
	const rule = RULES.find((r) => r.id === 'same-opening')!;
	test('three in a row: found once, on the third, whatever the possessive', () => {
		const text = 'Sora renders video. Sora’s scenes move. Sora learns physics. Sora dreams.';
		const found = rule.find(text);
		expect(found).toHaveLength(1);
		expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Sora');
		expect(found[0]!.start).toBe(text.indexOf('Sora learns'));
	});
	test('most of a paragraph of four or more sentences, not in a row', () => {
		const text = 'Sora is new. It moves. Sora renders. Video follows. Sora learns.';
		expect(rule.find(text).map((f) => f.message)).toEqual(['“Sora” opens 3 of the 5 sentences: vary the reference']);
		// Half is not most, and three sentences are too few to count.
		expect(rule.find('Sora is new. It moves. Sora renders. Video follows.')).toEqual([]);
		expect(rule.find('Sora is new. Sora moves. It renders.')).toEqual([]);
	});
	test('articles, pronouns and connectives may open any number of sentences', () => {
		expect(rule.find('The model learns. The model grows. The model speaks. It answers. It writes.')).toEqual([]);
	});
	test('sentences are cut after . ? ! and a closing quote', () => {
		expect(sentenceOpenings('“Is it so?” Sora asks. (Then) it answers!” Sora’s turn.').map((o) => o.word)).toEqual(['Is', 'Sora', 'Then', 'Sora']);
	});
});

describe('titles in headline style', () => {
	test('the words Chicago capitalizes, and the ones it does not', () => {
		expect(headlineFaults('Are video generation models world simulators?').map((f) => f.word)).toEqual([
			'video',
			'generation',
			'models',
			'world',
			'simulators',
		]);
		expect(headlineFaults('Improving Language Understanding by Generative Pre-Training')).toEqual([]);
		expect(headlineFaults('What Is ChatGPT Doing … and Why Does It Work?')).toEqual([]);
		// First and last words, and the first after a colon, whatever they are; the parts of a hyphenated compound.
		expect(headlineFaults('the Age of the World Picture: an Essay on').map((f) => f.word)).toEqual(['the', 'an', 'on']);
		expect(headlineFaults('Self-organizing Systems').map((f) => f.word)).toEqual(['organizing']);
	});
	test('a romanized or German title, or one word, is left alone; italics count as a title', () => {
		const rule = RULES.find((r) => r.id === 'headline-style')!;
		expect(rule.scope).toBe('notes');
		expect(rule.find('*Kritik der reinen Vernunft*; “Shuzi chuangshi,” [Digital Creation]; “sky.”')).toEqual([]);
		expect(rule.find('Ray Kurzweil, *The singularity is near* (New York: Viking, 2005).').map((f) => f.message)).toEqual([
			'title in headline style (Chicago): “The Singularity Is Near”',
		]);
	});
});

describe('the glossary’s renderings in its own notes', () => {
	const term = (id: string, zh: string, en: string[], noteZh: string, noteEn: string): GlossaryEntry => ({ id, zh, en, note: { zh: noteZh, en: noteEn } });
	const glossary = [
		term('emergence', '涌现', ['emergence'], '新整体的出现。', 'The rise of new wholes.'),
		term('modality', '模态', ['modality', 'modalities'], '数据的类型。', 'A kind of data.'),
		term('multimodal', '多模态', ['multimodal'], '多种模态。', 'Several modalities of data.'),
	];
	test('a note whose Chinese names another key term uses its rendering', () => {
		const planted = [
			...glossary,
			term('emergent-generation', '涌现生成', ['emergent generation'], '由涌现而来的生成。', 'Generation that arises from the whole.'),
		];
		expect(glossaryNoteFaults(planted).map((f) => [f.term, f.message])).toEqual([
			['emergent-generation', 'the note’s Chinese names 涌现, whose rendering is “emergence”: its English must use it'],
		]);
		planted[3] = term('emergent-generation', '涌现生成', ['emergent generation'], '由涌现而来的生成。', 'Generation by emergence.');
		expect(glossaryNoteFaults(planted)).toEqual([]);
		// 多模态 inside 更多模态 (更多 + 模态) is not the term.
		expect(glossaryNoteFaults([...glossary, term('x', '甲', ['x'], '处理更多模态的数据。', 'Handling more modalities of data.')])).toEqual([]);
	});
	test('a known variant of a rendering is a fault where the note’s Chinese names the concept', () => {
		const planted = term(
			'generative-logic',
			'生成逻辑',
			['generative logic'],
			'大语言模型、涌现生成和通用智能。',
			'The large language model, emergent generation, and general intelligence; not artificial general intelligence.',
		);
		const found = glossaryNoteFaults([planted]);
		expect(found.map((f) => planted.note.en.slice(f.start, f.end))).toEqual(['general intelligence']);
		expect(
			glossaryNoteFaults([{ ...planted, note: { ...planted.note, en: 'The large language model, emergent generation, and general-purpose intelligence.' } }]),
		).toEqual([]);
	});
	test('each variant’s rendering is the text’s: a glossary form, or the body’s English where the Chinese has the concept', () => {
		const folder = fileURLToPath(new URL('chatgpt-sora', PAPERS));
		const mdx = readFileSync(join(folder, 'paper.mdx'), 'utf8');
		const glossaryText = readFileSync(join(folder, 'glossary.yaml'), 'utf8');
		for (const { zh, rendering, variants } of VARIANT_RENDERINGS) {
			expect(mdx.includes(zh) || glossaryText.includes(`zh: ${zh}`), zh).toBe(true);
			expect(mdx.includes(rendering) || glossaryText.includes(rendering), rendering).toBe(true);
			expect(new RegExp(variants.source, variants.flags).test(rendering), `${rendering} is not its own variant`).toBe(false);
		}
	});
});

test('a finding names the file, the segment’s line, the unit and the span', async () => {
	const scratch = mkdtempSync(join(tmpdir(), 'english-style-'));
	try {
		const folder = join(scratch, 'chatgpt-sora');
		cpSync(fileURLToPath(new URL('chatgpt-sora', PAPERS)), folder, { recursive: true });
		const mdx = readFileSync(join(folder, 'paper.mdx'), 'utf8');
		const sentence = 'The Transformer model takes as its input the text sequence of the dialogue history';
		writeFileSync(
			join(folder, 'paper.mdx'),
			mdx.replace(sentence, `The Transformer model formally proposed takes as its input the text sequence of the dialogue history`),
		);
		const line = mdx.split('\n').findIndex((l) => l.startsWith(sentence)) + 1;
		const problems = (await checkPaper(folder)).filter((p) => p.unit === 's2-2-1-p1' && p.span.includes('[formally proposed]'));
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				new RegExp(
					`chatgpt-sora/paper\\.mdx:${line} unit "s2-2-1-p1": calque-\\d+: …ormer model \\[formally proposed\\] takes as it…: calque “formally proposed”`,
				),
			),
		]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});

test.each(Object.entries(PLANTED))('the rule %s finds its planted fault, and leaves clean English alone', (id, { fault, clean }) => {
	const rule = RULES.find((r) => r.id === id);
	expect(rule, id).toBeDefined();
	expect(rule!.find(fault).map((f) => f.rule)).toContain(id);
	expect(rule!.find(clean)).toEqual([]);
});

test('every rule has a planted fault, or is a calque of the list', () => {
	for (const rule of RULES) expect(rule.id in PLANTED || rule.id.startsWith('calque-'), rule.id).toBe(true);
});
