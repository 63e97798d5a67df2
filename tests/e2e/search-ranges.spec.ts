/**
 * Search on an index split by range of papers (src/lib/search/ranges.ts), as a collection of more than 50
 * papers has it: the built paper and a copy named to sort before it (`a-copy`), a range each, the index
 * written by the build's own code (`writeSearchIndex`, ranges of one paper) into a folder of its own and
 * served in place of the site's (`page.route`). The page's paper is in the second range: the first search
 * loads its range alone; the other's results come when the reader asks, after those shown; a result still
 * lands on its very paragraph. At 390 px by touch and at 1440 px by mouse.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import type { AlignedDownload } from '../../src/lib/downloads.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PAPER = 'chatgpt-sora';
const COPY = 'a-copy';

let site: string;

test.beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'search-ranges-'));
	const paper = JSON.parse(readFileSync(join(DIST, 'downloads', `${PAPER}.json`), 'utf8')) as AlignedDownload;
	const copy: AlignedDownload = { ...paper, paper: COPY, title: { ...paper.title, zh: `${paper.title.zh}（副本）`, en: `${paper.title.en} (copy)` } };
	const { ranges } = await writeSearchIndex(site, [paper, copy], 1);
	expect(ranges).toBe(2);
});

test.afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Serves the split index in place of the site's, and returns the index's paths the page asked for, in order. */
async function splitIndex(page: Page): Promise<string[]> {
	const asked: string[] = [];
	await page.route(/\/pagefind\//, (route) => {
		const path = new URL(route.request().url()).pathname.replace(/^.*\/pagefind\//, '');
		asked.push(path);
		return route.fulfill({ path: join(site, 'pagefind', path) });
	});
	return asked;
}

const SCREENS = [
	{ name: 'phone', width: 390, height: 844, touch: true },
	{ name: 'desktop', width: 1440, height: 900, touch: false },
] as const;

for (const screen of SCREENS) {
	test.describe(`${screen.name} (${screen.width} px${screen.touch ? ', touch' : ''})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		test('the page’s range is searched first, the other when asked for, after the results shown; a result lands on its paragraph', async ({ page }) => {
			const asked = await splitIndex(page);
			await page.goto(`/zh/${PAPER}/`);
			const press = async (selector: string) => {
				const box = (await page.locator(selector).boundingBox())!;
				const [x, y] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 12)];
				if (screen.touch) await page.touchscreen.tap(x, y);
				else await page.mouse.click(x, y);
			};
			await press('.search-open');
			await expect(page.locator('#search-input')).toBeFocused();
			await page.keyboard.type('李世石');
			const options = page.locator('#search-results [role="option"]');
			const status = page.locator('#search-status');
			await expect(status).toHaveText('目前找到 1 条结果，其余论文尚未搜索。');
			await expect(options).toHaveCount(1);
			const first = (await options.first().getAttribute('data-href'))!;
			expect(first).toMatch(new RegExp(`/zh/${PAPER}/#s[\\w-]+$`));
			// The page's paper's range alone: nothing of the first range's bundle (beside which lie the whole text's Simplified forms).
			expect(asked.filter((path) => path.startsWith('zh/') && path !== 'zh/simplified.json')).toEqual([]);
			expect(asked.some((path) => path.startsWith('zh.1/'))).toBe(true);

			// Asked for: the other range's result after the one shown, which stays where it was.
			const more = page.locator('.search-more');
			await expect(more).toHaveText('搜索其余论文');
			await press('.search-more');
			await expect(options).toHaveCount(2);
			await expect(status).toHaveText('找到 2 条结果。');
			await expect(more).toBeHidden();
			expect(await options.first().getAttribute('data-href')).toBe(first);
			expect(await options.nth(1).getAttribute('data-href')).toBe(first.replace(`/${PAPER}/`, `/${COPY}/`));
			await expect(options.nth(1).locator('.search-where')).toContainText('副本');

			// The page's paper's result, chosen: the reader lands on that paragraph.
			await press('#search-option-0');
			const unit = first.split('#')[1]!;
			await expect(page).toHaveURL(new RegExp(`/zh/${PAPER}/#${unit}$`));
			await expect(page.locator('#search-dialog')).toBeHidden();
			await expect(page.locator(`[id="${unit}"]`)).toBeInViewport();
			await expect(page.locator(`[id="${unit}"]`)).toContainText('李世石');
		});
	});
}
