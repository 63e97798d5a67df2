/**
 * For browser tests that visit many pages in one browser page (a step each): what a page leaves behind for the
 * next, undone, so that each is met as on a first visit.
 */
import type { Page } from '@playwright/test';

/**
 * Leaves the page for a blank one (its scripts stop: a worker it was about to register is not), then clears its
 * origin's storage through the browser itself (Chromium's DevTools protocol): service workers, Cache Storage,
 * IndexedDB, local and session storage, cookies. Clearing from inside the page missed a registration still on its
 * way and left the caches (a stranger's review found 4 of 18 steps loading under the worker of the step before).
 */
export async function forget(page: Page): Promise<void> {
	const { origin } = new URL(page.url());
	await page.goto('about:blank');
	if (origin === 'null') return;
	const session = await page.context().newCDPSession(page);
	await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
	await session.detach();
}
