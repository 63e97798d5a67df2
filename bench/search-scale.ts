/**
 * The first search at scale without building the site at scale (figures, not a test): the search index of
 * N copies of the built paper, written by the build's own code (`writeSearchIndex`,
 * src/integrations/search-index.ts) into a copy of dist/ (its files linked, its index replaced), then
 * measured as `npm run bench:search` measures the built site (`measureSearch`: bytes sent until the first
 * result of 李世石 is on the screen, keystroke to results over the query table).
 * Run after a build: `node bench/search-scale.ts --scale 1,100,1000 [--port 4471] [--reuse]` (`--reuse`: the index
 * the last run wrote, the rest of the site from dist/: a change to the search UI measured without indexing again). Writes
 * bench/results/search-scale.json; docs/search-at-scale.md records the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import type { AlignedDownload } from '../src/lib/downloads.ts';
import { DIST, filesBelow, ROOT } from './lib.ts';
import { measureSearch, printSearch, type SearchFigures } from './search.ts';

const PAPER = 'chatgpt-sora';

/** `count` copies of the paper: the first is the paper itself (its reading page is where the search is opened), the others each named and titled apart. */
function copies(paper: AlignedDownload, count: number): AlignedDownload[] {
	return Array.from({ length: count }, (_, k) =>
		k === 0 ? paper : { ...paper, paper: `${paper.paper}-${k}`, title: { ...paper.title, zh: `${paper.title.zh}（${k}）`, en: `${paper.title.en} (${k})` } },
	);
}

const { values } = parseArgs({
	options: { scale: { type: 'string', default: '1,100,1000' }, port: { type: 'string', default: '4471' }, reuse: { type: 'boolean', default: false } },
});
const paper = JSON.parse(readFileSync(join(DIST, 'downloads', `${PAPER}.json`), 'utf8')) as AlignedDownload;
const results: Record<string, { records: number | undefined; indexMs: number; pfMetaBytes: Record<string, number>; search: SearchFigures }> = {};
for (const count of values.scale.split(',').map(Number)) {
	const site = join(ROOT, 'bench/.search-scale', String(count));
	const index = join(ROOT, 'bench/.search-scale', `${count}.pagefind`);
	// `--reuse`: the index written by the last run (its writing takes minutes at 1,000 papers), with the site's other files afresh.
	const reused = values.reuse && existsSync(join(site, 'pagefind', 'ranges.json'));
	if (reused) renameSync(join(site, 'pagefind'), index);
	rmSync(site, { recursive: true, force: true });
	mkdirSync(join(site, '..'), { recursive: true });
	// Linked, not copied; the index is removed first, so that writing the new one leaves dist/'s alone.
	execFileSync('cp', ['-al', DIST, site]);
	rmSync(join(site, 'pagefind'), { recursive: true });
	const started = performance.now();
	let units: number | undefined;
	if (reused) renameSync(index, join(site, 'pagefind'));
	else units = (await writeSearchIndex(site, copies(paper, count))).units;
	const indexMs = reused ? 0 : Math.round(performance.now() - started);
	const pfMetaBytes = Object.fromEntries(
		(['zh', 'en'] as const).map((lang) => [lang, filesBelow(join(site, 'pagefind', lang)).find((f) => f.path.endsWith('.pf_meta'))?.bytes ?? 0]),
	);
	console.log(
		`\n${count} papers: ${reused ? 'the index of the last run' : `${units} records, indexed in ${indexMs} ms`}; pf_meta ${JSON.stringify(pfMetaBytes)} bytes`,
	);
	const search = await measureSearch(site, `/zh/${PAPER}/`, Number(values.port));
	printSearch(search);
	results[count] = { records: units, indexMs, pfMetaBytes, search };
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/search-scale.json'), `${JSON.stringify(results, null, 2)}\n`);
