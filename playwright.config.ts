/**
 * Browser tests against the built site, served by `astro preview`.
 * Chromium: Playwright's own where it is installed; otherwise (machines that
 * cannot download it) the system's, found at $CHROMIUM_PATH or /usr/bin/chromium.
 */
import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUM_FLAGS, systemChromium } from './tools/chromium.ts';

// Another port for a second checkout's tests on the same machine (TEST_PORT).
const PORT = Number(process.env['TEST_PORT'] ?? 4327);
const system = systemChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	// Both cores of a CI machine (the default takes half of them).
	...(process.env['CI'] ? { workers: 2 } : {}),
	forbidOnly: Boolean(process.env['CI']),
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: system ? { executablePath: system, args: SYSTEM_CHROMIUM_FLAGS } : {},
			},
		},
	],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
	},
});
