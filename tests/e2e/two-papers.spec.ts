/**
 * Everything a paper has, on a paper the code was not written around: the
 * minimal fixture, built beside this project's paper (dist-two-papers/,
 * tests/support/build-two-papers.ts). Each page kind is there and works;
 * the counts come from the fixture's own content.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, t } from '../../src/lib/i18n';
import { readPaperFolder } from '../../src/lib/paper/folder';
import { aboutPath, glossaryPath, MODES, readingPath } from '../../src/lib/routes';
import { settle } from '../support/reader';

const fixture = readPaperFolder(new URL('../fixtures/minimal-paper', import.meta.url).pathname);
const PAPER = fixture.id;

test('the collection lists both papers, each title leading to its text', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('.paper-card')).toHaveCount(2);
	await page.getByRole('link', { name: fixture.meta.title.en }).click();
	await expect(page).toHaveURL(readingPath('en', PAPER));
});

for (const ui of LOCALES) {
	// Each mode once, under each interface in turn (a page kind's markup is the same under every interface).
	for (const mode of MODES.filter((_, i) => (i + LOCALES.indexOf(ui)) % LOCALES.length === 0)) {
		test(`${readingPath(ui, PAPER, mode)} shows every unit and note, enhanced, with no violation`, async ({ page }) => {
			await page.goto(readingPath(ui, PAPER, mode));
			await expect(page.locator('.text [data-unit]')).toHaveCount(fixture.text.units.length);
			await expect(page.locator('.note-list > li[id^="n"]')).toHaveCount(fixture.text.notes.length);
			await settle(page);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
			expect(violations.map((v) => v.id)).toEqual([]);
		});
	}
	test(`the glossary and the about page of the fixture (${ui})`, async ({ page }) => {
		await page.goto(glossaryPath(ui, PAPER));
		await expect(page.locator('.glossary-entry')).toHaveCount(fixture.glossary.length);
		await page.goto(aboutPath(ui, PAPER));
		// Its title is its author's, not the editors': no mark says otherwise.
		await expect(page.locator('.about > p').first()).not.toContainText(t(ui, 'editorialTitle'));
	});
}

test('its downloads are there, its search finds it and lands on the unit', async ({ page, request }) => {
	for (const file of [`${PAPER}.tsv`, `${PAPER}.json`, `${PAPER}-zh.bib`, `${PAPER}-en.ris`]) expect((await request.get(`/downloads/${file}`)).status(), file).toBe(200);
	await page.goto('/zh/');
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
