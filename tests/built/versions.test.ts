/**
 * Dated versions and corrections on the built about pages, under every
 * interface, and the rights statement that replaced the placeholder: the
 * versions as versions.yaml lists them (newest first, each change's units
 * linked to where they stand), the license of the editors' contributions
 * from the one place it is set.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findAll, textOf } from '../../src/lib/html-tree.ts';
import { LOCALES, textLang } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { aboutPath, readingPath } from '../../src/lib/routes.ts';
import { EDITORS_LICENSE } from '../../src/lib/site-config.ts';
import { loadPage } from '../support/pages.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));

test('the paper lists its versions, the current one last', () => {
	expect(paper.versions.map((v) => v.version)).toEqual(['1.0', '1.1', '1.2']);
	expect(paper.versions.at(-1)!.changes.length).toBeGreaterThan(0);
});

describe.each(LOCALES)('the about page (%s)', (ui) => {
	const page = loadPage(aboutPath(ui, PAPER));
	const lang = textLang(ui);
	const shown = ui === 'zh-hant' ? traditionalPaper(paper) : paper;

	test('lists every version, newest first, with its date, summary and changes', () => {
		const section = findAll(page, (el) => el.tagName === 'section' && el.properties['className']?.toString() === 'versions')[0]!;
		expect(section, 'a versions section').toBeDefined();
		const items = findAll(section, (el) => el.tagName === 'li' && String(el.properties['id'] ?? '').startsWith('version-'));
		expect(items.map((li) => li.properties['id'])).toEqual(['version-1-2', 'version-1-1', 'version-1-0']);
		[...shown.versions].reverse().forEach((version, i) => {
			const text = textOf(items[i]!);
			expect(text).toContain(version.date);
			expect(text).toContain(version.summary[lang]);
			for (const change of version.changes) expect(text).toContain(change.what[lang]);
		});
	});

	test('links each changed unit where it stands, side by side', () => {
		const hrefs = new Set(findAll(page, (el) => el.tagName === 'a').map((a) => String(a.properties['href'])));
		for (const change of paper.versions.flatMap((v) => v.changes)) {
			for (const unit of change.units) expect(hrefs, unit).toContain(`${readingPath(ui, PAPER, 'parallel')}#${unit}`);
		}
	});

	test('states the rights: the source’s with its author and publisher, the editors’ under the configured license', () => {
		const text = textOf(page);
		expect(text).not.toMatch(/Rights statement to be supplied|版权声明待出版方填写|版權聲明待出版方填寫/);
		expect(text).toContain(
			{ zh: '其权利归作者及出版方所有', 'zh-hant': '其權利歸作者及出版方所有', en: 'the rights in it remain with the author and the publisher' }[ui],
		);
		expect(text).not.toContain('{license}');
		const license = findAll(page, (el) => el.tagName === 'a' && String(el.properties['rel']) === 'license');
		expect(license.map((a) => [a.properties['href'], textOf(a)])).toEqual([[EDITORS_LICENSE.url, EDITORS_LICENSE.name]]);
	});
});
