/**
 * Many pages or cases checked in one browser test, a step each (setting up a browser page for each took about as
 * long as checking it): each step keeps the time limit a test of its own had, a step that fails does not stop the
 * ones after it, and the test then fails naming every step that failed, so that one run reports every broken page.
 */
import { expect, test } from '@playwright/test';

/** Runs `check` on each item as a step titled `title(item)`, each within the test's own time limit. */
export async function eachStep<T>(items: readonly T[], title: (item: T) => string, check: (item: T) => Promise<void>): Promise<void> {
	const limit = test.info().timeout;
	// The whole: every step's own limit, and one more for the test's setting up and its end.
	test.setTimeout((items.length + 1) * limit);
	const failed: { name: string; error: string }[] = [];
	for (const item of items) {
		const name = title(item);
		try {
			await test.step(name, () => check(item), { timeout: limit });
		} catch (error) {
			// The step's own report holds the whole error; the test's, its first lines.
			const message = (error instanceof Error ? error.message : String(error)).replaceAll(/\u001b\[[\d;]*m/g, '');
			failed.push({ name, error: message.split('\n').slice(0, 16).join('\n') });
		}
	}
	const report = failed.map(({ name, error }) => `── ${name}\n${error}`).join('\n\n');
	expect(
		failed.map(({ name }) => name),
		`the steps that failed, each with its error:\n\n${report}\n\n`,
	).toEqual([]);
}
