/**
 * Lighthouse's accessibility, best-practices and SEO audits of the landing
 * page, the reading pages of every interface and mode (tests/support/pages.ts,
 * auditedReadingRoutes) and the guide's two kinds of page under every interface: 100 in each, with the
 * failing audits named. Performance is measured by `npm run bench`, not here: it is a timing.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../../tools/chromium.ts';
import { parseRoute } from '../../src/lib/routes.ts';
import { auditedReadingRoutes, builtRoutes } from '../support/pages.ts';

// The guide's pages too: pages without a paper text, with live examples from it. Lighthouse reads a page as it
// loads (no reader's move, so without the enhancements): what differs between the guide's pages is their text,
// whose accessibility axe audits on every guide page (a11y.spec.ts) and whose links' wording the built tests
// check on every page (tests/built/links.test.ts), as they check the head's metadata and the HTML. So each
// interface's contents page, and its editors' page, which holds both kinds of live example (a citation, a unit).
const GUIDE_AUDITED = /^\/[^/]+\/guide\/(editors\/)?$/;
const routes = [...auditedReadingRoutes(), ...builtRoutes().filter((route) => parseRoute(route)?.kind === 'guide' && GUIDE_AUDITED.test(route))];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
/** These audits read the loaded page: no waiting for quiet, which only timings need, and no screenshots. */
const CONFIG = {
	extends: 'lighthouse:default',
	settings: {
		onlyCategories: CATEGORIES,
		disableFullPageScreenshot: true,
		pauseAfterFcpMs: 0,
		pauseAfterLoadMs: 0,
		networkQuietThresholdMs: 0,
		cpuQuietThresholdMs: 0,
	},
};

// Lighthouse drives a Chromium of its own, the same binary as the other tests.
let chrome: chromeLauncher.LaunchedChrome | undefined;
test.beforeAll(async () => {
	chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
	});
});
test.afterAll(() => chrome?.kill());

for (const route of routes) {
	test(`${route} scores 100 in accessibility, best practices and SEO`, async ({ baseURL }) => {
		const run = await lighthouse(new URL(route, baseURL).href, { port: chrome!.port, output: 'json', logLevel: 'error' }, CONFIG);
		const report = run?.lhr;
		if (!report) throw new Error(`Lighthouse returned nothing for ${route}`);
		expect(report.runtimeError, report.runtimeError?.message).toBeUndefined();
		const failing = CATEGORIES.flatMap((id) => report.categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && (report.audits[ref.id]?.score ?? 0) < 1)
			.map((ref) => `${ref.id}: ${report.audits[ref.id]?.title}`);
		expect(failing).toEqual([]);
		expect(Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]))).toEqual(
			Object.fromEntries(CATEGORIES.map((id) => [id, 100])),
		);
	});
}
