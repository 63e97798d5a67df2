/**
 * Landing on a sentence (figures, not a test): a segment permalink
 * (`#s2-1-p3.2`) and a search result's arrival (its unit, with the words to
 * mark), each opened afresh five times at 1440 px. Prints whether the
 * paragraph was on the screen at the first frame drawn, how far the page
 * moved after it, and the milliseconds from the load event to the sentence
 * marked (median). Run by `npm run bench`, or alone after a build:
 * `node bench/landing.ts`.
 */
import type { Browser } from '@playwright/test';
import { HIGHLIGHT_KEY } from '../src/scripts/storage-keys.ts';
import { launch, preview } from '../tools/built-site.ts';
import { percentile } from './lib.ts';

export interface LandingFigures {
	case: string;
	inViewAtFirstFrame: boolean;
	movedPx: number;
	markedAfterLoadMs: number;
}

const CASES = [
	{ case: 'segment permalink #s2-1-p3.2, Chinese', path: '/zh/chatgpt-sora/#s2-1-p3.2', unit: 's2-1-p3', search: undefined },
	{ case: 'segment permalink #s2-1-p3.2, side by side', path: '/en/chatgpt-sora/parallel/#s2-1-p3.2', unit: 's2-1-p3', search: undefined },
	{ case: 'search result 李世石 → #s1-p1', path: '/zh/chatgpt-sora/#s1-p1', unit: 's1-p1', search: ['李世石'] },
];

export async function measureLanding(browser: Browser, origin: string): Promise<LandingFigures[]> {
	const figures: LandingFigures[] = [];
	for (const c of CASES) {
		const runs: { first: boolean; moved: number; ms: number }[] = [];
		for (let i = 0; i < 5; i++) {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript(
				({ unit, terms, key }) => {
					if (terms) sessionStorage.setItem(key, JSON.stringify({ unit, terms }));
					const record = { frames: [] as { y: number; top: number | null }[], marked: NaN };
					(window as unknown as { landing: typeof record }).landing = record;
					const frame = () => {
						const observer = new ResizeObserver(() => {
							observer.disconnect();
							record.frames.push({ y: scrollY, top: document.getElementById(unit)?.getBoundingClientRect().top ?? null });
						});
						observer.observe(document.documentElement);
						if (Number.isNaN(record.marked)) requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
					new MutationObserver(() => {
						if (Number.isNaN(record.marked) && document.querySelector('.seg[data-mark]')) record.marked = performance.now();
					}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-mark'] });
				},
				{ unit: c.unit, terms: c.search, key: HIGHLIGHT_KEY },
			);
			await page.goto(`${origin}${c.path}`);
			await page.waitForFunction(() => !Number.isNaN((window as unknown as { landing: { marked: number } }).landing.marked), undefined, { timeout: 10_000 });
			const { frames, marked, load, header } = await page.evaluate(() => ({
				...(window as unknown as { landing: { frames: { y: number; top: number | null }[]; marked: number } }).landing,
				load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
				header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
			}));
			const drawn = frames.filter((f) => f.top !== null);
			const first = drawn[0];
			runs.push({
				first: first !== undefined && first.top! >= header - 60 && first.top! < 900 / 2,
				moved: drawn.length ? Math.max(...drawn.map((f) => f.y)) - Math.min(...drawn.map((f) => f.y)) : NaN,
				ms: marked - load,
			});
			await context.close();
		}
		figures.push({
			case: c.case,
			inViewAtFirstFrame: runs.every((r) => r.first),
			movedPx: Math.round(Math.max(...runs.map((r) => r.moved))),
			markedAfterLoadMs: Math.round(
				percentile(
					runs.map((r) => r.ms),
					50,
				),
			),
		});
	}
	return figures;
}

export function printLanding(figures: LandingFigures[]): void {
	for (const f of figures) {
		console.log(
			`landing, ${f.case}: paragraph in view at the first frame ${f.inViewAtFirstFrame ? 'yes' : 'no'}, moved ${f.movedPx} px after it, sentence marked ${f.markedAfterLoadMs} ms after load (median of 5)`,
		);
	}
}

// Alone: the built site.
if (import.meta.url === `file://${process.argv[1]}`) {
	const origin = process.argv[2];
	const server = origin ? undefined : await preview(4398);
	const browser = await launch();
	try {
		printLanding(await measureLanding(browser, origin ?? server!.url));
	} finally {
		await browser.close();
		server?.stop();
	}
}
