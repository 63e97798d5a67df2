/**
 * The service worker does not grow with the collection (issue #28, docs/offline.md): on the two-paper site
 * (tests/support/build-two-papers.ts), `sw.js` names none of the files a paper or a range of the search index
 * keeps (before, it listed every one: 40 KB for one paper, about 19 MB at 1,000); they are in the lists written
 * beside it, which are this build's (the manifest `sw.js` embeds is made from them). Run after
 * `npm run build:two-papers`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { offlineBuild } from '../../src/integrations/offline.ts';
import type { OfflineList } from '../../src/lib/offline.ts';

const SITE = fileURLToPath(new URL('../../dist-two-papers/', import.meta.url));

test.skipIf(!existsSync(SITE))('sw.js names no file of a paper or a range; each is in its list, written beside it by this build', () => {
	const worker = readFileSync(join(SITE, 'sw.js'), 'utf8');
	const { manifest, lists } = offlineBuild(SITE);
	expect(worker).toContain(manifest.build);
	expect(Object.keys(manifest.papers).sort()).toEqual(['chatgpt-sora', 'minimal-paper']);
	for (const [path, text] of Object.entries(lists)) {
		expect(readFileSync(join(SITE, path), 'utf8'), path).toBe(text);
		const files = Object.keys((JSON.parse(text) as OfflineList).files);
		expect(files.length, path).toBeGreaterThan(0);
		expect(
			files.filter((file) => worker.includes(`"${file}"`)),
			`${path}: files named in sw.js`,
		).toEqual([]);
	}
	// A paper's pages, its data and its range's index: in the lists, not in sw.js.
	const listed = Object.values(lists).flatMap((text) => Object.keys((JSON.parse(text) as OfflineList).files));
	for (const file of ['zh/chatgpt-sora/', 'alignment/minimal-paper.json', 'pagefind/zh/pagefind-entry.json']) expect(listed).toContain(file);
});
