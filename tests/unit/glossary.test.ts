/** The glossary itself: each term explained in Chinese and in English (tests/built/glossary.test.ts checks its pages). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { glossarySchema } from '../../src/lib/paper/schema.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS).filter((id) => existsSync(new URL(`${id}/glossary.yaml`, PAPERS)));

describe.each(papers)('%s', (paper) => {
	const terms = glossarySchema.parse(parseYaml(readFileSync(new URL(`${paper}/glossary.yaml`, PAPERS), 'utf8'))).terms;

	test('the Chinese explanations are Chinese, and each differs from its English', () => {
		for (const term of terms) {
			expect(term.note.zh, term.id).toMatch(/\p{Script=Han}/u);
			expect(term.note.zh).not.toBe(term.note.en);
		}
	});
});
