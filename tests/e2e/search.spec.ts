/**
 * Search against the real index of the built site, in Chromium: the quality
 * table (hit@1, hit@3 per language), landing on the unit in the mode being
 * read, the keyboard flow, and nothing loaded before search is opened.
 */
import { expect, type Page, test } from '@playwright/test';
import { SEARCH_QUERIES } from '../search-queries';

/** Runs a query in the open search dialog and returns the unit ids of the results, in order. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
	const status = page.locator('#search-status');
	await page.locator('#search-input').fill('');
	await expect(status).toHaveText('');
	await page.locator('#search-input').fill(query);
	await expect(status).not.toHaveText('');
	return page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
}

async function openSearch(page: Page): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.locator('#search-dialog')).toBeVisible();
	await expect(page.locator('#search-input')).toBeFocused();
}

test('the query table finds the right paragraph in the top 3 (≥ 90 % in each language)', async ({ page }) => {
	test.slow();
	await page.goto('/zh/chatgpt-sora/');
	await openSearch(page);
	const report: string[] = [];
	const score = { zh: { at1: 0, at3: 0, n: 0 }, en: { at1: 0, at3: 0, n: 0 } };
	for (const { query, lang, expect: wanted, what } of SEARCH_QUERIES) {
		const ids = await resultsFor(page, query);
		const at1 = wanted.length === 0 ? ids.length === 0 : wanted.includes(ids[0] ?? '');
		const at3 = wanted.length === 0 ? ids.length === 0 : ids.slice(0, 3).some((id) => wanted.includes(id));
		score[lang].n++;
		if (at1) score[lang].at1++;
		if (at3) score[lang].at3++;
		report.push(`${at3 ? 'hit ' : 'MISS'} ${at1 ? '@1' : '  '} ${lang} ${JSON.stringify(query)} (${what}) → ${ids.slice(0, 3).join(', ') || '(none)'}; expected ${wanted.join(' | ') || '(none)'}`);
	}
	const pct = (a: number, n: number) => `${Math.round((100 * a) / n)} %`;
	for (const lang of ['zh', 'en'] as const) {
		const { at1, at3, n } = score[lang];
		report.push(`${lang}: hit@1 ${pct(at1, n)}, hit@3 ${pct(at3, n)} of ${n} queries`);
	}
	console.log(report.join('\n'));
	expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
	for (const lang of ['zh', 'en'] as const) expect(score[lang].at3 / score[lang].n, report.join('\n')).toBeGreaterThanOrEqual(0.9);
});

test('a result shows its document and section, the match marked, and its partner in the other language', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/');
	await openSearch(page);
	await resultsFor(page, '李世石');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first.locator('.search-where')).toContainText('一、生成式人工智能');
	await expect(first.locator('.search-excerpt mark')).toHaveText('李世石');
	await expect(first.locator('.search-partner')).toHaveAttribute('lang', 'en');
	await expect(first.locator('.search-partner')).toContainText('Lee Sedol');
	await expect(page.locator('#search-status')).toHaveText(/1 results?/);
});

test('clicking a result lands on the unit in the mode being read, highlighted, its matched words marked', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/parallel/');
	await openSearch(page);
	await resultsFor(page, 'Lee Sedol');
	await page.locator('#search-results a').first().click();
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/parallel\/#s1-p1$/);
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expect(page.locator('#s1-p1')).toBeInViewport();
	const marked = await page.evaluate(() => {
		const highlight = CSS.highlights.get('search');
		return highlight ? [...highlight].map((range) => range.toString()) : [];
	});
	expect(marked.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['lee', 'sedol']));
});

test('a result in another paper page takes the reader there, in its language by default', async ({ page }) => {
	await page.goto('/en/');
	await openSearch(page);
	await resultsFor(page, '扩散模型');
	await page.locator('#search-results a').first().click();
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/zh\/#s2-1-p3$/);
	await expect(page.locator('#s2-1-p3')).toBeInViewport();
});

test('keyboard only: / opens, arrows choose, Enter goes, Escape closes, Ctrl+K reopens', async ({ page }) => {
	await page.goto('/zh/chatgpt-sora/');
	await openSearch(page);
	await page.keyboard.type('世界模拟器');
	await expect(page.locator('#search-status')).toHaveText(/找到 \d+ 条结果/);
	const input = page.locator('#search-input');
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
	await page.keyboard.press('ArrowDown');
	await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-1');
	await expect(page.locator('#search-option-1')).toHaveAttribute('aria-selected', 'true');
	const target = await page.locator('#search-option-1 a').evaluate((a) => new URL((a as HTMLAnchorElement).href).hash);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	await expect(page.locator(target)).toBeInViewport();
	await page.keyboard.press('Control+k');
	await expect(page.locator('#search-dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('#search-dialog')).toBeHidden();
});

test('the language filter searches one language only', async ({ page }) => {
	await page.goto('/en/');
	await openSearch(page);
	expect(await resultsFor(page, 'ChatGPT')).not.toEqual([]);
	await page.getByRole('radio', { name: 'Chinese' }).check();
	await expect(page.locator('#search-results .search-excerpt').first()).toHaveAttribute('lang', 'zh-CN');
	const langs = await page.locator('#search-results .search-excerpt').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('lang')))]);
	expect(langs).toEqual(['zh-CN']);
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('#search-results .search-excerpt').first()).toHaveAttribute('lang', 'en');
});

test('an index that cannot be loaded is said so', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('/zh/');
	await openSearch(page);
	await page.locator('#search-input').fill('李世石');
	await expect(page.locator('#search-status')).toHaveText('搜索索引无法加载');
});

test('a query that matches nothing says so', async ({ page }) => {
	await page.goto('/zh/');
	await openSearch(page);
	expect(await resultsFor(page, '量子纠缠')).toEqual([]);
	await expect(page.locator('#search-status')).toHaveText('没有找到“量子纠缠”');
});

test('nothing of search is loaded until search is opened', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('/zh/chatgpt-sora/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((path) => path.includes('pagefind') || /search\.[\w-]+\.js$/.test(path))).toEqual([]);
	await openSearch(page);
	await page.waitForLoadState('networkidle');
	expect(requested.some((path) => path.startsWith('/pagefind/zh/'))).toBe(true);
	expect(requested.some((path) => path.startsWith('/pagefind/en/'))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search control says it needs JavaScript, and reading is unaffected', async ({ page }) => {
		await page.goto('/en/chatgpt-sora/');
		await expect(page.locator('.search-nojs')).toHaveText('Search needs JavaScript');
		await expect(page.locator('.search-open')).toBeHidden();
		await expect(page.locator('.text [data-unit]').first()).toBeVisible();
	});
});
