/**
 * Offline reading (docs/offline.md), in Chromium with its service worker:
 * a paper opened reads again without a network in every mode the reader
 * used, search in it works once its index was loaded, a mode never opened
 * says so in the interface's language, a paper kept on its about page reads
 * whole offline and says it is kept, a new build replaces what was kept and
 * a file of another build is never kept; and where the worker cannot be had
 * (blocked, its script missing or aborted, storage full or throwing) the
 * site works as it does without one. At 1440 px with a mouse and at 390 px
 * with touch.
 *
 * Each test serves the built site on its own port: its own origin, so that
 * no worker or cache of another test is seen; a test that changes the site
 * (a second build made by changing a page and writing its worker again, a
 * file gone) serves a copy of its own.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type BrowserContext, expect, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { createSiteServer } from '../../tools/serve.ts';
import { DIST } from '../support/pages.ts';
import { press, SCREENS, scrollToReach } from '../support/reader.ts';

const PAPER = 'chatgpt-sora';
/** The paper's version as the build gives it (its download's), dots escaped: what the page shows once the paper is kept. */
const VERSION = (JSON.parse(readFileSync(new URL(`downloads/${PAPER}.json`, DIST), 'utf8')) as { version: { number: string } }).version.number.replaceAll(
	'.',
	'\\.',
);

/** The network between the test's server and the browser, for one path (`/zh/chatgpt-sora/glossary/`): failing, or held until released. */
interface Network {
	/** Every request for `path` fails (its connection closed) until `restore` is called. */
	fail(path: string): { restore(): void };
	/** Requests for `path` get no answer until `release` is called; then they are served. */
	hold(path: string): { release(): void };
}

/** The built site served on a port of its own: its own origin, so that no worker or cache of another test is seen. */
interface Site {
	origin: string;
	network: Network;
}
/** A copy of the built site, served, for a test that changes it (a second build, a file gone): `dir`, the copy. */
interface SiteCopy extends Site {
	dir: string;
}

/** Serves `dir` on a port of its own, its network under the test's hand, while `use` runs. */
async function serveSite(dir: string, use: (site: Site) => Promise<void>): Promise<void> {
	const server = createSiteServer(dir);
	const [serve] = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
	const failing = new Set<string>();
	const held = new Map<string, (() => void)[]>();
	server.removeAllListeners('request');
	server.on('request', (request: IncomingMessage, response: ServerResponse) => {
		const path = (request.url ?? '/').split('?', 1)[0]!;
		if (failing.has(path)) request.socket.destroy();
		else if (held.has(path)) held.get(path)!.push(() => serve!(request, response));
		else serve!(request, response);
	});
	const network: Network = {
		fail: (path) => {
			failing.add(path);
			return { restore: () => failing.delete(path) };
		},
		hold: (path) => {
			held.set(path, []);
			return {
				release: () => {
					const waiting = held.get(path) ?? [];
					held.delete(path);
					for (const answer of waiting) answer();
				},
			};
		},
	};
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	await use({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, network });
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
}

const test = base.extend<{ site: Site; siteCopy: SiteCopy }, { removals: Promise<void>[] }>({
	// Each copy of the site is removed while the next test runs (deleting its files took 0.4–0.8 s a test here),
	// and all of them before the worker ends.
	removals: [
		async ({}, use) => {
			const removals: Promise<void>[] = [];
			await use(removals);
			await Promise.all(removals);
		},
		{ scope: 'worker' },
	],
	// The build itself, which no test using it can change (it has no `dir`): copying its files took 0.6–1.2 s a test here.
	site: async ({}, use) => serveSite(fileURLToPath(DIST), use),
	siteCopy: async ({ removals }, use) => {
		const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
		cpSync(fileURLToPath(DIST), dir, { recursive: true });
		await serveSite(dir, (site) => use({ ...site, dir }));
		removals.push(rm(dir, { recursive: true, force: true }));
	},
});

/** Collects the page's uncaught errors (exceptions and unhandled rejections). */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** The reader's first move, by mouse or by touch (on the title, which is no link): it loads the enhancements. */
async function firstMove(page: Page, touch: boolean): Promise<void> {
	if (touch) await press(page, page.locator('h1').first(), true);
	else {
		await page.mouse.move(3, 3);
		await page.mouse.move(6, 6);
	}
}

/** Whether this origin's caches hold a copy of `url`. */
const isKept = (page: Page, url: string): Promise<boolean> => page.evaluate(async (u) => Boolean(await caches.match(u)), url);

/** The about page's line that says how keeping the paper goes. */
const statusOf = (page: Page) => page.locator('section.offline [role="status"]');

/** Opens `url`, makes the first move, and waits until the service worker controls the page and has kept it. */
async function openAndKeep(page: Page, url: string, touch: boolean): Promise<void> {
	await page.goto(url);
	await firstMove(page, touch);
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { message: 'the worker controls the page' }).toBe(true);
	await expect.poll(() => isKept(page, url), { message: `${url} is kept` }).toBe(true);
}

/** The paper's text is on the page: many characters of it, in the language asked for. */
async function expectText(page: Page, lang: 'zh' | 'en'): Promise<void> {
	const text = page.locator(`article.paper .text [lang^="${lang}"]`).first();
	await expect(text).toBeVisible();
	expect(((await page.locator('article.paper .text').textContent()) ?? '').length).toBeGreaterThan(10_000);
}

/** Presses the about page's "keep" (or "remove") button, brought into reach by the wheel. */
async function pressKeep(page: Page, touch: boolean): Promise<void> {
	const button = page.locator('button.keep-offline');
	await expect(button).toBeEnabled();
	// At 390 px the about page is wider than the screen (its text runs to 424 px, before this work too), so the
	// browser zooms it out and the screen's coordinates are not the page's: Playwright's own tap finds the button.
	if (touch) return button.tap();
	await scrollToReach(page, button);
	await press(page, button, touch);
}

async function goOffline(context: BrowserContext): Promise<void> {
	await context.setOffline(true);
}

for (const screen of SCREENS) {
	test.describe(`offline reading (${screen.name})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		test('the modes a reader opened read again offline; one never opened says so, in the interface language', async ({ page, context, site }) => {
			const errors = watchErrors(page);
			await openAndKeep(page, `${site.origin}/en/${PAPER}/`, screen.touch);
			// Side by side, by the mode switch: swapped in by the reader's script, through the worker.
			await press(page, page.locator(`.mode-switch a[href$="/${PAPER}/parallel/"]`).first(), screen.touch);
			await expect(page).toHaveURL(new RegExp(`/en/${PAPER}/parallel/`));
			await expect.poll(() => isKept(page, `${site.origin}/en/${PAPER}/parallel/`)).toBe(true);

			await goOffline(context);
			await page.reload();
			await expect(page).toHaveURL(new RegExp(`/en/${PAPER}/parallel/`));
			await expectText(page, 'zh');
			await expectText(page, 'en');
			// A plain link to the first mode, offline.
			await page.goto(`${site.origin}/en/${PAPER}/`);
			await expectText(page, 'en');
			// The enhancements load offline too (kept as the page loaded them): the unit tools appear at the first move.
			await firstMove(page, screen.touch);
			await expect(page.locator('a.permalink').first()).toBeAttached();

			// Interleaved was never opened: an offline page in English, naming the pages that are kept.
			await page.goto(`${site.origin}/en/${PAPER}/interleaved/`);
			await expect(page.locator('h1')).toHaveText('You are offline');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			const keptLinks = page.locator('main li a');
			await expect(keptLinks).toHaveCount(2);
			// One of them, followed by a tap or a click, is read.
			await press(page, keptLinks.last(), screen.touch);
			await expect(page.locator('article.paper .text')).toBeVisible();
			// And in Chinese under the Chinese interface.
			await page.goto(`${site.origin}/zh/${PAPER}/interleaved/`);
			await expect(page.locator('h1')).toHaveText('无网络连接');
			await expect(page.locator('main')).toContainText('此页尚未保存在本设备上');
			await page.goto(`${site.origin}/zh-hant/${PAPER}/`);
			await expect(page.locator('h1')).toHaveText('無網絡連接');
			expect(errors).toEqual([]);
		});

		// On a phone, the keep by a tap and the state by the touch first move; the same pages read offline (a `goto`
		// each, as at 1440 px) under the Chinese interface only. At 1440 px, every interface; then the same kept paper
		// replaced by a new build, and removed (a test each before: the paper kept once instead of three times).
		if (screen.touch)
			test('keeping the paper on its about page: every mode reads offline, and the page says it is kept', async ({ page, context, site }) => {
				test.slow();
				const errors = watchErrors(page);
				await keepAndReadOffline(page, context, site.origin, true, ['zh']);
				expect(errors).toEqual([]);
			});
		else
			test('keeping the paper on its about page: every mode reads offline, and the page says it is kept; a new build replaces it; removing it', async ({
				page,
				context,
				siteCopy: site,
			}) => {
				// Three tests' steps, each given the time a test of its own had.
				test.setTimeout(90_000 + 90_000 + 30_000);
				const errors = watchErrors(page);
				await keepAndReadOffline(page, context, site.origin, false, ['zh', 'en', 'zh-hant']);
				await test.step('a new build replaces the kept paper: its pages are the new ones, the old copy is gone', async () => {
					await context.setOffline(false);
					const [oldCache] = await page.evaluate(() => caches.keys());
					expect(oldCache).toMatch(/^reader-offline-/);
					// The second build: a page changed, its worker written again from it.
					const file = join(site.dir, 'en', PAPER, 'parallel', 'index.html');
					writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>Edition 2 · '));
					const { build } = await writeServiceWorker(site.dir);
					expect(`reader-offline-${build}`).not.toBe(oldCache);
					// A visit online finds the new worker, which keeps the paper again from its own build, then drops the old cache.
					await page.reload();
					await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`reader-offline-${build}`]);
					await goOffline(context);
					await page.goto(`${site.origin}/en/${PAPER}/parallel/`);
					await expect(page).toHaveTitle(/^Edition 2 · /);
					await page.goto(`${site.origin}/en/${PAPER}/about/`);
					await firstMove(page, false);
					await expect(statusOf(page)).toHaveText(new RegExp(`^Kept for offline reading · version ${VERSION}`));
				});
				await test.step('removing the kept paper: the page says so, and its modes never opened online are no longer there offline', async () => {
					await context.setOffline(false);
					await page.reload();
					await firstMove(page, false);
					const button = page.locator('button.keep-offline');
					await expect(button).toHaveText('Remove');
					await pressKeep(page, false);
					await expect(button).toHaveText('Keep for offline reading');
					await expect(statusOf(page)).toHaveText('');
					await goOffline(context);
					await page.goto(`${site.origin}/en/${PAPER}/interleaved/`);
					await expect(page.locator('h1')).toHaveText('You are offline');
				});
				expect(errors).toEqual([]);
			});
	});
}

/**
 * Keeps the paper on its Chinese about page (a tap or a click), reads its pages under `interfaces` offline, and its
 * state offline on the English about page: a step each.
 */
async function keepAndReadOffline(
	page: Page,
	context: BrowserContext,
	origin: string,
	touch: boolean,
	interfaces: readonly ('zh' | 'en' | 'zh-hant')[],
): Promise<void> {
	await test.step('keeping on the about page: the page says it is kept', async () => {
		// Where the downloads are on the page, before and after the offer to keep comes (a reader reaching for an EPUB
		// then finds it where it was).
		const downloadsAt = (): Promise<number> => page.locator('#downloads-heading').evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
		await page.goto(`${origin}/zh/${PAPER}/about/`);
		const downloadsBefore = await downloadsAt();
		await openAndKeep(page, `${origin}/zh/${PAPER}/about/`, touch);
		const button = page.locator('button.keep-offline');
		await expect(button).toHaveText('保存以供离线阅读');
		expect(await downloadsAt(), 'the downloads stay where they were as the offer comes').toBe(downloadsBefore);
		await pressKeep(page, touch);
		await expect(statusOf(page)).toHaveText(new RegExp(`^已保存以供离线阅读 · 第 ${VERSION} 版 · \\d\\.\\d MB$`), { timeout: 30_000 });
		await expect(button).toHaveText('移除');
	});
	await test.step(`every mode reads offline (${interfaces.join(', ')})`, async () => {
		await goOffline(context);
		for (const ui of interfaces) {
			for (const mode of ['', 'zh/', 'en/', 'parallel/', 'interleaved/']) {
				if ((ui === 'en' && mode === 'en/') || (ui !== 'en' && mode === 'zh/')) continue;
				await page.goto(`${origin}/${ui}/${PAPER}/${mode}`);
				await expect(page.locator('article.paper .text'), `/${ui}/${PAPER}/${mode}`).toBeVisible();
			}
			await page.goto(`${origin}/${ui}/${PAPER}/glossary/`);
			await expect(page.locator('article.glossary'), `/${ui}/${PAPER}/glossary/`).toBeVisible();
		}
	});
	await test.step('search in the kept paper works offline, never used online: a result lands on its unit', async () => {
		// The keep alone brought the search's files (its runtime and the paper's range of the index): this reader never
		// searched before going offline.
		const ui = interfaces.at(-1)!;
		const url = `${origin}/${ui}/${PAPER}/`;
		await page.goto(url);
		await firstMove(page, touch);
		await press(page, page.locator('.search-open'), touch);
		await expect(page.locator('#search-input')).toBeFocused();
		// Committed at once, as an input method commits a word (typed a key at a time, the first results shown would be
		// those of its first characters, replaced as the rest came).
		await page.keyboard.insertText(ui === 'en' ? 'world picture' : ui === 'zh' ? '世界图景' : '世界圖景');
		const first = page.locator('#search-results [role="option"]').first();
		await expect(first).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
		const unit = await first.evaluate((option) => new URL((option as HTMLElement).dataset['href']!, location.href).hash);
		await press(page, first, touch);
		await expect(page).toHaveURL(new RegExp(`${unit}$`));
		await expect(page.locator(unit)).toBeInViewport();
	});
	await test.step('the state, offline, in English', async () => {
		await page.goto(`${origin}/en/${PAPER}/about/`);
		await firstMove(page, touch);
		await expect(statusOf(page)).toHaveText(new RegExp(`^Kept for offline reading · version ${VERSION} · \\d\\.\\d MB$`));
	});
}

test.describe('offline reading, at 1440 px', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('search in the paper works offline once its index was loaded', async ({ page, context, site }) => {
		const errors = watchErrors(page);
		await openAndKeep(page, `${site.origin}/en/${PAPER}/`, false);
		const search = async (): Promise<void> => {
			await page.keyboard.press('/');
			await page.locator('#search-input').fill('Sora');
			await expect(page.locator('#search-results [role="option"]').first()).toBeVisible({ timeout: 15_000 });
		};
		await search();
		await page.keyboard.press('Escape');
		// What the search loaded, kept (the worker keeps a copy after answering).
		for (const file of ['pagefind/pagefind.js', 'pagefind/en/pagefind-entry.json'])
			await expect.poll(() => isKept(page, `${site.origin}/${file}`), { message: `${file} is kept` }).toBe(true);
		await goOffline(context);
		await page.reload();
		await firstMove(page, false);
		await search();
		expect(errors).toEqual([]);
	});

	test('a page of another build is never kept by this one', async ({ page, context, siteCopy: site }) => {
		await openAndKeep(page, `${site.origin}/en/${PAPER}/`, false);
		// The host now serves a page this worker's build does not have (its worker not yet replaced).
		const file = join(site.dir, 'en', PAPER, 'interleaved', 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>Another build · '));
		await page.goto(`${site.origin}/en/${PAPER}/interleaved/`);
		await expect(page).toHaveTitle(/^Another build · /);
		await page.waitForTimeout(500);
		expect(await isKept(page, `${site.origin}/en/${PAPER}/interleaved/`)).toBe(false);
		await goOffline(context);
		await page.goto(`${site.origin}/en/${PAPER}/interleaved/`);
		await expect(page.locator('h1')).toHaveText('You are offline');
	});

	test('storage too small to keep the paper: the page says so, and reading goes on', async ({ page, context, site }) => {
		const errors = watchErrors(page);
		await page.goto(`${site.origin}/en/${PAPER}/`);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.origin, quotaSize: 200_000 });
		await firstMove(page, false);
		await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
		await page.goto(`${site.origin}/en/${PAPER}/about/`);
		await firstMove(page, false);
		await pressKeep(page, false);
		await expect(page.locator('section.offline [role="status"]')).toHaveText('Could not keep it: this device has not enough storage', { timeout: 30_000 });
		await expect(page.locator('button.keep-offline')).toHaveText('Try again');
		await page.goto(`${site.origin}/en/${PAPER}/parallel/`);
		await expectText(page, 'en');
		expect(errors).toEqual([]);
	});
});

/** A file of the paper, in the middle of what a keep fetches (its own pages come before the shared files). */
const MIDDLE_FILE = `/zh/${PAPER}/glossary/`;

/** Opens the paper's about page in English, with the worker in control, ready to keep. */
async function openAbout(page: Page, origin: string, touch: boolean): Promise<void> {
	await openAndKeep(page, `${origin}/en/${PAPER}/about/`, touch);
	await expect(page.locator('button.keep-offline')).toHaveText('Keep for offline reading');
}

/** Every text the status has shown from now on, in order. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
	await statusOf(page).evaluate((status) => {
		const seen: string[] = [];
		(window as unknown as { statusSeen: string[] }).statusSeen = seen;
		new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
	});
	return () => page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
}

/** Whether the cache of the worker now in control holds the note that the paper is kept (not an old build's cache, deleted). */
const markedKept = (page: Page): Promise<boolean> =>
	page.evaluate(async (paper) => {
		const names = await caches.keys();
		return names.length === 1 && Boolean(await (await caches.open(names[0]!)).match(`/~kept/${paper}`));
	}, PAPER);

/** The paper kept in the end, as the page says and as the cache holds it. */
async function expectKept(page: Page): Promise<void> {
	await expect(statusOf(page)).toHaveText(new RegExp(`^Kept for offline reading · version ${VERSION} · \\d\\.\\d MB$`), { timeout: 30_000 });
	await expect(page.locator('button.keep-offline')).toHaveText('Remove');
	await expect(page.locator('button.keep-offline')).toBeEnabled();
	expect(await markedKept(page)).toBe(true);
}

/**
 * In this test's copy of the site, the page's wait for a silent worker (`SILENCE` in offline.ts, 8 s: `8e3` once
 * in its bundle) becomes `seconds`, written in as many bytes (the worker's list of the site's files holds sizes).
 */
function shortenPageSilence(dir: string, seconds: number): void {
	const bundles = readdirSync(join(dir, '_astro')).filter((name) => /^offline-[\w-]+\.js$/.test(name));
	expect(bundles, 'one bundle of offline.ts in _astro/').toHaveLength(1);
	const file = join(dir, '_astro', bundles[0]!);
	const code = readFileSync(file, 'utf8');
	expect(code.match(/\b8e3\b/g), `${file}: the page waits 8 s (8e3), once, for a silent worker`).toHaveLength(1);
	writeFileSync(file, code.replace(/\b8e3\b/, `${seconds}e3`));
}

for (const screen of SCREENS) {
	test.describe(`keeping ends, kept or failed, never stalled (${screen.name})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });
		// Up to two keeps of the whole paper each, on a machine shared with other tests.
		test.describe.configure({ timeout: 90_000 });

		test('a file the network fails: the page says so once, offers to try again, and the second try keeps the paper', async ({ page, site }) => {
			const errors = watchErrors(page);
			await openAbout(page, site.origin, screen.touch);
			const failing = site.network.fail(MIDDLE_FILE);
			const seen = await recordStatus(page);
			await pressKeep(page, screen.touch);
			const failed = 'Could not keep it: the network failed; try again online';
			await expect(statusOf(page)).toHaveText(failed, { timeout: 30_000 });
			await expect(page.locator('button.keep-offline')).toHaveText('Try again');
			failing.restore();
			await pressKeep(page, screen.touch);
			await expectKept(page);
			const history = await seen();
			const failure = history.indexOf(failed);
			// The files still under way when the first failed end quietly: nothing is shown after the failure until the second try.
			expect(history[failure + 1], 'after the failure, the status changes only at the second try').toMatch(/^Keeping… \(0 of \d+\)$/);
			expect(errors).toEqual([]);
		});

		// The rest differ in what the network and the worker do, not in the reader's input (the first move, a tap or a
		// click on the same button, as above): at 1440 px with a mouse only.
		if (screen.touch) return;

		test('a file that never arrives: the keep fails by its deadline, and can be tried again', async ({ page, siteCopy: site }) => {
			await writeServiceWorker(site.dir, { fileDeadline: 1500 });
			await openAbout(page, site.origin, screen.touch);
			const held = site.network.hold(MIDDLE_FILE);
			await pressKeep(page, screen.touch);
			await expect(statusOf(page)).toHaveText('Could not keep it: the network failed; try again online', { timeout: 30_000 });
			await expect(page.locator('button.keep-offline')).toHaveText('Try again');
			await expect(page.locator('button.keep-offline')).toBeEnabled();
			held.release();
		});

		test('the worker falls silent while keeping (stopped, crashed): the page says keeping stopped, and the second try keeps the paper', async ({
			page,
			siteCopy: site,
		}) => {
			// A worker that never says it is alive, only each file kept, and a page that waits 2 s for a word (the site's
			// 8 s): once the files not held are kept, the page hears nothing, as from a worker the browser stopped. (Stopping
			// it for real, by the DevTools protocol, closed the page itself in some runs under load: Chromium's doing, not
			// the page's, and what the page sees is the same silence.)
			await writeServiceWorker(site.dir, { heartbeat: 3_600_000 });
			shortenPageSilence(site.dir, 2);
			await openAbout(page, site.origin, screen.touch);
			const held = site.network.hold(MIDDLE_FILE);
			await pressKeep(page, screen.touch);
			await expect(statusOf(page)).toHaveText(/^Keeping… \(\d+ of \d+\)$/);
			await expect(statusOf(page)).toHaveText('Could not keep it: keeping stopped before the end; try again', { timeout: 30_000 });
			held.release();
			await expect(page.locator('button.keep-offline')).toHaveText('Try again');
			await pressKeep(page, screen.touch);
			await expectKept(page);
		});

		test('the page closed and opened again while keeping: it shows the keep going on, then kept', async ({ page, site }) => {
			await openAbout(page, site.origin, screen.touch);
			const held = site.network.hold(MIDDLE_FILE);
			await pressKeep(page, screen.touch);
			await expect(statusOf(page)).toHaveText(/^Keeping… \(\d+ of \d+\)$/);
			await page.goto(`${site.origin}/en/${PAPER}/`);
			await page.goto(`${site.origin}/en/${PAPER}/about/`);
			await firstMove(page, screen.touch);
			await expect(statusOf(page)).toHaveText(/^Keeping… \(\d+ of \d+\)$/);
			await expect(page.locator('button.keep-offline')).toBeDisabled();
			held.release();
			await expectKept(page);
		});

		test('two tabs keep at once: both end showing the paper kept', async ({ page, context, site }) => {
			const other = await context.newPage();
			await openAbout(page, site.origin, screen.touch);
			await openAbout(other, site.origin, screen.touch);
			const held = site.network.hold(MIDDLE_FILE);
			// The reader goes to each tab to press its button. (Pressed in a tab behind another, the wheel that brings the
			// button into reach waited for frames the hidden tab does not paint: 6–8 s here.)
			await page.bringToFront();
			await pressKeep(page, screen.touch);
			await other.bringToFront();
			await pressKeep(other, screen.touch);
			await expect(statusOf(other)).toHaveText(/^Keeping… \(\d+ of \d+\)$/);
			held.release();
			await expectKept(page);
			await expectKept(other);
		});

		test('the network dropping while keeping: the page says so, and the paper keeps once back online', async ({ page, context, site }) => {
			await openAbout(page, site.origin, screen.touch);
			const held = site.network.hold(MIDDLE_FILE);
			await pressKeep(page, screen.touch);
			await expect(statusOf(page)).toHaveText(/^Keeping… \(\d+ of \d+\)$/);
			await goOffline(context);
			held.release();
			await expect(statusOf(page)).toHaveText('Could not keep it: the network failed; try again online', { timeout: 30_000 });
			await expect(page.locator('button.keep-offline')).toHaveText('Try again');
			await context.setOffline(false);
			await pressKeep(page, screen.touch);
			await expectKept(page);
		});
	});
}

test.describe('keeping while a new build arrives', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the worker replaced while keeping: the new one keeps the paper from its own build, and the page says so', async ({ page, context, siteCopy: site }) => {
		test.slow();
		const errors = watchErrors(page);
		await openAbout(page, site.origin, false);
		const [oldCache] = await page.evaluate(() => caches.keys());
		const held = site.network.hold(MIDDLE_FILE);
		// The page the new build changes: the old worker fetches it once the new build is there.
		const changed = site.network.hold(`/en/${PAPER}/parallel/`);
		await pressKeep(page, false);
		await expect(statusOf(page)).toHaveText(/^Keeping… \(\d+ of \d+\)$/);
		// A new build is published; the reader opens the paper in another tab, and the browser installs its worker.
		const file = join(site.dir, 'en', PAPER, 'parallel', 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>Edition 2 · '));
		const { build } = await writeServiceWorker(site.dir);
		const other = await context.newPage();
		await other.goto(`${site.origin}/en/${PAPER}/`);
		await expect
			.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state), { timeout: 60_000 })
			.toBe('installed');
		changed.release();
		await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 }).toEqual([`reader-offline-${build}`]);
		expect(oldCache).not.toBe(`reader-offline-${build}`);
		held.release();
		await expectKept(page);
		expect(errors).toEqual([]);
	});
});

/** How the page's registration of the service worker ended: refused (its script missing, aborted), none made (blocked), or made. */
type Registration = 'refused' | 'none' | 'registered';

/** Records in each page of `page` how its registration of the worker ends (`registrationEnded`), whoever's `register` it calls. */
async function watchRegistration(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const container = navigator.serviceWorker;
		const end = (how: Registration): void => void ((window as unknown as { registrationEnded: Registration }).registrationEnded = how);
		if (!container) return end('none');
		container.register = function (this: ServiceWorkerContainer, ...args: Parameters<ServiceWorkerContainer['register']>) {
			// The prototype's, looked up now: Playwright's own where it blocks service workers.
			const registering = ServiceWorkerContainer.prototype.register.apply(this, args);
			registering.then(
				(registration: ServiceWorkerRegistration | undefined) => end(registration ? 'registered' : 'none'),
				() => end('refused'),
			);
			return registering;
		};
	});
}

/** The page's registration of the worker has ended, and made none. */
async function expectNoRegistration(page: Page): Promise<void> {
	const ended = (): Promise<Registration | undefined> => page.evaluate(() => (window as unknown as { registrationEnded?: Registration }).registrationEnded);
	await expect.poll(ended, { message: 'the page tried to register the worker' }).toBeDefined();
	expect(await ended(), 'no worker registered').not.toBe('registered');
}

/** Reading, the enhancements and a plain link, as without a worker; nothing registered, no uncaught error. */
async function expectSiteAsToday(page: Page, origin: string, touch: boolean, errors: string[]): Promise<void> {
	// What the page does once its registration has failed; waited for, not given a time (one second before).
	await watchRegistration(page);
	await page.goto(`${origin}/en/${PAPER}/`);
	await expectText(page, 'en');
	await firstMove(page, touch);
	await expect(page.locator('a.permalink').first()).toBeAttached();
	await expectNoRegistration(page);
	expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
	const about = page.locator(`.colophon a[href$="/${PAPER}/about/"]`).first();
	await about.scrollIntoViewIfNeeded();
	await press(page, about, touch);
	await expect(page).toHaveURL(new RegExp(`/en/${PAPER}/about/$`));
	await firstMove(page, touch);
	// No worker to answer, so no offer (it comes once a worker has answered: offline.ts).
	await expectNoRegistration(page);
	await expect(page.locator('button.keep-offline')).toHaveCount(0);
	expect(errors).toEqual([]);
}

for (const screen of SCREENS) {
	test.describe(`without a service worker, the site as today (${screen.name})`, () => {
		test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

		test.describe('service workers blocked', () => {
			test.use({ serviceWorkers: 'block' });
			test('reading and links work', async ({ page, site }) => {
				await expectSiteAsToday(page, site.origin, screen.touch, watchErrors(page));
			});
		});

		// The worker failing otherwise asks nothing else of the reader's hand (the same taps as above): with a mouse only.
		if (screen.touch) return;

		test('the worker script missing (404)', async ({ page, siteCopy: site }) => {
			rmSync(join(site.dir, 'sw.js'));
			await expectSiteAsToday(page, site.origin, screen.touch, watchErrors(page));
		});

		test('the worker script aborted', async ({ page, context, site }) => {
			await context.route('**/sw.js', (route) => route.abort());
			await expectSiteAsToday(page, site.origin, screen.touch, watchErrors(page));
		});
	});
}

test.describe('the Cache API throwing in the page', () => {
	test.use({ viewport: { width: 1440, height: 900 } });
	test('reading, the offer to keep, and links work', async ({ page, context, site }) => {
		const errors = watchErrors(page);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'caches', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto(`${site.origin}/en/${PAPER}/`);
		await firstMove(page, false);
		await expect(page.locator('a.permalink').first()).toBeAttached();
		await page.goto(`${site.origin}/en/${PAPER}/about/`);
		await firstMove(page, false);
		await expect(page.locator('button.keep-offline')).toBeVisible();
		expect(errors).toEqual([]);
	});
});

const SERVICE_WORKER_SCOPE_NOTE = 'the worker is registered at the base of the site, so that it covers it';
test('the worker is registered at the site base, with its scope', async ({ page, site }) => {
	await openAndKeep(page, `${site.origin}/en/${PAPER}/`, false);
	const registration = await page.evaluate(async () => {
		const r = await navigator.serviceWorker.getRegistration();
		return { scope: r?.scope, script: r?.active?.scriptURL };
	});
	expect(registration, SERVICE_WORKER_SCOPE_NOTE).toEqual({ scope: `${site.origin}/`, script: `${site.origin}/sw.js` });
});

test('the worker script is never taken from a cache unasked, and the policy names it', async ({ request, site }) => {
	const response = await request.get(`${site.origin}/sw.js`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('no-cache');
	expect(response.headers()['content-type']).toBe('text/javascript; charset=utf-8');
	expect((await request.get(`${site.origin}/en/${PAPER}/`)).headers()['content-security-policy']).toContain("worker-src 'self'");
});
