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
import { checkPaper, formatProblem } from '../../tools/english-style/check';
import { RULES } from '../../tools/english-style/rules';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);

describe.each(readdirSync(PAPERS))('%s', (paper) => {
	test('its English keeps the house style', async () => {
		const problems = await checkPaper(fileURLToPath(new URL(paper, PAPERS)));
		expect(problems.map(formatProblem)).toEqual([]);
	});
});

/** Each rule's planted fault, and what the rule must leave alone. */
const PLANTED: Record<string, { fault: string; clean: string }> = {
	'straight-quote': { fault: 'Sora\'s debut', clean: 'Sora’s debut' },
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
};

test.each(Object.entries(PLANTED))('the rule %s finds its planted fault, and leaves clean English alone', (id, { fault, clean }) => {
	const rule = RULES.find((r) => r.id === id);
	expect(rule, id).toBeDefined();
	expect(rule!.find(fault).map((f) => f.rule)).toContain(id);
	expect(rule!.find(clean)).toEqual([]);
});

test('every rule has a planted fault, or is a calque of the list', () => {
	for (const rule of RULES) expect(rule.id in PLANTED || rule.id.startsWith('calque-'), rule.id).toBe(true);
});
