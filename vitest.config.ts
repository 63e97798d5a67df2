import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The schema tests run real builds, a few seconds each.
		testTimeout: 60_000,
	},
});
