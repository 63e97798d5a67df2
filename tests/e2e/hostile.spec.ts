/**
 * The reading page under hostile input it does not control: fragments in
 * the URL, what the reader's storage holds (garbage, wrong types, huge
 * values, or blocked), and broken data where the enhancements fetch it
 * (segment lengths, key terms, words). Whatever comes, the page fails open:
 * no uncaught error, no hang (a tap or a click still answers within a few
 * seconds), no id twice in the DOM, and the text all there and readable.
 * At 1440 px with a mouse and at 390 px with touch.
 */
import { expect, type Page, test } from '@playwright/test';
import { forget } from '../support/forget.ts';
import { eachStep } from '../support/steps.ts';
import { press, SCREENS, scrollToReach, settle } from '../support/reader.ts';

const PAGE = '/en/chatgpt-sora/';

/** Collects the page's uncaught errors (exceptions and unhandled rejections). */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** The page's main thread answers within `ms`: an endless loop would not. */
async function expectResponsive(page: Page, ms = 4000): Promise<void> {
	const answered = await Promise.race([page.evaluate(() => true), new Promise<false>((done) => setTimeout(() => done(false), ms))]);
	expect(answered, `the page answers within ${ms} ms`).toBe(true);
}

/** Ids that more than one element of the DOM carries. */
const duplicateIds = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const seen = new Set<string>();
		const twice = new Set<string>();
		for (const el of document.querySelectorAll('[id]')) (seen.has(el.id) ? twice : seen).add(el.id);
		return [...twice];
	});

/** The text of the paper as the page shows it now, and as its HTML has it: the same, whatever the scripts did. */
const shownAndServed = (page: Page): Promise<{ shown: string; served: string }> =>
	page.evaluate(async () => {
		const textOf = (root: ParentNode): string => {
			const text = root.querySelector('article.paper .text')?.cloneNode(true) as HTMLElement | undefined;
			if (!text) return '';
			text.querySelectorAll('.unit-tools, .sidenotes').forEach((el) => el.remove());
			return (text.textContent ?? '').replace(/\s+/g, ' ').trim();
		};
		const html = await (await fetch(location.pathname)).text();
		return { shown: textOf(document), served: textOf(new DOMParser().parseFromString(html, 'text/html')) };
	});

/** What every case must leave: no error, an answering page on which a click or tap still works, unique ids, the text whole. */
async function expectSound(page: Page, errors: string[], touch: boolean): Promise<void> {
	await expectResponsive(page);
	await settle(page);
	// A control still answers: the settings open at a click or a tap, within a few seconds.
	await press(page, page.locator('.settings-open'), touch);
	await expect(page.locator('#reader-settings')).toBeVisible({ timeout: 5000 });
	await page.keyboard.press('Escape');
	expect(await duplicateIds(page), 'ids carried twice').toEqual([]);
	const { shown, served } = await shownAndServed(page);
	expect(shown.length).toBeGreaterThan(10_000);
	expect(shown).toBe(served);
	await expect(page.locator('#s1-p1')).toBeVisible();
	expect(errors).toEqual([]);
}

const HOSTILE_FRAGMENTS = [
	'#%',
	'#%E0%A4%A',
	'#<img src=x onerror=window.hijacked=1>',
	`#${'s1-p1.'.repeat(20_000)}`,
	'#s1-p1.999',
	'#:~:text=',
	'#s1-p1.1:~:text=%',
	'#%00%0A%22%27',
];

for (const screen of SCREENS) {
	test.describe(`${screen.name} (${screen.width} px${screen.touch ? ', touch' : ''})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		// One test for the fragments, a step each (setting up a browser page for each took about as long as a case).
		test('no hostile fragment breaks anything', async ({ page }) => {
			const errors = watchErrors(page);
			await eachStep(
				HOSTILE_FRAGMENTS,
				(fragment) => `the fragment ${fragment.slice(0, 40)}`,
				async (fragment) => {
					// Loaded afresh, as on a first visit: from a blank page (the same page again with another fragment would
					// only scroll), with nothing stored by the case before.
					await forget(page);
					errors.length = 0;
					await page.goto(`${PAGE}${fragment}`);
					// The sentences are still aligned: the enhancements ran to the end.
					await settle(page);
					await expect(page.locator('article.paper[data-segmented] .seg').first()).toBeAttached();
					expect(await page.evaluate(() => 'hijacked' in window)).toBe(false);
					await expectSound(page, errors, screen.touch);
				},
			);
		});

		test('stored settings: one bad key or value leaves out only itself', async ({ page }) => {
			await page.addInitScript(() => {
				localStorage.setItem('settings', JSON.stringify({ size: 'xl', 'bad key': 'x', 'a-b': 'y', face: 5, notes: { end: true }, study: null, left: 'en' }));
			});
			const errors = watchErrors(page);
			await page.goto(PAGE);
			const root = page.locator('html');
			await expect(root).toHaveAttribute('data-size', 'xl');
			await expect(root).toHaveAttribute('data-left', 'en');
			for (const name of ['data-face', 'data-notes', 'data-study']) await expect(root).not.toHaveAttribute(name, /.*/);
			await expectSound(page, errors, screen.touch);
		});

		for (const [name, stored] of [
			['garbage', '{{{not json'],
			['a string', '"xl"'],
			['a list', '[1, "two", null]'],
			['a huge value', JSON.stringify({ size: 'x'.repeat(2_000_000) })],
		] as const) {
			test(`stored settings that are ${name}: the defaults, nothing broken`, async ({ page }) => {
				await page.addInitScript((value) => localStorage.setItem('settings', value), stored);
				const errors = watchErrors(page);
				await page.goto(PAGE);
				await expectSound(page, errors, screen.touch);
			});
		}

		test('a stored highlight of 20,000 terms is bounded: the page answers at once', async ({ page }) => {
			await page.addInitScript(() => {
				const terms = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'the' : `term ${i}`));
				sessionStorage.setItem('search-highlight', JSON.stringify({ unit: 's1-p1', terms: [5, null, ...terms] }));
			});
			const errors = watchErrors(page);
			const start = Date.now();
			await page.goto(`${PAGE}#s1-p1`);
			await expect(page.locator('article.paper[data-segmented]')).toBeAttached();
			await expectResponsive(page, 2000);
			expect(Date.now() - start).toBeLessThan(6000);
			expect(await page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
			await expectSound(page, errors, screen.touch);
		});

		test('storage blocked: the defaults, and everything works', async ({ page }) => {
			await page.addInitScript(() => {
				for (const name of ['localStorage', 'sessionStorage']) {
					Object.defineProperty(window, name, {
						get() {
							throw new DOMException('The operation is insecure.', 'SecurityError');
						},
					});
				}
			});
			const errors = watchErrors(page);
			await page.goto(`${PAGE}#s1-p1`);
			await expectSound(page, errors, screen.touch);
		});

		test('broken segment lengths: the text stays as it is, no error', async ({ page }) => {
			let served = 0;
			const payloads = [
				'null',
				'"lengths"',
				'[]',
				'not json',
				'{"s1-p1": {"zh": "abc", "en": "abc"}}',
				'{"s1-p1": {"zh": [], "en": []}}',
				'{"s1-p1": {"zh": [12]}}',
				'{"s1-p1": {"zh": [-5, 10], "en": [1e308]}}',
				'{"__proto__": {"s1-p1": {"zh": [1], "en": [1]}}, "constructor": 5}',
			];
			await page.route('**/alignment/*.json', (route) => route.fulfill({ contentType: 'application/json', body: payloads[served++ % payloads.length]! }));
			const errors = watchErrors(page);
			for (let i = 0; i < payloads.length; i++) {
				// A query of its own for each: the same URL again would only scroll, not load the page anew.
				await page.goto(`${PAGE}?case=${i}#s1-p1.1`);
				await expect(page.locator('a.permalink').first()).toBeAttached();
				await expect.poll(() => served).toBeGreaterThan(i);
				await settle(page);
				await expectResponsive(page);
				expect(await page.locator('.seg').count()).toBe(0);
			}
			await expectSound(page, errors, screen.touch);
		});

		test('one bad unit in the segment lengths leaves the others aligned', async ({ page }) => {
			await page.route('**/alignment/*.json', async (route) => {
				const lengths = (await (await route.fetch()).json()) as Record<string, unknown>;
				// Wrong types, no segments, a language missing, negative and huge lengths.
				lengths['s1-p1'] = { zh: 'abc', en: 'abc' };
				lengths['s1-p2'] = { zh: [], en: [] };
				lengths['s1-p3'] = { zh: [40] };
				lengths['s1-p4'] = { zh: [-1, 'x'], en: [Number.MAX_SAFE_INTEGER * 4] };
				lengths['s1-p5'] = null;
				lengths['s1-p6'] = { zh: [2 ** 40], en: [2 ** 40] };
				await route.fulfill({ contentType: 'application/json', body: JSON.stringify(lengths) });
			});
			const errors = watchErrors(page);
			await page.goto(`${PAGE}#s1-p1`);
			await settle(page);
			await expect(page.locator('article.paper[data-segmented]')).toBeAttached();
			for (const unit of ['s1-p1', 's1-p2', 's1-p3', 's1-p4', 's1-p5', 's1-p6']) expect(await page.locator(`#${unit} .seg`).count(), unit).toBe(0);
			await expect(page.locator('#s2-p1 .seg').first()).toBeAttached();
			await expectSound(page, errors, screen.touch);
		});
	});
}

test.describe('fetched aids, broken', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a key term with an empty Chinese form: the concordance does not loop, the page answers', async ({ page, request }) => {
		const terms = (await (await request.get('/aids/chatgpt-sora/terms.json')).json()) as {
			paper: string;
			id: string;
			zh: string;
			hant: string;
			en: string[];
		}[];
		const term = terms.find((t) => t.paper === 'chatgpt-sora')!;
		await page.route('**/aids/chatgpt-sora/terms.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(terms.map((t) => (t.id === term.id ? { ...t, zh: '', hant: '', en: [''] } : t))) }),
		);
		const errors = watchErrors(page);
		const fetched = page.waitForResponse('**/aids/chatgpt-sora/terms.json');
		await page.goto(`/zh/chatgpt-sora/?term=${term.id}`);
		await settle(page);
		await fetched;
		await page.waitForTimeout(300);
		await expectResponsive(page);
		await expect(page.locator('.load-failed')).toBeHidden();
		await expectSound(page, errors, false);
	});

	test('key terms among garbage: the good ones are marked, the rest left out', async ({ page, request }) => {
		const terms = (await (await request.get('/aids/chatgpt-sora/terms.json')).json()) as { paper: string; id: string }[];
		const term = terms.find((t) => t.paper === 'chatgpt-sora')!;
		await page.route('**/aids/chatgpt-sora/terms.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify([5, null, 'x', { id: 'x' }, { ...term, en: 'one' }, ...terms]) }),
		);
		const errors = watchErrors(page);
		await page.goto(`/zh/chatgpt-sora/?term=${term.id}`);
		await settle(page);
		await expect(page.locator('.concordance')).toBeVisible();
		await expect(page.locator('.load-failed')).toBeHidden();
		await expectSound(page, errors, false);
	});

	test('a words file of the wrong shape: a look-up says nothing is known, no error', async ({ page }) => {
		await page.route('**/aids/**/words.*.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify({ words: { 技术: 5, 哲学: ['zhé xué'] }, terms: null }) }),
		);
		const errors = watchErrors(page);
		await page.goto('/zh/chatgpt-sora/');
		await settle(page);
		const paragraph = page.locator('#s1-p1');
		await scrollToReach(page, paragraph);
		await press(page, paragraph, false);
		await page.waitForTimeout(800);
		await expectResponsive(page);
		// The look-up ran on what it could read: no "could not load".
		await expect(page.locator('.load-failed')).toBeHidden();
		expect(errors).toEqual([]);
		expect(await duplicateIds(page)).toEqual([]);
	});
});

test.describe('enhanced once', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a reader module that fails after running, imported again, adds no second set of tools', async ({ page }) => {
		let first = true;
		const imports: string[] = [];
		await page.route('**/_astro/reader-*', async (route) => {
			imports.push(route.request().url());
			if (!first) return route.continue();
			first = false;
			const response = await route.fetch();
			await route.fulfill({ response, body: `${await response.text()}\nthrow new Error('the module failed after running');` });
		});
		await page.goto(PAGE);
		await settle(page);
		await scrollToReach(page, page.locator('#s1-p1'));
		for (let i = 0; i < 6; i++) {
			await press(page, page.locator('#s1-p1'), false);
			await page.waitForTimeout(100);
		}
		// It was imported again (under a fresh URL), and ran again.
		expect(imports.length).toBeGreaterThanOrEqual(2);
		expect(imports[1]).toMatch(/\?retry=1$/);
		const toolsPerUnit = await page
			.locator('.text > [id], .note-list > li[id]')
			.evaluateAll((units) => [...new Set(units.map((u) => u.querySelectorAll(':scope > .unit-tools').length))]);
		expect(toolsPerUnit).toEqual([1]);
		expect(await page.locator('.settings-open').count()).toBe(1);
		expect(await duplicateIds(page)).toEqual([]);
	});

	test("a translator's note's ↩ lands on its real marker, never on a margin copy", async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(PAGE);
		await settle(page);
		await expect(page.locator('article.paper[data-sidenotes]')).toBeAttached();
		expect(await duplicateIds(page)).toEqual([]);
		// Its marker is in note 3, whose copy stands in the margin too.
		const back = page.locator('#tn-n-the-paper > a[href^="#"]');
		await scrollToReach(page, back);
		await press(page, back, false);
		await expect(page).toHaveURL(/#n3$/);
		const focused = await page.evaluate(() => ({
			href: document.activeElement?.getAttribute('href'),
			note: document.activeElement?.closest('li[id]')?.id,
			hidden: Boolean(document.activeElement?.closest('[aria-hidden="true"]')),
		}));
		expect(focused).toEqual({ href: '#tn-n-the-paper', note: 'n3', hidden: false });
		await expect(page.locator('#n3 sup a[href="#tn-n-the-paper"]')).toBeInViewport();
		expect(errors).toEqual([]);
	});
});
