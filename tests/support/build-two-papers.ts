/**
 * Builds the site the browser tests check with two papers: this project's
 * and the minimal fixture (tests/fixtures/minimal-paper, with the review
 * records of tests/fixtures/minimal-paper-reviews in its reviews/), into
 * dist-two-papers/, so that everything a paper has is tested on a paper
 * the code was not written around (tests/e2e/two-papers.spec.ts). Built
 * under a sub-path (tests/support/sub-path.ts), as a fork is published on
 * GitHub Pages, so that the same build tests the site there. Run by `npm
 * test` after the site's own build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TWO_PAPERS_URL } from './sub-path.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const papers = mkdtempSync(join(tmpdir(), 'two-papers-'));
try {
	cpSync(join(ROOT, 'src/content/papers/chatgpt-sora'), join(papers, 'chatgpt-sora'), { recursive: true });
	cpSync(join(ROOT, 'tests/fixtures/minimal-paper'), join(papers, 'minimal-paper'), { recursive: true });
	cpSync(join(ROOT, 'tests/fixtures/minimal-paper-reviews'), join(papers, 'minimal-paper', 'reviews'), { recursive: true });
	const build = spawnSync('npx', ['astro', 'build'], {
		cwd: ROOT,
		stdio: 'inherit',
		// This site takes error reports (tests/e2e/report.spec.ts), at an issue tracker; the main build takes none.
		env: {
			...process.env,
			REPORT_ISSUES_URL: 'https://github.com/example/bilingual-texts/issues/new',
			SITE_URL: TWO_PAPERS_URL,
			PAPERS_DIR: papers,
			ASTRO_OUT_DIR: join(ROOT, 'dist-two-papers'),
			ASTRO_CACHE_DIR: join(ROOT, 'node_modules/.astro-two-papers'),
		},
	});
	process.exitCode = build.status ?? 1;
} finally {
	rmSync(papers, { recursive: true, force: true });
}
