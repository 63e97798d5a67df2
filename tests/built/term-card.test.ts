/**
 * The key terms' cards (src/scripts/lookup/term-card.ts) read what the
 * look-up data holds for each term: both scripts' forms, the concordance's
 * counts and where in the paper the term occurs. Checked against the model,
 * in the data each interface loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { termOccurrences } from '../../src/lib/paper/terms.ts';
import { toTraditional } from '../../src/lib/paper/traditional.ts';
import type { LookupData } from '../../src/lib/paper/words.ts';
import { aidsPath } from '../../src/lib/routes.ts';
import { DIST } from '../support/pages.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS).map((id) => readPaperFolder(new URL(id, PAPERS).pathname));

describe.each(papers.flatMap((paper) => LOCALES.map((ui) => [paper.id, ui, paper] as const)))('%s, %s', (id, ui, paper) => {
	const data = JSON.parse(readFileSync(new URL(`.${aidsPath(`${id}/words.${ui}.json`)}`, DIST), 'utf8')) as LookupData;
	const units = [...paper.text.units, ...paper.text.notes];

	test.each(paper.glossary.map((term) => [term.id, term] as const))('the card of %s: its forms, counts and places are the model’s', (_, term) => {
		const entry = Object.values(data.terms).find((t) => t.id === term.id)!;
		expect(entry.forms).toEqual([term.zh, toTraditional(term.zh)]);
		const found = termOccurrences(units, term, paper.glossary);
		expect(entry.count).toEqual([found.reduce((n, o) => n + o.zh, 0), found.reduce((n, o) => n + o.en, 0)]);
		expect(entry.of).toBe(units.length);
		expect(entry.at.map(([place]) => units[place]!.id)).toEqual(found.map((o) => o.id));
		expect(entry.at.map(([, langs]) => langs)).toEqual(found.map((o) => (o.zh ? 1 : 0) + (o.en ? 2 : 0)));
		// Its pinyin is there for the card to show.
		expect(data.words[ui === 'zh-hant' ? entry.forms[1] : entry.forms[0]]?.[0]).toMatch(/\p{L}/u);
	});
});
