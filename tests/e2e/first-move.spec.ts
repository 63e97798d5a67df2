/**
 * What left every reading page's HTML and stylesheet for the bytes (docs/budgets.md, issue #28) and comes back
 * with the script at the reader's first move, or from the stylesheet: the search button's popup and keys, the
 * theme toggle's tooltip, a busy control's look (controls.ts), the partner shading (reader.css), a note's way back
 * landing on its marker (reader/back-link.ts), a translator's note's number and the note markers' names (global.css).
 * Driven by real input, at a phone's width and a desktop's.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectLanded, press, scrollToReach, settle } from '../support/reader.ts';

const PARALLEL = '/zh/chatgpt-sora/parallel/';

test('the search button and the theme toggle say what they do once the reader moves, and again after a swap', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(PARALLEL);
	const search = page.locator('.search-open');
	// As served: not there (the page does not carry them).
	await expect(search).not.toHaveAttribute('aria-keyshortcuts', /./);
	await settle(page);
	await expect(search).toHaveAttribute('aria-haspopup', 'dialog');
	await expect(search).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	await expect(page.locator('.theme-toggle')).toHaveAttribute('title', '深色/浅色');
	// A mode switch swaps the page in (reader/swap.ts): its header as served, described again.
	await press(page, page.locator('.mode-switch a', { hasText: '英文' }), false);
	await expect(page).toHaveURL(/\/zh\/chatgpt-sora\/en\//);
	await expect(page.locator('article.paper')).toHaveAttribute('data-mode', 'en');
	await expect(search).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	await expect(search).toHaveAttribute('aria-haspopup', 'dialog');
	await expect(page.locator('.theme-toggle')).toHaveAttribute('title', '深色/浅色');
	// The shortcut the attribute names opens search.
	await page.keyboard.press('/');
	await expect(page.locator('#search-dialog')).toBeVisible();
});

test('a control on its way looks busy once the controls are loaded', async ({ page }) => {
	await page.goto('/en/');
	await settle(page);
	const search = page.locator('.search-open');
	await expect(search).toHaveAttribute('aria-haspopup', 'dialog');
	await search.evaluate((el) => el.setAttribute('aria-busy', 'true'));
	await expect(search).toHaveCSS('opacity', '0.6');
	await expect(search).toHaveCSS('cursor', 'progress');
});

test.describe('side by side, under the pointer', () => {
	test.use({ viewport: { width: 1440, height: 900 } });
	test('the partner of the paragraph under the pointer is shaded, once the reader has moved', async ({ page }) => {
		await page.goto(PARALLEL);
		const unit = page.locator('#s1-p1');
		const [zh, en] = [unit.locator('> [lang="zh-CN"]'), unit.locator('> [lang="en"]')];
		await unit.scrollIntoViewIfNeeded();
		const box = (await zh.boundingBox())!;
		await page.mouse.move(box.x + 20, box.y + 20);
		await page.mouse.move(box.x + 30, box.y + 30);
		await expect(en).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
		await expect(zh).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	});
});

test.describe('on a phone, without script', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });
	test('each translator’s note shows its number, T1 first, as its marker says', async ({ page }) => {
		await page.goto('/en/chatgpt-sora/');
		const notes = page.locator('.translator-notes li');
		const count = await notes.count();
		expect(count).toBeGreaterThan(1);
		// What Chromium renders and gives assistive technology: each item's first text, the stylesheet's counter resolved
		// (getComputedStyle gives the rule, counter() unresolved).
		const cdp = await page.context().newCDPSession(page);
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.translator-notes li' });
		const items = await Promise.all(nodeIds.map(async (nodeId) => (await cdp.send('DOM.describeNode', { nodeId })).node.backendNodeId));
		const { nodes } = await cdp.send('Accessibility.getFullAXTree');
		const byId = new Map(nodes.map((node) => [node.nodeId, node]));
		/** The text under `node`, its list marker (1.) aside: the counter's parts come as texts of their own (T, 1). */
		const textUnder = (node: (typeof nodes)[number] | undefined): string => {
			if (!node || node.role?.value === 'ListMarker') return '';
			if (node.role?.value === 'StaticText') return String(node.name?.value ?? '');
			return (node.childIds ?? []).map((id) => textUnder(byId.get(id))).join('');
		};
		const numbers = items.map((backendNodeId) => /^T\d+ /.exec(textUnder(nodes.find((node) => node.backendDOMNodeId === backendNodeId)))?.[0]);
		expect(numbers).toEqual(Array.from({ length: count }, (_, i) => `T${i + 1} `));
		// Each marker's number is the number its note shows.
		const marker = page.locator('.text sup a[href^="#tn-"]').first();
		await expect(marker).toHaveText('T1');
		await marker.tap();
		await expect(notes.first()).toBeInViewport();
	});
});

/** Every note marker's accessible name in `selector`, as Chromium computes it for assistive technology. */
async function markerNames(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
	const names: string[] = [];
	for (const nodeId of nodeIds) {
		const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
		names.push(String(nodes[0]?.name?.value ?? ''));
	}
	return names;
}

test.describe('without script', () => {
	test.use({ javaScriptEnabled: false });
	// Chromium puts a space between a pseudo-element's text and the link's own (注 3 where the aria-label said 注3):
	// the same words read out; in English the label's own space is the one.
	for (const { url, names } of [
		// Side by side under the Chinese interface: the English column's markers named in the interface's language too.
		{
			url: '/zh/chatgpt-sora/parallel/',
			names: { '#n3': '注 3', '#n2': '注 2 （原文缺注文）', '#tn-world-picture': '译者注 T1' },
		},
		{ url: '/en/chatgpt-sora/', names: { '#n3': 'Note 3', '#n2': 'Note 2 (text missing from the source)', '#tn-world-picture': 'Translator’s note T1' } },
		{ url: '/zh-hant/chatgpt-sora/en/', names: { '#n3': '注 3', '#n2': '注 2 （原文缺註文）', '#tn-world-picture': '譯者注 T1' } },
	]) {
		test(`${url}: each note marker is named in the interface's language by the stylesheet`, async ({ page }) => {
			await page.goto(url);
			for (const [href, name] of Object.entries(names)) {
				const found = await markerNames(page, `.text sup a[href="${href}"]`);
				expect(found.length, href).toBeGreaterThan(0);
				expect(found, href).toEqual(found.map(() => name));
			}
		});
	}
});

// A note's way back (↩) links to the unit that holds its marker, which is where it lands without script: the markers
// carry no id, for the bytes (docs/budgets.md). Once the reader has moved, it lands on the marker itself, focused and
// just below the header, as a link to the marker did: note 7's is the last words of a long paragraph.
for (const { input, viewport } of [
	{ input: 'mouse', viewport: { width: 1440, height: 900 } },
	{ input: 'keyboard', viewport: { width: 1440, height: 900 } },
	{ input: 'touch', viewport: { width: 390, height: 844 } },
] as const)
	test.describe(`${viewport.width} px, by ${input}`, () => {
		test.use({ viewport, hasTouch: input === 'touch', isMobile: input === 'touch' });
		test("a note's way back lands on its very marker, not on the top of its paragraph", async ({ page }) => {
			await page.goto('/zh/chatgpt-sora/#n7');
			await settle(page);
			const back = page.locator('#n7 > a[href^="#"]');
			await expect(back).toHaveAttribute('href', '#s2-1-p3');
			if (input === 'keyboard') {
				// From the note, focused on arrival, Tab to its way back, and follow it.
				for (let i = 0; i < 10 && !(await back.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
			} else {
				await scrollToReach(page, back);
				await press(page, back, input === 'touch');
			}
			await expect(page).toHaveURL(/#s2-1-p3$/);
			const marker = page.locator('#s2-1-p3 sup a[href="#n7"]');
			await expect.poll(() => marker.evaluate((el) => el === document.activeElement)).toBe(true);
			await expectLanded(page, marker);
		});
	});

test('an address from when the markers had ids (#ref-n7) still lands on the marker once the reader is there', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/zh/chatgpt-sora/#ref-n7');
	await settle(page);
	const marker = page.locator('#s2-1-p3 sup a[href="#n7"]');
	await expect.poll(() => marker.evaluate((el) => el === document.activeElement)).toBe(true);
	await expectLanded(page, marker);
});
