/** Reading needs no JavaScript: with scripts off, the text, its notes and their links all work. */
import { expect, test } from '@playwright/test';
import { langTags, LOCALES, textLang } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { readingPath } from '../../src/lib/routes.ts';

const paper = readPaperFolder(new URL('../../src/content/papers/chatgpt-sora', import.meta.url).pathname);

test.use({ javaScriptEnabled: false });

// Each Chinese interface's own page: the Simplified original and the Traditional edition.
for (const ui of LOCALES.filter((l) => textLang(l) === 'zh'))
	test(`the Chinese reading page (${ui}) shows every unit and its notes without JavaScript`, async ({ page }) => {
		await page.goto(readingPath(ui, 'chatgpt-sora'));
		const units = page.locator(`.text [data-unit][lang="${langTags(ui).zh}"]`);
		expect(await units.count()).toBeGreaterThan(50);
		await expect(units.first()).toBeVisible();
		await expect(page.locator('.text h2[data-unit]')).toHaveCount(paper.text.units.filter((u) => u.kind === 'h2').length);
		await expect(page.locator('.notes li')).toHaveCount(paper.text.notes.length);
		// A marker leads to its note, and the note leads back.
		await page.locator('.text sup a[href^="#n"]').nth(2).click();
		await expect(page).toHaveURL(/#n3$/);
		await expect(page.locator('#n3')).toBeInViewport();
		// Back to the paragraph that holds the marker (the markers carry no id: docs/budgets.md).
		await page.locator('#n3 > a[href^="#"]').click();
		await expect(page).toHaveURL(/#s1-p1$/);
		await expect(page.locator('#s1-p1 sup a[href="#n3"]')).toBeInViewport();
	});

test('the notes the source lacks are shown as missing, never written', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/');
	for (const id of ['n1', 'n2']) {
		await expect(page.locator(`#${id}`)).toHaveClass(/is-missing/);
		await expect(page.locator(`#${id}`)).toContainText('The source does not contain the text of this note.');
	}
});

test('on a wide screen the contents stand open beside the text', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/en/chatgpt-sora/parallel/');
	await expect(page.locator('.toc a[href="#s3-1"]')).toBeVisible();
	await page.locator('.toc a[href="#s3-1"]').click();
	await expect(page.locator('#s3-1')).toBeInViewport();
});
