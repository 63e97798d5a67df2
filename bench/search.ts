/**
 * Search benchmark (figures, not a test): index size per language, bytes
 * sent for the first search (from opening search to the first results on
 * the screen, as a host sends them: text files gzipped, Pagefind's own
 * compressed index and WebAssembly as they are; and until the network is
 * quiet, the guide's sections and any candidates checked after the first
 * results included), and milliseconds from
 * keystroke to rendered results over the query table, in headless Chromium.
 * Run after a build: `npm run bench:search`. Writes bench/results/search.json.
 * bench/run.ts measures the same on its scaled collections (`measureSearch`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { SEARCH_QUERIES } from '../tests/search-queries.ts';
import { launch, preview } from '../tools/built-site.ts';
import { DIST, filesBelow, percentile, ROOT } from './lib.ts';

export interface SearchFigures {
	indexes: Record<string, { files: number; bytes: number }>;
	firstSearch: { requests: number; bytes: number; files: { url: string; bytes: number }[]; settledBytes: number };
	keystrokeToResults: { queries: number; medianMs: number; p95Ms: number };
}

/** Search on the site built into `dist`, from the reading page at `path` (searching 李世石 first). */
export async function measureSearch(dist: string, path: string, port: number): Promise<SearchFigures> {
	const sizes = Object.fromEntries(
		(['zh', 'en'] as const).map((lang) => {
			const files = filesBelow(join(dist, 'pagefind', lang));
			return [lang, { files: files.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0) }];
		}),
	);

	const server = await preview(port, dist);
	const browser = await launch();
	try {
		const page = await browser.newPage();
		const transferred: { url: string; bytes: number }[] = [];
		let counting = false;
		let lastActivity = 0;
		page.on('request', () => (lastActivity = performance.now()));
		page.on('requestfinished', () => (lastActivity = performance.now()));
		/** Until no request or response for a second: `networkidle`, once reached at load, is not waited for again. */
		const quiet = async () => {
			while (performance.now() - lastActivity < 1000) await page.waitForTimeout(200);
		};
		/** What a host serving gzip sends: text compressed, Pagefind's files (already compressed) and WebAssembly as they are. */
		const sent = (url: string, body: Buffer) => (/\.(js|json|css|html|svg)(\?|$)/.test(url) ? gzipSync(body, { level: 9 }).length : body.length);
		page.on('response', async (response) => {
			if (!counting) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			transferred.push({ url: new URL(response.url()).pathname, bytes: sent(response.url(), body) });
		});
		await page.goto(`${server.url}${path}`);
		await page.mouse.move(5, 5);
		await page.waitForLoadState('networkidle');
		// The reader's first move loads its scripts: not the search's.
		await quiet();

		// The first search: opening it, typing, results on screen.
		counting = true;
		await page.keyboard.press('/');
		await page.locator('#search-input').fill('李世石');
		// Generous: on a shared machine a large index's first search has taken longer than Playwright's 30 s default.
		await page.locator('#search-results [role="option"]').first().waitFor({ timeout: 180_000 });
		const shown = transferred.length;
		// What follows the first results (the guide's sections, a small collection's remaining candidates): until the network is quiet.
		await quiet();
		counting = false;
		const files = transferred.slice(0, shown);
		const firstSearch = {
			requests: files.length,
			bytes: files.reduce((a, b) => a + b.bytes, 0),
			files,
			settledBytes: transferred.reduce((a, b) => a + b.bytes, 0),
		};

		// Keystroke to rendered results, every query of the table (indexes warm).
		const timings: number[] = [];
		for (const { query } of SEARCH_QUERIES) {
			await page.locator('#search-input').fill('');
			await page.waitForTimeout(200);
			timings.push(
				await page.evaluate(
					(q) =>
						new Promise<number>((resolve) => {
							const input = document.getElementById('search-input') as HTMLInputElement;
							const status = document.getElementById('search-status')!;
							const started = performance.now();
							new MutationObserver((_, observer) => {
								observer.disconnect();
								resolve(performance.now() - started);
							}).observe(status, { childList: true, characterData: true, subtree: true });
							input.value = q;
							input.dispatchEvent(new Event('input'));
						}),
					query,
				),
			);
		}
		return {
			indexes: sizes,
			firstSearch,
			keystrokeToResults: { queries: timings.length, medianMs: Math.round(percentile(timings, 50)), p95Ms: Math.round(percentile(timings, 95)) },
		};
	} finally {
		await browser.close();
		server.stop();
	}
}

export function printSearch(result: SearchFigures): void {
	console.log('search index, per language (files the search loads):');
	for (const [lang, s] of Object.entries(result.indexes)) console.log(`  ${lang}: ${s.files} files, ${s.bytes} bytes`);
	console.log(
		`first search (open, type 李世石, first result shown): ${result.firstSearch.requests} requests, ${result.firstSearch.bytes} bytes sent (${(result.firstSearch.bytes / 1024).toFixed(1)} KB)`,
	);
	for (const file of result.firstSearch.files) console.log(`  ${file.url}: ${file.bytes} B`);
	console.log(`  until the network is quiet (the guide's sections included): ${(result.firstSearch.settledBytes / 1024).toFixed(1)} KB`);
	console.log(
		`keystroke → rendered results over ${result.keystrokeToResults.queries} queries: median ${result.keystrokeToResults.medianMs} ms, p95 ${result.keystrokeToResults.p95Ms} ms (searched at each keystroke, no debounce)`,
	);
}

// Alone: the built site.
if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await measureSearch(DIST, '/zh/chatgpt-sora/', 4391);
	mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
	writeFileSync(join(ROOT, 'bench/results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
	printSearch(result);
}
