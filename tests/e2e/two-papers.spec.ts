/**
 * Everything a paper has, on a paper the code was not written around: the
 * minimal fixture, built beside this project's paper (dist-two-papers/,
 * tests/support/build-two-papers.ts), under its sub-path (paths opened
 * relative to it). Each page kind is there and works; the counts come from
 * the fixture's own content.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, t } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { aboutPath, downloadPath, glossaryPath, MODES, readingPath } from '../../src/lib/routes.ts';
import { settle } from '../support/reader.ts';
import { relativePath } from '../support/sub-path.ts';

const fixture = readPaperFolder(new URL('../fixtures/minimal-paper', import.meta.url).pathname);
const PAPER = fixture.id;

test('the collection lists both papers, each title leading to its text', async ({ page }) => {
	await page.goto('en/');
	await expect(page.locator('.paper-card')).toHaveCount(2);
	await page.getByRole('link', { name: fixture.meta.title.en }).click();
	await expect(page).toHaveURL(relativePath(readingPath('en', PAPER)));
});

for (const ui of LOCALES) {
	// Each mode once, under each interface in turn (a page kind's markup is the same under every interface).
	for (const mode of MODES.filter((_, i) => (i + LOCALES.indexOf(ui)) % LOCALES.length === 0)) {
		test(`${readingPath(ui, PAPER, mode)} shows every unit and note, enhanced, with no violation`, async ({ page }) => {
			await page.goto(relativePath(readingPath(ui, PAPER, mode)));
			await expect(page.locator('.text [data-unit]')).toHaveCount(fixture.text.units.length);
			await expect(page.locator('.note-list > li[id^="n"]')).toHaveCount(fixture.text.notes.length);
			await settle(page);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
			expect(violations.map((v) => v.id)).toEqual([]);
		});
	}
	test(`the glossary and the about page of the fixture (${ui})`, async ({ page }) => {
		await page.goto(relativePath(glossaryPath(ui, PAPER)));
		await expect(page.locator('.glossary-entry')).toHaveCount(fixture.glossary.length);
		await page.goto(relativePath(aboutPath(ui, PAPER)));
		// Its title is its author's, not the editors': no mark says otherwise.
		await expect(page.locator('.about > p').first()).not.toContainText(t(ui, 'editorialTitle'));
	});
}

// The fixture's review records (tests/fixtures/minimal-paper-reviews): round 1 covers everything, finds 1 minor
// (accepted) and 1 major (modified) error in 40 words, and a minor one the reviser rejected; round 2 rereads two units.
const ROUNDS: Record<'zh' | 'en', string[][]> = {
	en: [
		['1 (full)', '40', '150.0', 'accuracy: omission 125.0; style: unidiomatic 25.0', '1', '0', '2'],
		['2 (partial: 2 of 6 units)', '8', '0.0', 'none', '0', '0', '0'],
	],
	zh: [
		['1（全文）', '40', '150.0', '准确性：漏译 125.0；风格：不地道（仿照中文搭配） 25.0', '1', '0', '2'],
		['2（部分：6个单元中的2个）', '8', '0.0', '无', '0', '0', '0'],
	],
};
for (const ui of LOCALES) {
	test(`the about page states how the English was reviewed and what each round measured (${ui})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(relativePath(aboutPath(ui, PAPER)));
		const section = page.locator('section.quality');
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(t(ui, 'qualityHeading'));
		await expect(section).toContainText(t(ui, 'qualityMethod'));
		const lastFull = t(ui, 'qualityLastFull')
			.replace('{round}', '1')
			.replace('{words}', '40')
			.replace('{points}', '150.0')
			.replace('{major}', '1')
			.replace('{critical}', '0');
		await expect(section.locator('strong')).toHaveText(lastFull);
		const rows = await section.locator('table.rounds tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
		const expected = ROUNDS[ui === 'en' ? 'en' : 'zh'].map((row) =>
			ui === 'zh-hant'
				? row.map((cell) =>
						cell
							.replace('准确性：漏译', '準確性：漏譯')
							.replace('风格：不地道（仿照中文搭配）', '風格：不地道（仿照中文搭配）')
							.replace('无', '無')
							.replace('个单元中的', '個單元中的')
							.replace('2个', '2個'),
					)
				: row,
		);
		expect(rows).toEqual(expected);
		// On a phone the wide table scrolls in its own box, reachable from the keyboard; the page does not widen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		const region = section.getByRole('region', { name: t(ui, 'qualityCaption') });
		await region.focus();
		await expect(region).toBeFocused();
		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
	});
}

test('its downloads are there, its search finds it and lands on the unit', async ({ page, request }) => {
	for (const file of [`${PAPER}.tsv`, `${PAPER}.json`, `${PAPER}-zh.bib`, `${PAPER}-en.ris`])
		expect((await request.get(relativePath(downloadPath(file)))).status(), file).toBe(200);
	await page.goto('zh/');
	await page.keyboard.press('/');
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('第二段');
	const result = page.locator('#search-results [role="option"]').first();
	await expect(result).toBeVisible();
	await expect(page.locator('#search-status')).toHaveText('找到 1 条结果。');
	await result.click();
	await expect(page).toHaveURL(new RegExp(`${readingPath('zh', PAPER, 'zh')}#s1-p2$`));
	await expect(page.locator('#s1-p2')).toBeInViewport();
});

test('search results from both papers each name their paper; on a paper, the other paper’s results name theirs', async ({ page }) => {
	const results = page.locator('#search-results [role="option"]');
	const fixtureHit = results.filter({ hasText: '一段摘要' });
	const thisHit = results.filter({ hasNotText: '一段摘要' });
	// On the collection page, no paper is being read: every result says which paper it is from.
	// Relative addresses: the fixture is served under a sub-path (playwright.config.ts).
	await page.goto('zh/');
	await page.keyboard.press('/');
	// Typed once the dialog has the focus: keys before it would be lost (the query would be 要's prefix 摘 alone).
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('摘要');
	await expect(page.locator('#search-status')).toHaveText('找到 2 条结果。');
	await expect(fixtureHit.locator('.search-where')).toContainText(fixture.meta.title.zh);
	await expect(thisHit.locator('.search-where')).toContainText('从ChatGPT到Sora');
	// On this project's paper, its own result names its section only; the fixture's still names the fixture.
	await page.goto(readingPath('zh', 'chatgpt-sora').slice(1));
	await page.keyboard.press('/');
	// Typed once the dialog has the focus: keys before it would be lost (the query would be 要's prefix 摘 alone).
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('摘要');
	await expect(page.locator('#search-status')).toHaveText('找到 2 条结果。');
	await expect(fixtureHit.locator('.search-where')).toContainText(fixture.meta.title.zh);
	await expect(thisHit.locator('.search-where')).not.toContainText('从ChatGPT到Sora');
});
