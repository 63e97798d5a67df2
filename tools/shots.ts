/**
 * Screenshots to look at, not a test: every reading mode in every interface,
 * the landing, glossary and about pages, at a phone's 390 px and a desktop's
 * 1440 px, light and dark, at the top and in the middle, with the
 * enhancements loaded; the search dialog open on each screen; a word looked
 * up and a term's concordance. Run after
 * a build: `npm run shots [-- --out DIR] [-- --only SUBSTRING]`. Writes PNGs
 * outside the repository (default: $TMPDIR/bilingual-shots) and prints where.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, preview } from './built-site.ts';
import { LOCALES } from '../src/lib/i18n.ts';
import { aboutPath, glossaryPath, MODES, readingPath } from '../src/lib/routes.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const out = values.out ?? join(tmpdir(), 'bilingual-shots');
mkdirSync(out, { recursive: true });

const PAPER = 'chatgpt-sora';
const pages: { name: string; path: string }[] = [
	{ name: 'landing', path: '/' },
	...LOCALES.flatMap((ui) => [
		...MODES.map((mode) => ({ name: `${ui}-${mode}`, path: readingPath(ui, PAPER, mode) })),
		{ name: `${ui}-glossary`, path: glossaryPath(ui, PAPER) },
		{ name: `${ui}-about`, path: aboutPath(ui, PAPER) },
	]),
].filter((p) => !values.only || p.name.includes(values.only));

const screens = [
	{ name: '390', width: 390, height: 844, touch: true },
	{ name: '1440', width: 1440, height: 900, touch: false },
] as const;

const server = await preview(4390);
const browser = await launch();
let count = 0;
try {
	for (const screen of screens) {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({
				viewport: { width: screen.width, height: screen.height },
				hasTouch: screen.touch,
				isMobile: screen.touch,
				colorScheme: scheme,
			});
			const page = await context.newPage();
			for (const { name, path } of pages) {
				await page.goto(`${server.url}${path}`);
				await page.mouse.move(4, 4);
				await page.waitForTimeout(300);
				await page.screenshot({ path: join(out, `${name}-${screen.name}-${scheme}-top.png`) });
				await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
				await page.waitForTimeout(200);
				await page.screenshot({ path: join(out, `${name}-${screen.name}-${scheme}-middle.png`) });
				count += 2;
			}
			if (!values.only || 'search'.includes(values.only)) {
				await page.goto(`${server.url}${readingPath('zh', PAPER)}`);
				await page.keyboard.press('/');
				await page.locator('#search-input:focus').waitFor();
				await page.keyboard.type('世界图景');
				await page.locator('#search-results [role="option"]').first().waitFor();
				await page.screenshot({ path: join(out, `search-${screen.name}-${scheme}.png`) });
				count++;
			}
			if (!values.only || 'lookup'.includes(values.only)) {
				// A key term tapped in the Traditional edition side by side, then every occurrence marked.
				await page.goto(`${server.url}${readingPath('zh-hant', PAPER, 'parallel')}`);
				await page.mouse.move(4, 4);
				await page.locator('a.permalink').first().waitFor({ state: 'attached' });
				const point = await page.evaluate(() => {
					const walker = document.createTreeWalker(document.getElementById('intro-p1')!, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const at = node.textContent!.indexOf('世界圖景');
						if (at < 0) continue;
						node.parentElement!.scrollIntoView({ block: 'center' });
						const range = new Range();
						range.setStart(node, at);
						range.setEnd(node, at + 4);
						const box = range.getBoundingClientRect();
						return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
					}
					return undefined;
				});
				if (point) {
					if (screen.touch) await page.touchscreen.tap(point.x, point.y);
					else await page.mouse.click(point.x, point.y);
					await page.locator('#lookup .lookup-term').waitFor();
					await page.screenshot({ path: join(out, `lookup-${screen.name}-${scheme}.png`) });
					await page.locator('#lookup .lookup-mark').click();
					await page.locator('.concordance').waitFor();
					await page.waitForTimeout(200);
					await page.screenshot({ path: join(out, `concordance-${screen.name}-${scheme}.png`) });
					count += 2;
				}
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.stop();
}
console.log(`${count} screenshots in ${out}`);
