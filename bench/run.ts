/**
 * The benchmark (figures, not a test). Builds the site, then prints and
 * writes to bench/results/bench.json:
 * - build time, Astro and the search index apart;
 * - every page's HTML, CSS and JS, raw and gzipped, its text, and what it
 *   costs beyond the text; JavaScript that runs before the reader can read;
 * - layout: the blank share side by side, the phone's chrome, the leading
 *   of each script (bench/layout.ts);
 * - Lighthouse scores (performance, accessibility, best practices, SEO) of
 *   the landing page and every reading page, in the system's Chromium.
 * Options: --scale 1,10,50,100 builds that many copies of the paper into a
 * temporary folder and prints build time and index size per count, then
 * builds one paper with a paragraph of about 1 MB in each language;
 * --no-lighthouse skips Lighthouse; --only-scale measures the scaled
 * collections alone. Each scaled collection is also searched: the first
 * search's bytes and keystroke-to-results on its index (bench/search.ts).
 *
 *     npm run bench
 *     npm run bench -- --scale 1,10,50,100
 *     npm run bench -- --scale 1000 --only-scale
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { isReadingPath } from '../src/lib/routes.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { launch, preview } from '../tools/built-site.ts';
import { chromiumPath } from '../tools/chromium.ts';
import { measureLanding, printLanding } from './landing.ts';
import { measureLayout, printLayout } from './layout.ts';
import { measureSearch } from './search.ts';
import { DIST, filesBelow, ROOT } from './lib.ts';

const args = process.argv.slice(2);
const scale = args.includes('--scale') ? (args[args.indexOf('--scale') + 1] ?? '1,10,50,100').split(',').map(Number) : [];
const withLighthouse = !args.includes('--no-lighthouse');
/** --only-scale: the scaled collections alone, without the site's own build, pages, layout and Lighthouse. */
const onlyScale = args.includes('--only-scale');

/** Builds into `outDir` from `papersDir`; returns milliseconds, in all and for the search index. */
function build(env: Record<string, string> = {}): {
	totalMs: number;
	indexMs: number;
	astroMs: number;
	peakMemoryMB: number;
	cpuS: number;
	stages: Record<string, number>;
	afterFiles: string[];
} {
	const started = performance.now();
	// The peak resident memory of the largest process of the build, where GNU time is there to tell it.
	const timed = existsSync('/usr/bin/time');
	const [command, args] = timed ? ['/usr/bin/time', ['-f', 'peak-kb %M cpu-s %U %S', 'npx', 'astro', 'build']] : ['npx', ['astro', 'build']];
	const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
	const totalMs = Math.round(performance.now() - started);
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
	const indexMs = Number(/indexed \d+ units.* in (\d+) ms/.exec(run.stdout)?.[1] ?? NaN);
	const peakMemoryMB = Math.round(Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024);
	// CPU seconds (user and system): on a machine shared with other work, a fairer measure than the clock.
	const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(run.stderr);
	const cpuS = cpu ? Math.round(Number(cpu[1]) + Number(cpu[2])) : NaN;
	// Astro's log after the last file written (its lines timed to the second): the steps after the pages.
	const afterFiles = run.stdout
		.slice(run.stdout.lastIndexOf('├─'))
		.split('\n')
		.slice(1)
		.filter((line) => /^\d\d:\d\d:\d\d /.test(line));
	return { totalMs, indexMs, astroMs: totalMs - indexMs, peakMemoryMB, cpuS, stages: stages(run.stdout), afterFiles };
}

/**
 * Where a build's time went, from Astro's log: the files of each kind of route in all (Astro times each file it
 * writes: `/aids/{paper}/words.{ui}.json` counts as `aids/words.json`), and the steps it logs the start and end of.
 */
function stages(log: string): Record<string, number> {
	const byRoute: Record<string, number> = {};
	for (const [, path, amount, unit] of log.matchAll(/├─ (\S+) \(\+([\d.]+)(m?s)\)/g)) {
		const kind = path!
			.replace(/^\/(zh-hant|zh|en)\//, '/')
			.replace(/paper-\d+/g, '')
			.replace(/\.(zh-hant|zh|en)\./, '.')
			.replace(/index\.html$|\/$/g, '')
			.replace(/\/+/g, '/');
		const page = kind.startsWith('/downloads/') ? '/downloads' : kind;
		byRoute[page] = (byRoute[page] ?? 0) + Number(amount) * (unit === 's' ? 1000 : 1);
	}
	const at = (pattern: RegExp): number => {
		const [h, m, s] = (pattern.exec(log)?.[1] ?? '').split(':').map(Number);
		return h === undefined || m === undefined || s === undefined ? NaN : (h * 60 + m) * 60 + s;
	};
	const contentS = at(/(\d\d:\d\d:\d\d) \[content\] Synced content/) - at(/(\d\d:\d\d:\d\d) \[content\] Syncing content/);
	const top = Object.entries(byRoute)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 8);
	return { 'content (to the second)': contentS * 1000, ...Object.fromEntries(top.map(([kind, ms]) => [kind, Math.round(ms)])) };
}

/**
 * Copy `i` of the paper, under its own id (its folder's name) and with a title of its own: the collection page,
 * the search results and the social cards then tell the copies apart as they would different papers.
 */
function copyPaper(folder: string, i: number): void {
	cpSync(join(ROOT, 'src/content/papers/chatgpt-sora'), folder, { recursive: true });
	const mdx = join(folder, 'paper.mdx');
	const titled = readFileSync(mdx, 'utf8').replace(/^title:\n {2}zh: (.*)\n {2}en: "(.*)"$/m, `title:\n  zh: $1（${i}）\n  en: "$2 (${i})"`);
	if (!titled.includes(`（${i}）`)) throw new Error('bench: the paper\'s title is no longer where the scaling copies rename it (title: zh:, en: "…")');
	writeFileSync(mdx, titled);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const results: Record<string, unknown> = { date: new Date().toISOString() };

if (!onlyScale) await siteFigures();

/** The site's own build, its pages' weights, layout and Lighthouse. */
async function siteFigures(): Promise<void> {
	// Build ----------------------------------------------------------------------
	const buildTime = build();
	results['build'] = buildTime;
	console.log(`build: ${buildTime.totalMs} ms in all (Astro and its start-up ${buildTime.astroMs} ms, search index ${buildTime.indexMs} ms)`);

	// Pages ----------------------------------------------------------------------
	const pages = filesBelow(DIST)
		.map((f) => f.path)
		.filter((p) => p.endsWith('.html') && !p.startsWith('pagefind'))
		.sort();
	const weights = Object.fromEntries(pages.map((page) => [page, pageWeight(DIST, page)]));
	results['pages'] = weights;
	console.log('\npage                                      HTML raw/gz        CSS gz   JS at load gz  text gz   beyond text  blocking JS');
	for (const [page, w] of Object.entries(weights)) {
		console.log(
			`${page.padEnd(42)}${`${kb(w.html.raw)} / ${kb(w.html.gzip)}`.padEnd(19)}${kb(w.css.gzip).padEnd(9)}${kb(w.jsAtLoad.gzip).padEnd(15)}${kb(w.text.gzip).padEnd(10)}${kb(w.beyondText).padEnd(13)}${w.blockingScripts}`,
		);
	}
	const routeOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;
	const reading = Object.entries(weights).filter(([page]) => isReadingPath(routeOf(page)));
	const worst = reading.reduce((a, b) => (b[1].beyondText > a[1].beyondText ? b : a));
	console.log(
		`reading pages: at most ${kb(worst[1].beyondText)} beyond the text (${worst[0]}; budget 8.0 KB), at most ${kb(Math.max(...reading.map(([, w]) => w.jsAtLoad.gzip)))} of JavaScript at load (budget 4.0 KB)`,
	);
	const blocking = Object.values(weights).reduce((sum, w) => sum + w.blockingScripts, 0);
	console.log(`JavaScript that runs before the reader can read: ${blocking} render-blocking scripts (module scripts run after the page is parsed)`);
	const index = filesBelow(join(DIST, 'pagefind'));
	console.log(`search index: ${index.length} files, ${kb(index.reduce((s, f) => s + f.bytes, 0))}`);

	// Layout ---------------------------------------------------------------------
	{
		const server = await preview(4394);
		const browser = await launch();
		try {
			const layout = await measureLayout(browser, server.url);
			results['layout'] = layout;
			console.log('');
			printLayout(layout);
			const landing = await measureLanding(browser, server.url);
			results['landing'] = landing;
			printLanding(landing);
		} finally {
			await browser.close();
			server.stop();
		}
	}

	// Lighthouse -----------------------------------------------------------------
	if (withLighthouse) {
		const server = await preview(4392);
		const chrome = await chromeLauncher.launch({
			chromePath: chromiumPath(),
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
		});
		const scores: Record<string, Record<string, number>> = {};
		try {
			// The landing page and every reading page (each interface language, each mode).
			const readingPaths = pages.map(routeOf).filter(isReadingPath);
			for (const path of ['/', ...readingPaths]) {
				const run = await lighthouse(`${server.url}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				const categories = run?.lhr.categories ?? {};
				scores[path] = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
				console.log(
					`lighthouse ${path.padEnd(34)} ${Object.entries(scores[path]!)
						.map(([id, s]) => `${id} ${s}`)
						.join(' · ')}`,
				);
				// Below 100: which audits cost the points.
				const audits = run?.lhr.audits ?? {};
				for (const category of Object.values(categories).filter((c) => (c.score ?? 0) < 1)) {
					const lost = category.auditRefs
						.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
						.map((ref) => `${ref.id} ${audits[ref.id]?.displayValue ?? audits[ref.id]?.score}`);
					console.log(`           ${category.id}: ${lost.join(', ')}`);
				}
			}
		} finally {
			chrome.kill();
			server.stop();
		}
		results['lighthouse'] = scores;
	}
}

// Scaling --------------------------------------------------------------------
// Without the guide (GUIDE_DIR names a folder that is not there): its live examples name this site's paper,
// which the scaled builds do not have, and the figures are the papers'.
if (scale.length > 0) {
	const table: {
		copies: number;
		buildMs: number;
		indexMs: number;
		indexBytes: number;
		indexFiles: number;
		firstSearchBytes: number;
		keystrokeMedianMs: number;
		peakMemoryMB: number;
		cpuS: number;
		stages: Record<string, number>;
		collectionPageBytes: number;
	}[] = [];
	for (const copies of scale) {
		const scratch = mkdtempSync(join(tmpdir(), `bench-scale-${copies}-`));
		try {
			for (let i = 1; i <= copies; i++) copyPaper(join(scratch, 'papers', `paper-${i}`), i);
			const outDir = join(scratch, 'dist');
			const time = build({
				PAPERS_DIR: join(scratch, 'papers'),
				GUIDE_DIR: join(scratch, 'no-guide'),
				ASTRO_OUT_DIR: outDir,
				ASTRO_CACHE_DIR: join(scratch, 'cache'),
				// Astro holds its content store about three times over while it writes the pages (docs/scale.md), some
				// 2.7 GB of heap at 1,000 papers: room above V8's default limit (4.2 GB here), where it would collect without end.
				NODE_OPTIONS: [process.env['NODE_OPTIONS'], '--max-old-space-size=6144'].filter(Boolean).join(' '),
			});
			const collectionPage = statSync(join(outDir, 'zh/index.html')).size;
			const files = filesBelow(join(outDir, 'pagefind'));
			// A search that fails is printed as such: the build's figures stand without it.
			const search = await measureSearch(outDir, '/zh/paper-1/', 4397).catch((error: unknown) => {
				console.log(`scale ${copies} papers: the search could not be measured: ${String(error).split('\n')[0]}`);
				return { firstSearch: { bytes: NaN }, keystrokeToResults: { medianMs: NaN } };
			});
			table.push({
				copies,
				buildMs: time.totalMs,
				indexMs: time.indexMs,
				indexBytes: files.reduce((s, f) => s + f.bytes, 0),
				indexFiles: files.length,
				firstSearchBytes: search.firstSearch.bytes,
				keystrokeMedianMs: search.keystrokeToResults.medianMs,
				peakMemoryMB: time.peakMemoryMB,
				cpuS: time.cpuS,
				stages: time.stages,
				collectionPageBytes: collectionPage,
			});
			console.log(
				`scale ${String(copies).padStart(4)} papers: build ${time.totalMs} ms, ${time.cpuS} CPU s (index ${time.indexMs} ms, peak memory ${time.peakMemoryMB} MB), index ${kb(table.at(-1)!.indexBytes)} in ${files.length} files; first search ${kb(search.firstSearch.bytes)} sent, keystroke → results median ${search.keystrokeToResults.medianMs} ms; collection page ${kb(collectionPage)}`,
			);
			console.log(
				`  stages: ${Object.entries(time.stages)
					.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
					.join(', ')}`,
			);
			console.log(`  after the files:\n${time.afterFiles.map((line) => `    ${line}`).join('\n')}`);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	}
	results['scaling'] = table;

	// One paper with a paragraph of about 1 MB in each language (one sentence repeated, on one line: one segment).
	if (!onlyScale) hugeParagraph();
}

function hugeParagraph(): void {
	const scratch = mkdtempSync(join(tmpdir(), 'bench-scale-huge-'));
	try {
		const folder = join(scratch, 'papers', 'huge-paragraph');
		cpSync(join(ROOT, 'src/content/papers/chatgpt-sora'), folder, { recursive: true });
		const zh = '生成式人工智能改变了人类认识世界的方式。'.repeat(Math.ceil(2 ** 20 / 60));
		const en = 'Generative artificial intelligence changes the way humans know the world. '.repeat(Math.ceil(2 ** 20 / 76)).trim();
		const mdx = readFileSync(join(folder, 'paper.mdx'), 'utf8').replace('</Abstract>', `</Abstract>\n\n<P id="huge">\n<Zh>${zh}</Zh>\n<En>${en}</En>\n</P>`);
		if (!mdx.includes('<P id="huge">')) throw new Error('bench: found no </Abstract> to put the huge paragraph after');
		writeFileSync(join(folder, 'paper.mdx'), mdx);
		const outDir = join(scratch, 'dist');
		const time = build({
			PAPERS_DIR: join(scratch, 'papers'),
			GUIDE_DIR: join(scratch, 'no-guide'),
			ASTRO_OUT_DIR: outDir,
			ASTRO_CACHE_DIR: join(scratch, 'cache'),
		});
		const page = statSync(join(outDir, 'zh/huge-paragraph/parallel/index.html')).size;
		console.log(
			`scale 1 paper with a ${kb(Buffer.byteLength(zh) + Buffer.byteLength(en))} paragraph: build ${time.totalMs} ms (index ${time.indexMs} ms), side-by-side page ${kb(page)}`,
		);
		results['hugeParagraph'] = { paragraphBytes: Buffer.byteLength(zh) + Buffer.byteLength(en), buildMs: time.totalMs, indexMs: time.indexMs, pageBytes: page };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench/results/bench.json');
