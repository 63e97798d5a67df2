/**
 * In the reader's hand (issue 27), acted as a reader at 390 px with touch and
 * at 1440 px with a mouse: the contents from the header anywhere on a phone,
 * a key term's card in place, copying that cites itself (read back from the
 * clipboard), and a return to the paper that offers the place last read;
 * with storage blocked, and without script.
 */
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { axe } from '../support/axe.ts';
import { forget } from '../support/forget.ts';
import { eachStep } from '../support/steps.ts';
import { expectFocusOn, expectLanded, headerBottom, press, scrollToReach, settle } from '../support/reader.ts';

const PAPER = 'chatgpt-sora';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1440, height: 900 }, hasTouch: false, isMobile: false };

/** Site data blocked: reading either storage throws, as in a browser that blocks it. */
const blockStorage = async (page: Page): Promise<void> => {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		}
	});
};

/**
 * Waits for the page to stop moving after a turn of the wheel: moved, then still for three frames. A turn that
 * cannot move it (the end of the page) is given 250 ms, as every turn once was.
 */
const scrollAtRest = (page: Page, before: number): Promise<void> =>
	page.evaluate(
		(start) =>
			new Promise<void>((done) => {
				const until = performance.now() + 250;
				let last = scrollY;
				let still = 0;
				const frame = (): void => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if ((scrollY !== start && still >= 3) || performance.now() >= until) done();
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			}),
		before,
	);

/** Puts `unit` at the top of the screen, just below the header, as a reader who scrolled there. */
async function readAt(page: Page, unit: Locator): Promise<void> {
	await scrollToReach(page, unit);
	const off = async () => ((await unit.boundingBox())?.y ?? 1e4) - (await headerBottom(page)) - 2;
	for (let i = 0; i < 15 && Math.abs(await off()) >= 5; i++) {
		const before = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, await off());
		await scrollAtRest(page, before);
	}
	expect(Math.abs(await off())).toBeLessThan(5);
}

/** The unit at the top of the screen, below the header. */
const unitAtTop = (page: Page): Promise<string | undefined> =>
	page.evaluate(() => {
		const below = document.querySelector('.site-header')!.getBoundingClientRect().bottom + 8;
		return [...document.querySelectorAll<HTMLElement>('.text > [id]')].find((el) => el.getBoundingClientRect().bottom > below)?.id;
	});

test.describe('the contents from the header, on a phone (390 px, touch)', () => {
	test.use(PHONE);

	test('from the middle of §2 the header opens the contents, §4 is one tap away, and Back returns to §2', async ({ page }) => {
		await page.goto(`/zh/${PAPER}/`);
		await settle(page);
		await readAt(page, page.locator('#s2-1-p2'));
		const place = await unitAtTop(page);
		const opener = page.locator('.contents-open');
		await expect(opener).toContainText('2.1');
		await press(page, opener, true);
		const sheet = page.locator('#contents-sheet');
		await expect(sheet).toBeVisible();
		// The current section is marked and focused in the sheet.
		await expect(sheet.locator('a[aria-current]')).toHaveAttribute('href', '#s2-1');
		await expectFocusOn(sheet.locator('a[aria-current]'));
		await press(page, sheet.locator('a[href="#s4"]'), true);
		await expect(sheet).toHaveCount(0);
		await expect(page).toHaveURL(/#s4$/);
		await expectLanded(page, page.locator('#s4'));
		await expectFocusOn(page.locator('#s4'));
		await expect(opener).toContainText('4');
		await page.goBack();
		await expect(page).not.toHaveURL(/#/);
		await expect.poll(() => unitAtTop(page)).toBe(place);
		await expect(opener).toContainText('2.1');
	});

	test('the sheet closes by its button, a tap on the backdrop, Esc and Back, leaving the reader where they were', async ({ page }) => {
		await page.goto(`/en/${PAPER}/`);
		await settle(page);
		await readAt(page, page.locator('#s3-1-p1'));
		const place = await unitAtTop(page);
		const url = page.url();
		const opener = page.locator('.contents-open');
		const sheet = page.locator('#contents-sheet');
		const closings: [string, () => Promise<void>][] = [
			['its button', () => press(page, sheet.locator('.contents-sheet-close'), true)],
			// Above the sheet, which rises from the foot of the screen: the backdrop.
			['a tap on the backdrop', () => page.touchscreen.tap(195, 40)],
			['Esc', () => page.keyboard.press('Escape')],
			['Back', async () => void (await page.goBack())],
		];
		for (const [how, close] of closings) {
			await press(page, opener, true);
			await expect(sheet, how).toBeVisible();
			await close();
			await expect(sheet, how).toHaveCount(0);
			await expect(page, how).toHaveURL(url);
			await expect.poll(() => unitAtTop(page), how).toBe(place);
		}
		// Nothing of the sheet is left in the history: Back now leaves the page's entries as they were.
		expect(await page.evaluate(() => history.state)).toBeNull();
	});

	test('the header keeps to 56 px with the section in it, in every interface and mode', async ({ page }) => {
		for (const ui of ['zh', 'en', 'zh-hant']) {
			for (const mode of ['', 'zh/', 'en/', 'parallel/', 'interleaved/']) {
				const path = `/${ui}/${PAPER}/${mode}`;
				if ((ui === 'zh' || ui === 'zh-hant') && mode === 'zh/') continue;
				if (ui === 'en' && mode === 'en/') continue;
				await page.goto(path);
				await settle(page);
				await page.mouse.wheel(0, 4000);
				const opener = page.locator('.contents-open');
				await expect(opener, path).toBeVisible();
				await expect(opener, path).not.toHaveText('');
				expect((await page.locator('.site-header').boundingBox())!.height, path).toBeLessThanOrEqual(56);
				// On the screen, inside the header, uncovered.
				const box = (await opener.boundingBox())!;
				expect(box.x + box.width, path).toBeLessThanOrEqual(390);
			}
		}
	});

	test('from the keyboard: the button opens the sheet, Tab stays in it, Enter on an entry lands the section', async ({ page }) => {
		await page.goto(`/en/${PAPER}/`);
		await settle(page);
		await page.locator('.contents-open').focus();
		await page.keyboard.press('Enter');
		await expectFocusOn(page.locator('#contents-sheet a').first());
		await page.keyboard.press('Shift+Tab');
		await expectFocusOn(page.locator('#contents-sheet'));
		await page.locator('#contents-sheet a[href="#s5"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#s5$/);
		await expectLanded(page, page.locator('#s5'));
		await expectFocusOn(page.locator('#s5'));
	});
});

test.describe('wide screens keep the contents column (1440 px, mouse)', () => {
	test.use(DESKTOP);

	test('no header button; the column is there', async ({ page }) => {
		await page.goto(`/zh/${PAPER}/`);
		await settle(page);
		await expect(page.locator('.toc a[href="#s4"]')).toBeVisible();
		await expect(page.locator('.contents-open')).toBeHidden();
	});
});

/** Waits for the card of a key term and checks what it says. */
async function expectCard(page: Page, pinyin: string, english: string, id = 'singularity'): Promise<Locator> {
	const card = page.locator('#lookup .term-card');
	await expect(card).toBeVisible();
	await expect(card.locator('.lookup-pinyin')).toHaveText(pinyin);
	await expect(card.locator('.term-rendering')).toContainText(english);
	await expect(card.locator('.term-count')).toContainText(/\d/);
	await expect(card.locator('.term-strip > span').first()).toBeAttached();
	await expect(card.locator(`a[href$="glossary/#${id}"]`)).toBeAttached();
	return card;
}

for (const [name, screen] of [
	['phone (390 px, touch)', PHONE],
	['desktop (1440 px, mouse)', DESKTOP],
] as const) {
	test.describe(`a key term explained in place, ${name}`, () => {
		test.use(screen);

		// Every interface in one test, a step each (setting up a browser page for each took about as long as the check).
		test("奇点's link opens its card, without the URL changing; the card closes: in every interface", async ({ page }) => {
			await eachStep(
				['zh', 'en', 'zh-hant'] as const,
				(ui) => `/${ui}/`,
				async (ui) => {
					// Met as on a first visit: nothing of the interface before (a worker, storage, the place read).
					await forget(page);
					await page.goto(`/${ui}/${PAPER}/`);
					await settle(page);
					const url = page.url();
					const link = page.locator('.text a[href="glossary/#singularity"]').first();
					await scrollToReach(page, link);
					await press(page, link, screen.hasTouch);
					const card = await expectCard(page, 'qí diǎn', 'singularity');
					expect(page.url()).toBe(url);
					// Both scripts' forms, the one shown first in the page's.
					await expect(card.locator('.lookup-word')).toHaveText(ui === 'zh-hant' ? '奇點' : '奇点');
					await expect(card.locator('.term-other')).toContainText(ui === 'zh-hant' ? '奇点' : '奇點');
					if (screen.hasTouch) {
						// A tap outside it, on the page's margin.
						await page.touchscreen.tap(4, 500);
						await expect(card).toBeHidden();
					} else {
						await expectFocusOn(page.locator('#lookup'));
						await page.keyboard.press('Escape');
						await expect(card).toBeHidden();
						await expectFocusOn(link);
					}
					expect(page.url()).toBe(url);
				},
			);
		});

		test('a look-up of a key term gives the same card', async ({ page }) => {
			await page.goto(`/zh/${PAPER}/`);
			await settle(page);
			const url = page.url();
			// An occurrence of 世界图景 that is not its link: a look-up of the word.
			const unit = page.locator('#s4-1-p1');
			await scrollToReach(page, unit);
			const unlinked = () =>
				unit.evaluate((el) => {
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const at = (node as Text).data.indexOf('世界图景');
						if (at < 0 || node.parentElement!.closest('a')) continue;
						const range = document.createRange();
						range.setStart(node, at + 1);
						range.setEnd(node, at + 2);
						const box = range.getBoundingClientRect();
						return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
					}
					return undefined;
				});
			const first = await unlinked();
			expect(first, 'an unlinked 世界图景').toBeDefined();
			await page.mouse.wheel(0, first!.y - 400);
			await page.waitForTimeout(200);
			const point = (await unlinked())!;
			if (screen.hasTouch) await page.touchscreen.tap(point.x, point.y);
			else await page.mouse.click(point.x, point.y);
			await expectCard(page, 'shì jiè tú jǐng', 'world picture', 'world-picture');
			expect(page.url()).toBe(url);
		});
	});
}

test.describe('study on a phone: a tap shows the partner, a second tap looks the word up', () => {
	test.use(PHONE);

	test('one tap, one thing', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('settings', '{"study":"on"}'));
		await page.goto(`/zh/${PAPER}/`);
		await settle(page);
		await expect(page.locator('article.paper')).toHaveAttribute('data-segmented', '');
		const seg = page.locator('[id="s1-1-p1.4"]');
		await scrollToReach(page, seg);
		// A Chinese character of its first line, above the partner, which floats below the sentence.
		const line = await seg.evaluate((el) => {
			const node = [...el.childNodes].find((n): n is Text => n instanceof Text && /\p{Script=Han}{8}/u.test(n.data))!;
			const at = node.data.search(/\p{Script=Han}{8}/u) + 4;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + 1);
			const r = range.getBoundingClientRect();
			return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
		});
		await page.touchscreen.tap(line.x, line.y);
		await expect(page.locator('#study-partner')).toBeVisible();
		await page.waitForTimeout(600);
		await expect(page.locator('#lookup')).toBeHidden();
		await page.touchscreen.tap(line.x, line.y);
		await expect(page.locator('#lookup')).toBeVisible();
		await expect(page.locator('#study-partner')).toBeVisible();
	});
});

/** Selects from one point of the screen to another with the mouse, and copies with the keyboard. */
async function dragAndCopy(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<string> {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 10 });
	await page.mouse.up();
	const selected = await page.evaluate(() => String(getSelection()));
	// The facts are fetched as the selection is made.
	await page.waitForTimeout(300);
	await page.keyboard.press('ControlOrMeta+C');
	return selected;
}

/** Selects most of sentence 1.1 ¶1.4 with the mouse (a tenth to seven tenths along its widest line), copies it, and reads the clipboard. */
async function copySentence(page: Page): Promise<{ selected: string; text: string; html: string }> {
	const seg = page.locator('[id="s1-1-p1.4"]');
	await scrollToReach(page, seg);
	const selected = await dragAndCopy(page, await pointIn(seg, 0.1), await pointIn(seg, 0.7));
	return { selected, ...(await clipboard(page)) };
}

/** What the clipboard holds, as plain text and as HTML. */
async function clipboard(page: Page): Promise<{ text: string; html: string }> {
	return page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
		return { text: await read('text/plain'), html: await read('text/html') };
	});
}

/** A point inside a segment's widest line, `share` of the way along it. */
async function pointIn(target: Locator, share: number): Promise<{ x: number; y: number }> {
	const r = await target.evaluate((el) => {
		const box = [...el.getClientRects()].reduce((a, b) => (b.width > a.width ? b : a));
		return { x: box.x, y: box.y, w: box.width, h: box.height };
	});
	return { x: r.x + r.w * share, y: r.y + r.h / 2 };
}

async function grant(context: BrowserContext): Promise<void> {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

const aligned = async (page: Page) => {
	await settle(page);
	await expect(page.locator('article.paper')).toHaveAttribute('data-segmented', '');
};

test.describe('copying cites itself (1440 px, mouse)', () => {
	test.use(DESKTOP);

	// The four in one test, a step each (setting up a browser page for each took about as long as the copy).
	test('a selection copied cites itself: in Chinese, in English, side by side in one column and across both', async ({ page, context }) => {
		await grant(context);
		// What is copied, on which page, and what the clipboard then holds.
		const copies: [string, string, () => Promise<void>][] = [
			[
				'Chinese: the text, then its GB/T 7714 citation with the sentence’s link',
				`/zh/${PAPER}/`,
				async () => {
					const { selected, text, html } = await copySentence(page);
					const quoted = selected.replace(/\s+/g, ' ').trim();
					expect(quoted.length).toBeGreaterThan(4);
					expect(text.startsWith(`${quoted}\n\n`), text).toBe(true);
					// Whatever the edition's version and dates say, the access date and the sentence's link close it.
					expect(text).toMatch(/\[EB\/OL\]\. .*\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/zh\/chatgpt-sora\/#s1-1-p1\.4\.$/);
					expect(text).toContain('第1.1节第1段第4句');
					expect(html).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/zh\/chatgpt-sora\/#s1-1-p1\.4">/);
					expect(html).toContain(quoted);
				},
			],
			[
				'English: the text, then its Chicago note with the link',
				`/en/${PAPER}/`,
				async () => {
					const { selected, text, html } = await copySentence(page);
					const quoted = selected.replace(/\s+/g, ' ').trim();
					expect(text.startsWith(`${quoted}\n\n`), text).toBe(true);
					expect(text).toMatch(
						/trans\. the site’s editorial team, .*sec\. 1\.1, para\. 1, sent\. 4, .*http:\/\/127\.0\.0\.1:\d+\/en\/chatgpt-sora\/#s1-1-p1\.4\.$/,
					);
					expect(html).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/en\/chatgpt-sora\/#s1-1-p1\.4">/);
				},
			],
			[
				'side by side, within the Chinese column across two paragraphs: the Chinese only, never the English between',
				`/zh/${PAPER}/parallel/`,
				async () => {
					const first = page.locator('#s1-2-p1 > [lang="zh-CN"]');
					const second = page.locator('#s1-2-p2 > [lang="zh-CN"]');
					await scrollToReach(page, first);
					await page.evaluate(() => scrollBy(0, document.getElementById('s1-2-p1')!.getBoundingClientRect().bottom - innerHeight / 2));
					// The lines of text (a range's boxes, not the block's): from the first paragraph's last line to the second's first.
					const lines = (el: Element) => {
						const range = document.createRange();
						range.selectNodeContents(el);
						return [...range.getClientRects()].filter((r) => r.width > 40).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));
					};
					const last = (await first.evaluate(lines)).at(-1)!;
					const next = (await second.evaluate(lines))[0]!;
					const from = { x: last.x + 20, y: last.y + last.h / 2 };
					const to = { x: next.x + next.w / 2, y: next.y + next.h / 2 };
					await dragAndCopy(page, from, to);
					const { text } = await clipboard(page);
					const english = await page.locator('#s1-2-p1 > [lang="en"]').evaluate((el) => el.textContent!.slice(0, 40));
					expect(text).not.toContain(english.slice(0, 20));
					expect(text).toMatch(/\n\n.*\[EB\/OL\].*#s1-2-p1\.$/s);
					expect(text).not.toContain('trans.');
					// No control of the page: no cite button's label, no pilcrow.
					expect(text).not.toContain('¶');
				},
			],
			[
				'from the Chinese into the English: both, each with its citation',
				`/en/${PAPER}/parallel/`,
				async () => {
					const zh = page.locator('#s1-1-p1 [lang="zh-CN"] .seg[data-seg="4"]');
					const en = page.locator('#s1-1-p1 [lang="en"] .seg[data-seg="4"]');
					await scrollToReach(page, zh);
					await dragAndCopy(page, await pointIn(zh, 0.3), await pointIn(en, 0.6));
					const { text, html } = await clipboard(page);
					const [chinese, english] = text.split(/\n\n(?=[A-Za-z])/);
					expect(text).toMatch(/\[EB\/OL\]\. .*\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/zh\/chatgpt-sora\/#s1-1-p1\./);
					expect(text).toMatch(/sec\. 1\.1, para\. 1, .*http:\/\/127\.0\.0\.1:\d+\/en\/chatgpt-sora\/#s1-1-p1\.$/);
					expect(chinese).toMatch(/\p{Script=Han}/u);
					expect(english).toBeDefined();
					expect(html.match(/<a href=/g)).toHaveLength(2);
				},
			],
		];
		await eachStep(
			copies,
			([title]) => title,
			async ([, path, copyAndCheck]) => {
				// Met as on a first visit, the clipboard emptied: what is read back is this step's copy.
				await forget(page);
				await page.goto(path);
				await page.evaluate(() => navigator.clipboard.writeText(''));
				await aligned(page);
				await copyAndCheck();
			},
		);
	});

	test('the reading setting turns it off: the text alone', async ({ page, context }) => {
		await grant(context);
		await page.addInitScript(() => localStorage.setItem('settings', '{"copy":"plain"}'));
		await page.goto(`/en/${PAPER}/`);
		await aligned(page);
		const { selected, text } = await copySentence(page);
		expect(text).toBe(selected);
	});
});

test.describe('copying cites itself on a phone (390 px)', () => {
	test.use(PHONE);

	test('a sentence selected in the Chinese text', async ({ page, context }) => {
		await grant(context);
		await page.goto(`/zh/${PAPER}/`);
		await aligned(page);
		const seg = page.locator('[id="s2-1-p3.2"]');
		await scrollToReach(page, seg);
		// A long press selects a word on a phone; the selection is then widened as the reader drags its handles.
		await seg.evaluate((el) => getSelection()!.selectAllChildren(el));
		const selected = await page.evaluate(() => String(getSelection()).replace(/\s+/g, ' ').trim());
		await page.waitForTimeout(300);
		await page.keyboard.press('ControlOrMeta+C');
		const { text } = await clipboard(page);
		expect(text.startsWith(`${selected}\n\n`), text).toBe(true);
		expect(text).toMatch(/\/zh\/chatgpt-sora\/#s2-1-p3\.2\.$/);
	});
});

for (const [name, screen] of [
	['phone (390 px, touch)', PHONE],
	['desktop (1440 px, mouse)', DESKTOP],
] as const) {
	test.describe(`reading resumed, ${name}`, () => {
		test.use(screen);

		test('a return offers the place last read; a tap goes there; not when the URL names a place', async ({ page }) => {
			await page.goto(`/en/${PAPER}/`);
			await settle(page);
			await readAt(page, page.locator('#s3-2-p2'));
			expect(await unitAtTop(page)).toBe('s3-2-p2');
			await page.waitForTimeout(500);
			await page.goto(`/en/${PAPER}/about/`);
			await page.goto(`/en/${PAPER}/`);
			await settle(page);
			const offer = page.locator('.resume-offer a');
			await expect(offer).toHaveText('Continue at 3.2, paragraph 2');
			await press(page, offer, screen.hasTouch);
			await expect(page).toHaveURL(/#s3-2-p2$/);
			await expectLanded(page, page.locator('#s3-2-p2'));
			await expect(page.locator('.resume-offer')).toHaveCount(0);
			// In another interface and mode, the same place, in its words.
			await page.goto(`/zh/${PAPER}/parallel/`);
			await settle(page);
			await expect(page.locator('.resume-offer a')).toHaveText('继续阅读：第3.2节第2段');
			await press(page, page.locator('.resume-dismiss'), screen.hasTouch);
			await expect(page.locator('.resume-offer')).toHaveCount(0);
			await page.goto(`/zh-hant/${PAPER}/`);
			await settle(page);
			await expect(page.locator('.resume-offer a')).toHaveText('繼續閱讀：第3.2節第2段');
			// A URL that names a place is obeyed, and nothing is offered.
			await page.goto(`/en/${PAPER}/#s1-1`);
			await settle(page);
			await page.waitForTimeout(300);
			await expect(page.locator('.resume-offer')).toHaveCount(0);
		});
	});
}

test.describe('reading resumed', () => {
	test('Esc dismisses the offer (keyboard)', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('reading-places', '{"chatgpt-sora":"s4-1-p1"}'));
		await page.goto(`/en/${PAPER}/`);
		await settle(page);
		await expect(page.locator('.resume-offer a')).toHaveText('Continue at 4.1, paragraph 1');
		await page.keyboard.press('Escape');
		await expect(page.locator('.resume-offer')).toHaveCount(0);
	});

	test('garbage in storage: no offer, nothing broken', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript(() => localStorage.setItem('reading-places', '{"chatgpt-sora":"<img src=x onerror=alert(1)>"}'));
		await page.goto(`/en/${PAPER}/`);
		await settle(page);
		await page.waitForTimeout(300);
		await expect(page.locator('.resume-offer')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

test.describe('storage blocked (390 px, touch)', () => {
	test.use(PHONE);

	test('no offer; the sheet, the card and copying all still work', async ({ page, context }) => {
		await grant(context);
		await blockStorage(page);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`/en/${PAPER}/`);
		await settle(page);
		await readAt(page, page.locator('#s3-2-p2'));
		await page.waitForTimeout(500);
		await page.goto(`/en/${PAPER}/about/`);
		await page.goto(`/en/${PAPER}/`);
		await settle(page);
		await page.waitForTimeout(300);
		await expect(page.locator('.resume-offer')).toHaveCount(0);
		await readAt(page, page.locator('#s2-1-p2'));
		await press(page, page.locator('.contents-open'), true);
		await press(page, page.locator('#contents-sheet a[href="#s4"]'), true);
		await expectLanded(page, page.locator('#s4'));
		const link = page.locator('.text a[href="glossary/#singularity"]').first();
		await scrollToReach(page, link);
		await press(page, link, true);
		await expectCard(page, 'qí diǎn', 'singularity');
		expect(errors).toEqual([]);
	});
});

test.describe('without script', () => {
	test.use({ ...PHONE, javaScriptEnabled: false });

	test('the term is a link to the glossary, and the contents are where they were', async ({ page }) => {
		await page.goto(`/zh/${PAPER}/`);
		await expect(page.locator('.contents-open')).toHaveCount(0);
		await expect(page.locator('.toc summary')).toBeVisible();
		const link = page.locator('.text a[href="glossary/#singularity"]').first();
		await scrollToReach(page, link);
		await press(page, link, true);
		await expect(page).toHaveURL(/\/zh\/chatgpt-sora\/glossary\/#singularity$/);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`no WCAG 2.2 A/AA violations (${scheme}, 390 px)`, () => {
		test.use({ ...PHONE, colorScheme: scheme });

		test('the header’s section, the sheet open, and the resume offer', async ({ page }) => {
			test.slow();
			// Only the colours change with the scheme: in dark, the colour rules (as a11y.spec.ts audits the pages).
			const builder = () =>
				scheme === 'light'
					? axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					: axe(page).withRules(['color-contrast', 'link-in-text-block']);
			const audit = async () => (await builder().analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
			await page.addInitScript(() => localStorage.setItem('reading-places', '{"chatgpt-sora":"s3-2-p2"}'));
			await page.goto(`/zh-hant/${PAPER}/`);
			await settle(page);
			await expect(page.locator('.resume-offer')).toBeVisible();
			expect(await audit()).toEqual([]);
			await press(page, page.locator('.contents-open'), true);
			await expect(page.locator('#contents-sheet')).toBeVisible();
			expect(await audit()).toEqual([]);
		});
	});
}
