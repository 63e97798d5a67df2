/** Screenshots of issue 27's work (not committed): the sheet, the card, the resume offer, at 390 and 1440 px, light and dark. */
import { launch } from '../bench/lib.ts';
const OUT = '/work/shots/reader-hand';
const URL = 'http://127.0.0.1:4461';
const b = await launch();
for (const [name, width, height, touch] of [['390', 390, 844, true], ['1440', 1440, 900, false]] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		const c = await b.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch, colorScheme: scheme });
		const p = await c.newPage();
		const settle = async () => { await p.mouse.move(3, 3); await p.mouse.move(6, 6); await p.locator('a.permalink').first().waitFor({ state: 'attached' }); };
		// The sheet (a narrow window on the desktop: the column is there at 1440).
		if (touch) {
			await p.goto(`${URL}/zh/chatgpt-sora/`);
			await settle();
			await p.evaluate(() => document.getElementById('s2-1-p2')!.scrollIntoView());
			await p.waitForTimeout(300);
			await p.screenshot({ path: `${OUT}/header-section-${name}-${scheme}.png` });
			await p.locator('.contents-open').tap();
			await p.waitForTimeout(300);
			await p.screenshot({ path: `${OUT}/sheet-${name}-${scheme}.png` });
			await p.goto(`${URL}/en/chatgpt-sora/`);
			await settle();
			await p.evaluate(() => document.getElementById('s3-2-p1')!.scrollIntoView());
			await p.waitForTimeout(300);
			await p.locator('.contents-open').tap();
			await p.waitForTimeout(300);
			await p.screenshot({ path: `${OUT}/sheet-en-${name}-${scheme}.png` });
		} else {
			await p.setViewportSize({ width: 1000, height: 900 });
			await p.goto(`${URL}/en/chatgpt-sora/`);
			await settle();
			await p.evaluate(() => document.getElementById('s2-1-p2')!.scrollIntoView());
			await p.waitForTimeout(300);
			await p.locator('.contents-open').click();
			await p.waitForTimeout(300);
			await p.screenshot({ path: `${OUT}/sheet-1000-${scheme}.png` });
			await p.setViewportSize({ width, height });
			await p.goto(`${URL}/zh/chatgpt-sora/`);
			await settle();
			await p.evaluate(() => document.getElementById('s2-1-p2')!.scrollIntoView());
			await p.waitForTimeout(300);
			await p.screenshot({ path: `${OUT}/contents-column-${name}-${scheme}.png` });
		}
		// The card.
		for (const ui of ['zh', 'en']) {
			await p.goto(`${URL}/${ui}/chatgpt-sora/`);
			await settle();
			const link = p.locator('.text a[href="glossary/#singularity"]').first();
			await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await p.waitForTimeout(200);
			if (touch) await link.tap(); else await link.click();
			await p.locator('#lookup .term-card').waitFor();
			await p.waitForTimeout(200);
			await p.screenshot({ path: `${OUT}/card-${ui}-${name}-${scheme}.png` });
		}
		// The resume offer.
		await p.evaluate(() => localStorage.setItem('reading-places', '{"chatgpt-sora":"s3-2-p2"}'));
		for (const ui of ['en', 'zh-hant']) {
			await p.goto(`${URL}/${ui}/chatgpt-sora/`);
			await settle();
			await p.locator('.resume-offer').waitFor();
			await p.screenshot({ path: `${OUT}/resume-${ui}-${name}-${scheme}.png` });
		}
		await c.close();
	}
}
await b.close();
console.log('done');
