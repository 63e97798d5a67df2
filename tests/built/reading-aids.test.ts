/**
 * The reading aids against the model and the built site: the concordance's
 * counts are the model's (and the text the pages show holds exactly as
 * many), in both scripts; the look-up data holds every word of the text,
 * with pinyin in tone marks, within its size; the Traditional pages show
 * the Traditional text, unit for unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { textOf, unitBlocks, notText } from '../../src/lib/html-tree.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { plainText } from '../../src/lib/paper/parse.ts';
import { chineseMatches, englishForms } from '../../src/lib/paper/term-forms.ts';
import { termOccurrences } from '../../src/lib/paper/terms.ts';
import { traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { segmenter, wordsOfTexts } from '../../src/lib/paper/dictionary.ts';
import { type LookupData, wordTexts } from '../../src/lib/paper/words.ts';
import { aidsPath, readingPath } from '../../src/lib/routes.ts';
import { DIST, loadPage } from '../support/pages.ts';

const PAPERS = new URL('../../src/content/papers/', import.meta.url);
const papers = readdirSync(PAPERS).map((id) => readPaperFolder(new URL(id, PAPERS).pathname));
const KB = 1024;

describe.each(papers.map((p) => [p.id, p] as const))('%s', (id, paper) => {
	const units = [...paper.text.units, ...paper.text.notes];

	test.each(paper.glossary.map((term) => [term.id, term] as const))('the concordance of %s counts what the text holds, in each script', (_, term) => {
		const found = termOccurrences(units, term, paper.glossary);
		const count = (lang: 'zh' | 'en') => found.reduce((n, o) => n + o[lang], 0);
		expect(count('zh'), 'the Chinese has the term').toBeGreaterThan(0);
		// Counted afresh on the built side-by-side pages, unit by unit, as the reader's script counts them.
		for (const ui of ['zh', 'zh-hant'] as const) {
			const glossary = (ui === 'zh-hant' ? traditionalPaper(paper) : paper).glossary;
			const form = glossary.find((t) => t.id === term.id)!.zh;
			const blocks = unitBlocks(loadPage(readingPath(ui, id, 'parallel'))).filter((b) => !b.el.properties['dataEditorial']);
			const onPage = (lang: 'zh' | 'en') =>
				blocks
					.filter((b) => b.lang.startsWith(lang))
					.reduce((n, b) => {
						const text = textOf(b.el, (el) => notText(el) || el.tagName === 'sup');
						return (
							n +
							(lang === 'zh'
								? chineseMatches(
										text,
										form,
										glossary.map((t) => t.zh),
									).length
								: (text.match(englishForms(term))?.length ?? 0))
						);
					}, 0);
			expect(onPage('zh'), `${ui}: Chinese`).toBe(count('zh'));
			expect(onPage('en'), `${ui}: English`).toBe(count('en'));
		}
	});

	test.each(LOCALES.map((l) => [l] as const))('the look-up data for %s holds every word of the text, with pinyin, in 40 KB gzipped', (locale) => {
		const file = readFileSync(new URL(`.${aidsPath(`${id}/words.${locale}.json`)}`, DIST));
		expect(gzipSync(file, { level: 9 }).length).toBeLessThanOrEqual(40 * KB);
		const data = JSON.parse(file.toString('utf8')) as LookupData;
		const edition = locale === 'zh-hant' ? traditionalPaper(paper) : paper;
		const missing = new Set<string>();
		for (const unit of [...edition.text.units, ...edition.text.notes]) {
			for (const { segment, isWordLike } of segmenter().segment(plainText(unit.text.zh))) {
				if (isWordLike && /\p{Script=Han}/u.test(segment) && !data.words[segment]) missing.add(segment);
			}
		}
		expect([...missing]).toEqual([]);
		const entries = Object.values(data.words);
		expect(
			entries.every(([pinyin]) => /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+$/i.test(pinyin)),
			'pinyin in tone marks',
		).toBe(true);
		expect(entries.filter(([, glosses]) => glosses).length / entries.length, 'most words glossed by CC-CEDICT').toBeGreaterThan(0.8);
		expect(Object.keys(data.terms)).toHaveLength(paper.glossary.length);
		// Made on the build's dictionary thread: the words made here from the same texts, entry for entry.
		expect(data.words).toEqual(wordsOfTexts(wordTexts(paper, locale === 'zh-hant')));
	});
});
