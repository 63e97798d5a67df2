/**
 * The reading aids as a reader meets them: the Traditional edition found by
 * search in either script, from any page; the word look-up by a real click
 * or tap; the glossary concordance counting what the model holds.
 */
import { expect, type Page, test } from '@playwright/test';
import { axe } from '../support/axe.ts';

async function search(page: Page, query: string): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.locator('#search-input')).toBeFocused();
	// Typed key by key, as a reader does (an IME commits the same characters).
	await page.keyboard.type(query, { delay: 20 });
	await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
}

const hrefs = (page: Page) =>
	page.locator('#search-results [role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset['href'] ?? ''));

for (const from of ['/zh/chatgpt-sora/', '/zh-hant/chatgpt-sora/', '/en/chatgpt-sora/parallel/']) {
	test(`a Traditional query finds its unit from ${from}, and a Simplified one still does`, async ({ page }) => {
		await page.goto(from);
		await search(page, '世界圖景');
		const traditional = await hrefs(page);
		expect(traditional.some((href) => href.endsWith('#intro-p1'))).toBe(true);
		await page.locator('#search-input').fill('');
		await page.keyboard.type('世界图景', { delay: 20 });
		await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		// The same units, in both scripts (Pagefind may rank them apart).
		await expect.poll(async () => (await hrefs(page)).sort()).toEqual(traditional.sort());
	});
}

test('on a Traditional page a result is shown in Traditional characters and leads to the Traditional page, marked', async ({ page }) => {
	await page.goto('/zh-hant/chatgpt-sora/');
	await search(page, '纯粹理性批判');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first.locator('.search-excerpt mark').first()).toHaveText('純粹理性批判');
	await expect(first.locator('.search-excerpt')).toHaveAttribute('lang', 'zh-TW');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/zh-hant\/chatgpt-sora\/#/);
	const marked = await page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => range.toString()));
	expect(marked).toContain('純粹理性批判');
});

test('search knows the glossary: "world picture" marks 世界图景 where it lands, side by side', async ({ page }) => {
	await page.goto('/en/chatgpt-sora/parallel/');
	await search(page, 'world picture');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expect
		.poll(() => page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map((range) => range.toString().toLowerCase())))
		.toEqual(expect.arrayContaining(['world picture', '世界图景']));
});

/** Clicks or taps, as a reader does, the middle of the first `word` in the unit `unit`; scrolls it into reach first. */
async function pointAtWord(page: Page, unit: string, word: string, touch: boolean): Promise<void> {
	const box = await page.evaluate(
		([id, w]) => {
			const walker = document.createTreeWalker(document.getElementById(id!)!, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(w!);
				if (at < 0 || !node.parentElement?.matches(':lang(zh)')) continue;
				const range = new Range();
				range.setStart(node, at);
				range.setEnd(node, at + w!.length);
				range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
				const rect = range.getBoundingClientRect();
				return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
			}
			return undefined;
		},
		[unit, word],
	);
	if (!box) throw new Error(`${word} is not in #${unit}`);
	if (touch) await page.touchscreen.tap(box.x, box.y);
	else await page.mouse.click(box.x, box.y);
}

const wordsOf = async (page: Page, locale: string): Promise<Record<string, [string, string, string[]?]>> =>
	((await (await page.request.get(`/aids/chatgpt-sora/words.${locale}.json`)).json()) as { words: Record<string, [string, string, string[]?]> }).words;

for (const screen of [
	{ width: 1440, height: 900, touch: false },
	{ width: 390, height: 844, touch: true },
]) {
	test.describe(`${screen.width} px`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		for (const [path, locale, word] of [
			['/zh/chatgpt-sora/', 'zh', '会议'],
			['/zh-hant/chatgpt-sora/parallel/', 'zh-hant', '會議'],
		] as const) {
			test(`a ${screen.touch ? 'tap' : 'click'} on ${word} (${path}) shows its pinyin and glosses; nothing loads before`, async ({ page }) => {
				const requested: string[] = [];
				page.on('request', (request) => requested.push(new URL(request.url()).pathname));
				await page.goto(path);
				await page.mouse.move(4, 4);
				await expect(page.locator('a.permalink').first()).toBeAttached();
				expect(requested.filter((p) => p.startsWith('/aids/') || p.includes('lookup'))).toEqual([]);
				await pointAtWord(page, 's1-p1', word, screen.touch);
				const popover = page.locator('#lookup');
				await expect(popover).toBeVisible();
				const [pinyin, glosses] = (await wordsOf(page, locale))[word]!;
				expect(pinyin).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
				await expect(popover.locator('.lookup-word')).toHaveText(word);
				await expect(popover.locator('.lookup-pinyin')).toHaveText(pinyin);
				await expect(popover.locator('.lookup-glosses li').first()).toHaveText(glosses.split('; ')[0]!);
				await expect(popover).toBeInViewport();
				expect(requested.filter((p) => p.startsWith('/aids/'))).toEqual([`/aids/chatgpt-sora/words.${locale}.json`]);
			});
		}

		test('a key term looked up shows its glossary entry, and marks every occurrence with a count and a strip', async ({ page }) => {
			await page.goto('/en/chatgpt-sora/parallel/');
			await page.mouse.move(4, 4);
			await expect(page.locator('a.permalink').first()).toBeAttached();
			await pointAtWord(page, 'intro-p1', '世界图景', screen.touch);
			const popover = page.locator('#lookup');
			await expect(popover.locator('.term-card')).toContainText('world picture');
			await popover.locator('.lookup-mark').click();
			const bar = page.locator('.concordance');
			await expect(bar).toBeVisible();
			const counts = await (await page.request.get('/en/chatgpt-sora/glossary/')).text();
			const [, zh, en] = /href="[^"]*term=world-picture[^"]*" data-zh="(\d+)" data-en="(\d+)"/.exec(counts)!;
			await expect(bar).toHaveAttribute('data-count-zh', zh!);
			await expect(bar).toHaveAttribute('data-count-en', en!);
			const marked = await page.evaluate(() => CSS.highlights.get('concordance')?.size ?? 0);
			expect(marked).toBe(Number(zh) + Number(en));
			expect(await bar.locator('.concordance-strip span').count()).toBeGreaterThan(1);
			// The way through: the next occurrence's unit, landed on as any in-page link.
			await bar.locator('[data-go="1"]').click();
			await expect(page).toHaveURL(/#abstract$/);
			await expect(bar.locator('.concordance-at')).toHaveText(/^1 \/ \d+$/);
		});
	});
}

test('from the glossary page, a term marks every occurrence in both languages, as many as the model holds', async ({ page }) => {
	await page.goto('/zh-hant/chatgpt-sora/glossary/');
	const link = page.locator('#generative-ai .concordance-link');
	const zh = await link.getAttribute('data-zh');
	const en = await link.getAttribute('data-en');
	await link.click();
	await expect(page).toHaveURL(/\/zh-hant\/chatgpt-sora\/parallel\/\?term=generative-ai#/);
	const bar = page.locator('.concordance');
	await expect(bar).toBeVisible();
	await expect(bar).toHaveAttribute('data-count-zh', zh!);
	await expect(bar).toHaveAttribute('data-count-en', en!);
	// The term as this page writes it: in Traditional characters (here the same as the Simplified).
	await expect(bar.locator('[lang="zh-TW"]')).toHaveText('生成式人工智能');
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the look-up and the concordance have no WCAG 2.2 A/AA violations (${scheme})`, async ({ page }) => {
		// The longest page, in light audited whole with each aid open; only the colours change with the scheme,
		// so in dark the aids' colours are audited (the page's own, in a11y.spec.ts).
		test.slow();
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/zh-hant/chatgpt-sora/parallel/');
		await page.mouse.move(4, 4);
		await expect(page.locator('a.permalink').first()).toBeAttached();
		await pointAtWord(page, 'intro-p1', '世界圖景', false);
		await expect(page.locator('#lookup .term-card')).toBeVisible();
		const audit = async (aid: string) => {
			const builder =
				scheme === 'light'
					? axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					: axe(page).include(aid).withRules(['color-contrast', 'link-in-text-block']);
			return (await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
		};
		expect(await audit('#lookup')).toEqual([]);
		await page.locator('#lookup .lookup-mark').click();
		await expect(page.locator('.concordance')).toBeVisible();
		expect(await audit('.concordance')).toEqual([]);
	});
}
