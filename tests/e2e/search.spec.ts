/**
 * Search against the real index of the built site, in Chromium: the quality
 * table (hit@1, hit@3 per language), landing on the unit in the mode being
 * read, the keyboard flow, and nothing loaded before search is opened.
 * Those tagged @sub-path run again on the site built under a sub-path
 * (playwright.config.ts): pages are opened by paths relative to the site's URL.
 */
import { expect, type Page, test } from '@playwright/test';
import { SEARCH_QUERIES } from '../search-queries.ts';
import { relativePath } from '../support/sub-path.ts';

/** Runs a query in the open search dialog and returns the unit ids of the results, in order. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
	const status = page.locator('#search-status');
	await page.locator('#search-input').fill('');
	await expect(status).toHaveText('');
	await page.locator('#search-input').fill(query);
	await expect(status).not.toHaveText('');
	await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
	return page
		.locator('#search-results [role="option"]')
		.evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset['href']!, location.href).hash.slice(1)));
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
		report.push(
			`${at3 ? 'hit ' : 'MISS'} ${at1 ? '@1' : '  '} ${lang} ${JSON.stringify(query)} (${what}) → ${ids.slice(0, 3).join(', ') || '(none)'}; expected ${wanted.join(' | ') || '(none)'}`,
		);
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

test('a result shows its document and section, the match marked, and its partner in the other language', { tag: '@sub-path' }, async ({ page }) => {
	await page.goto(relativePath('/en/chatgpt-sora/'));
	await openSearch(page);
	await resultsFor(page, '李世石');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first.locator('.search-where')).toContainText('一、生成式人工智能');
	await expect(first.locator('.search-excerpt mark')).toHaveText('李世石');
	await expect(first.locator('.search-partner')).toHaveAttribute('lang', 'en');
	// The opening of the partner: a result holds no more of it than it shows.
	await expect(first.locator('.search-partner')).toContainText('Since');
	await expect(page.locator('#search-status')).toHaveText('1 result.');
});

test('clicking a result lands on the unit in the mode being read, highlighted, its matched words marked', { tag: '@sub-path' }, async ({ page }) => {
	await page.goto(relativePath('/en/chatgpt-sora/parallel/'));
	await openSearch(page);
	await resultsFor(page, 'Lee Sedol');
	await page.locator('#search-results [role="option"]').first().click();
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/parallel\/#s1-p1$/);
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expect(page.locator('#s1-p1')).toBeInViewport();
	const marked = await page.evaluate(() => {
		const highlight = CSS.highlights.get('search');
		return highlight ? [...highlight].map((range) => range.toString()) : [];
	});
	expect(marked.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['lee', 'sedol']));
});

test('a result in another paper page takes the reader there, in its language by default', { tag: '@sub-path' }, async ({ page }) => {
	await page.goto(relativePath('/en/'));
	await openSearch(page);
	await resultsFor(page, '扩散模型');
	await page.locator('#search-results [role="option"]').first().click();
	await expect(page).toHaveURL(/\/en\/chatgpt-sora\/zh\/#s2-1-p3$/);
	await expect(page.locator('#s2-1-p3')).toBeInViewport();
});

test('keyboard only: / opens, arrows choose, Enter goes, Escape closes, Ctrl+K reopens', { tag: '@sub-path' }, async ({ page }) => {
	await page.goto(relativePath('/zh/chatgpt-sora/'));
	await openSearch(page);
	await page.keyboard.type('世界模拟器');
	await expect(page.locator('#search-status')).toHaveText(/找到 \d+ 条结果/);
	const input = page.locator('#search-input');
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
	await page.keyboard.press('ArrowDown');
	await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-1');
	await expect(page.locator('#search-option-1')).toHaveAttribute('aria-selected', 'true');
	const target = await page.locator('#search-option-1').evaluate((o) => new URL((o as HTMLElement).dataset['href']!, location.href).hash);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	await expect(page.locator(target)).toBeInViewport();
	await page.keyboard.press('Control+k');
	await expect(page.locator('#search-dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('#search-dialog')).toBeHidden();
});

test('Enter pressed at once after typing goes to the first result of the query as typed, not of a keystroke before it', async ({ page }) => {
	await page.goto(relativePath('/zh/chatgpt-sora/'));
	await openSearch(page);
	// No wait between the keystrokes and Enter: the list shown, if any, is still 李's or 李世's.
	await page.keyboard.type('李世石');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#s1-p1$/);
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expect(page.locator('#s1-p1')).toBeInViewport();
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

test('an index that cannot be loaded is said so, and tried again at the next search', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('/zh/');
	await openSearch(page);
	await page.locator('#search-input').fill('Sora');
	await expect(page.locator('#search-status')).toHaveText('英文索引未能加载，请检查网络连接。');
	await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
	// Back online: the failure was not kept.
	await page.unroute('**/pagefind/**');
	expect(await resultsFor(page, 'Sora')).not.toEqual([]);
	await expect(page.locator('#search-status')).toHaveText(/^找到 \d+ 条结果。$/);
});

test('one language failing leaves the other answering, and a damaged index is called damaged', async ({ page }) => {
	// The English index's word lists are garbage; its entry file still answers.
	await page.route('**/pagefind/en/index/**', (route) => route.fulfill({ body: 'not an index' }));
	await page.goto('/en/chatgpt-sora/');
	await openSearch(page);
	await page.locator('#search-input').fill('world picture');
	await expect(page.locator('#search-status')).toHaveText('The English index is damaged and cannot be read.');
	expect(await resultsFor(page, '世界图景')).not.toEqual([]);
	await expect(page.locator('#search-status')).toHaveText(/^\d+ results\.$/);
});

test('a damaged record costs its result, not the search', async ({ page }) => {
	let first = true;
	await page.route('**/pagefind/zh/fragment/**', (route) => {
		if (!first) return route.continue();
		first = false;
		return route.fulfill({ body: 'garbage' });
	});
	await page.goto('/zh/chatgpt-sora/');
	await openSearch(page);
	const ids = await resultsFor(page, '世界图景');
	expect(ids.length).toBeGreaterThan(5);
	await expect(page.locator('#search-status')).toContainText('部分结果无法读取。');
});

test('the count is true, and every result can be reached', async ({ page }) => {
	await page.goto('/zh/chatgpt-sora/');
	// Units whose Chinese holds 世界图景, counted on the page itself.
	const expected = await page
		.locator('.text [data-unit], .note-list > li')
		.evaluateAll((els) => els.filter((el) => el.textContent!.includes('世界图景')).length);
	expect(expected).toBeGreaterThan(10);
	await openSearch(page);
	await resultsFor(page, '世界图景');
	await expect(page.locator('#search-status')).toHaveText(`找到 ${expected} 条结果。`);
	// "More" while there is more: the remaining candidates, checked once the first page is shown, may fill the
	// list (and hide the button) between a look and a click.
	const more = page.locator('.search-more');
	await expect
		.poll(async () => {
			if (await more.isVisible()) await more.click({ timeout: 1000 }).catch(() => {});
			return page.locator('#search-results [role="option"]').count();
		})
		.toBe(expected);
	// An English query: the count Pagefind gives, and as many results once all are shown.
	const ids = await resultsFor(page, 'Sora');
	const count = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
	expect(count).toBeGreaterThan(ids.length);
	// Scrolled to its end, the list loads more until every result is there.
	const options = page.locator('#search-results [role="option"]');
	await expect
		.poll(async () => {
			await page.locator('.search-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
			return options.count();
		})
		.toBe(count);
});

test('results in the text’s order come grouped by section', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/');
	await openSearch(page);
	await page.getByRole('radio', { name: 'As in the text' }).check();
	await resultsFor(page, 'Kant');
	const ids = await page
		.locator('#search-results [role="option"]')
		.evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset['href']!, location.href).hash.slice(1)));
	const order = await page.locator('.text [data-unit], .note-list > li').evaluateAll((els) => els.map((el) => el.id));
	expect(ids.length).toBeGreaterThan(1);
	expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
	await expect(page.locator('#search-results [role="group"]').first()).toHaveAccessibleName(/\S/);
});

test('a query is shown as typed, whatever it holds', async ({ page }) => {
	await page.goto('/en/');
	await openSearch(page);
	expect(await resultsFor(page, 'x$&y$`z')).toEqual([]);
	await expect(page.locator('#search-status')).toHaveText('Nothing found for “x$&y$`z”.');
});

test('while the index loads, the dialog says so and is busy', async ({ page }) => {
	await page.route('**/pagefind/zh/**', async (route) => {
		await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	await page.goto('/zh/chatgpt-sora/');
	await openSearch(page);
	await page.keyboard.type('康德');
	await expect(page.locator('#search-status')).toHaveText('正在加载搜索索引……');
	await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'true');
	await expect(page.locator('#search-status')).toHaveText('找到 2 条结果。', { timeout: 15_000 });
});

test('a query that matches nothing says so', async ({ page }) => {
	await page.goto('/zh/');
	await openSearch(page);
	expect(await resultsFor(page, '量子纠缠')).toEqual([]);
	await expect(page.locator('#search-status')).toHaveText('没有找到“量子纠缠”。');
});

test('a first search fetches Pagefind’s runtime and WebAssembly once per language, the guide’s results included', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.endsWith('/pagefind.js') || path.endsWith('.pagefind')) fetched.push(path);
	});
	const runtimes = () => fetched.filter((path) => path.endsWith('.js')).length;
	const webAssembly = () => fetched.filter((path) => path.endsWith('.pagefind')).length;
	await page.goto('/en/chatgpt-sora/');
	await openSearch(page);
	// A query the text and the guide both answer: the guide's sections come from the bundle the text's search loaded.
	await page.locator('#search-input').fill('study');
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
	await expect(page.locator('.search-guide a[href="/en/guide/reading/#study"]')).toBeVisible();
	expect([runtimes(), webAssembly()], fetched.join('\n')).toEqual([1, 1]);
	// The other language: its own runtime and WebAssembly (each bundle has its word handling), once.
	await page.locator('#search-input').fill('学习模式');
	await expect(page.locator('.search-guide a[href^="/zh/guide/reading/"]').first()).toBeVisible();
	expect([runtimes(), webAssembly()], fetched.join('\n')).toEqual([2, 2]);
});

test('nothing of search is loaded until search is opened', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('/zh/chatgpt-sora/');
	await page.waitForLoadState('networkidle');
	expect(requested.filter((path) => path.includes('pagefind') || /search\.[\w-]+\.js$/.test(path))).toEqual([]);
	await openSearch(page);
	// The page's language as search opens (polled: the page was idle already, so waiting for idle proves nothing);
	// the other when a query needs it.
	await expect.poll(() => requested.some((path) => path.startsWith('/pagefind/zh/'))).toBe(true);
	await page.waitForLoadState('networkidle');
	expect(requested.some((path) => path.startsWith('/pagefind/en/'))).toBe(false);
	await page.keyboard.type('world picture');
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
	expect(requested.some((path) => path.startsWith('/pagefind/en/'))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search control says it needs JavaScript, and reading is unaffected', async ({ page }) => {
		await page.goto('/en/chatgpt-sora/');
		// A bare <noscript> (no span of its own in every page): its text as parsed without script (Playwright's
		// text matchers leave a <noscript>'s out).
		const notice = page.locator('.site-nav noscript');
		await expect(notice).toBeVisible();
		expect(await notice.evaluate((el) => el.textContent)).toBe('Search needs JavaScript');
		await expect(page.locator('.search-open')).toBeHidden();
		await expect(page.locator('.text [data-unit]').first()).toBeVisible();
	});
});
