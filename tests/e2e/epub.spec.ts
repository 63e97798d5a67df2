/**
 * The EPUBs from the about page, as a reader gets them: under every
 * interface, each edition's link, clicked on a phone-sized screen, downloads the book
 * under its own name, served with 200 as `application/epub+zip`, a zip
 * whose first entry is its `mimetype`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EPUB_EDITIONS, EPUB_TYPE, epubFileName } from '../../src/lib/epub/editions.ts';
import { LOCALES, t } from '../../src/lib/i18n.ts';
import { aboutPath, downloadPath } from '../../src/lib/routes.ts';

const PAPER = 'chatgpt-sora';

for (const ui of LOCALES) {
	test(`${aboutPath(ui, PAPER)} offers every EPUB, and each link downloads the book`, async ({ page, request }) => {
		test.slow();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(aboutPath(ui, PAPER));
		for (const edition of EPUB_EDITIONS) {
			const name = epubFileName(PAPER, edition.id);
			const link = page.getByRole('link', { name: t(ui, `downloadEpub_${edition.id}`), exact: true });
			await expect(link).toHaveAttribute('href', downloadPath(name));
			const download = page.waitForEvent('download');
			// A real click, at a point of the link's text that nothing covers (a wrapped link's box is not all link).
			await link.click();
			const file = await download;
			expect(file.suggestedFilename()).toBe(name);
			const bytes = readFileSync((await file.path())!);
			expect(bytes.subarray(30, 58).toString('latin1'), name).toBe(`mimetype${EPUB_TYPE}`);
			// The reader stays on the about page.
			expect(new URL(page.url()).pathname).toBe(aboutPath(ui, PAPER));
			const response = await request.get(downloadPath(name));
			expect(response.status(), name).toBe(200);
			expect(response.headers()['content-type'], name).toBe(EPUB_TYPE);
		}
	});
}
