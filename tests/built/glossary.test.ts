/**
 * The glossary pages against the glossary: every term, with its rendering,
 * explained in the page's own language, in the order its readers look
 * things up (pinyin on the Chinese page, the English headword on the English).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { findAll, hasClass, textOf } from '../../src/lib/html-tree.ts';
import { glossarySchema } from '../../src/lib/paper/schema.ts';
import { loadPage } from '../support/pages.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS).filter((id) => existsSync(new URL(`${id}/glossary.yaml`, PAPERS)));

describe.each(papers)('%s', (paper) => {
	const terms = glossarySchema.parse(parseYaml(readFileSync(new URL(`${paper}/glossary.yaml`, PAPERS), 'utf8'))).terms;
	const entries = (ui: 'zh' | 'en') =>
		findAll(loadPage(`/${ui}/${paper}/glossary/`), (el) => hasClass(el, 'glossary-entry')).map((el) => {
			const [dd] = findAll(el, (child) => child.tagName === 'dd');
			return { id: String(el.properties['id']), dd: dd ? textOf(dd) : '' };
		});

	test.each(['zh', 'en'] as const)('the %s page explains every term in its own language', (ui) => {
		const shown = entries(ui);
		expect(shown.map((e) => e.id).sort()).toEqual(terms.map((t) => t.id).sort());
		for (const { id, dd } of shown) {
			const term = terms.find((t) => t.id === id)!;
			expect(dd.startsWith(term.note[ui]), `${id}: ${dd}`).toBe(true);
		}
	});

	test('the Chinese page is in pinyin order, the English page in the order of the English headwords', () => {
		const byId = new Map(terms.map((t) => [t.id, t]));
		const zh = entries('zh').map((e) => byId.get(e.id)!.zh);
		expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-Hans-CN-u-co-pinyin').compare));
		const en = entries('en').map((e) => byId.get(e.id)!.en[0]!);
		expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b)));
	});
});
