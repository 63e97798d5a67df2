import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two layers: `tests/unit/` needs nothing built (`npm run test:unit`, the fast loop);
 * `tests/built/` reads the built site in dist/ or runs a build of its own (`npm run test:built`).
 * `npx vitest run` with no folder runs both (the second needs `npm run build` first).
 */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/built/**/*.test.ts'],
		// The builds in tests/built take a few seconds each, more on a busy machine.
		testTimeout: 60_000,
		// The test files of a worker share its modules instead of each importing them afresh (about a fifth of
		// `test:unit`'s time). No file leaves state behind for the next: tests/unit/sub-path.test.ts, the one that
		// re-imports modules under another SITE_URL, resets them after.
		isolate: false,
		// Alone, at least two workers: Vitest's default leaves a core free, which on a 2-core machine ran every file in
		// one worker, one after another (`npm run test:unit` 17 s alone; 13 s with two). Under `npm test`, which runs
		// two stages at a time (the unit tests beside the type check, the built tests beside the browser tests), one
		// each (tools/test.ts sets VITEST_WORKERS): a second worker would only take the other stage's core.
		maxWorkers: Number(process.env['VITEST_WORKERS']) || Math.max(2, availableParallelism() - 1),
	},
});
