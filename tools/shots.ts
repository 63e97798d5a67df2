/**
 * Screenshots to look at, not a test: every reading mode in both interfaces,
 * the landing, glossary and about pages, at a phone's 390 px and a desktop's
 * 1440 px, light and dark, at the top and in the middle, with the
 * enhancements loaded; and the search dialog open on each screen. Run after
 * a build: `npm run shots [-- --out DIR] [-- --only SUBSTRING]`. Writes PNGs
 * outside the repository (default: $TMPDIR/bilingual-shots) and prints where.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, preview } from '../bench/lib.ts';
import { MODES, readingPath } from '../src/lib/routes.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const out = values.out ?? join(tmpdir(), 'bilingual-shots');
mkdirSync(out, { recursive: true });

const PAPER = 'chatgpt-sora';
const pages: { name: string; path: string }[] = [
	{ name: 'landing', path: '/' },
	...(['zh', 'en'] as const).flatMap((ui) => [
		...MODES.map((mode) => ({ name: `${ui}-${mode}`, path: readingPath(ui, PAPER, mode) })),
		{ name: `${ui}-glossary`, path: `/${ui}/${PAPER}/glossary/` },
		{ name: `${ui}-about`, path: `/${ui}/${PAPER}/about/` },
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
			const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch, colorScheme: scheme });
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
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.stop();
}
console.log(`${count} screenshots in ${out}`);
