/**
 * Browser tests against the built site, served as a host would serve it,
 * with its published headers (tools/serve.ts).
 * Chromium: Playwright's own where it is installed; otherwise (machines that
 * cannot download it) the system's, found at $CHROMIUM_PATH or /usr/bin/chromium.
 */
import { defineConfig, devices } from '@playwright/test';
import { SUB_PATH, TWO_PAPERS_PORT, TWO_PAPERS_URL } from './tests/support/sub-path.ts';
import { SYSTEM_CHROMIUM_FLAGS, systemChromium } from './tools/chromium.ts';

// Another port for a second checkout's tests on the same machine (TEST_PORT); the two-paper site on the next, under a sub-path.
const PORT = Number(process.env['TEST_PORT'] ?? 4327);
const system = systemChromium();
const chromium = { ...devices['Desktop Chrome'], launchOptions: system ? { executablePath: system, args: SYSTEM_CHROMIUM_FLAGS } : {} };

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	// Both cores of a CI machine (the default takes half of them).
	// On CI, both cores, and one retry: a test that passes only on its retry is reported as flaky, not hidden.
	...(process.env['CI'] ? { workers: 2, retries: 1 } : {}),
	forbidOnly: Boolean(process.env['CI']),
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// Recording a trace (a snapshot of the page at every step, and a screencast) about doubles the time a test
		// takes on the long reading pages. On CI, a test that fails is run again with one; here, every test keeps one
		// when it fails.
		trace: process.env['CI'] ? 'on-first-retry' : 'retain-on-failure',
	},
	projects: [
		{ name: 'chromium', use: chromium, testIgnore: ['two-papers.spec.ts', 'sub-path.spec.ts'] },
		// The site with a second paper, the fixture (tests/support/build-two-papers.ts), built and served under a sub-path
		// as GitHub Pages serves a fork: its own tests, and the journeys and searches tagged @sub-path walked there.
		{ name: 'two papers', use: { ...chromium, baseURL: TWO_PAPERS_URL }, testMatch: ['two-papers.spec.ts', 'sub-path.spec.ts'] },
		{ name: 'sub-path', use: { ...chromium, baseURL: TWO_PAPERS_URL }, testMatch: ['journeys.spec.ts', 'search.spec.ts'], grep: /@sub-path/ },
	],
	// The site's own server: the built files with the headers the build wrote (_headers), CSP included.
	webServer: [
		{ command: `node tools/serve.ts --port ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: !process.env['CI'] },
		{
			command: `node tools/serve.ts --port ${TWO_PAPERS_PORT} --dir dist-two-papers --base ${SUB_PATH}`,
			url: TWO_PAPERS_URL,
			reuseExistingServer: !process.env['CI'],
		},
	],
});
