/**
 * For browser tests that visit many pages in one browser page (a step each): what a page leaves behind for the
 * next, undone, so that each is met as on a first visit.
 */
import type { Page } from '@playwright/test';

/** Unregisters the page's service worker (a paper's pages register one, which would serve the pages after) and clears its storage. */
export const forget = (page: Page): Promise<void> =>
	page.evaluate(async () => {
		for (const registration of (await navigator.serviceWorker?.getRegistrations()) ?? []) await registration.unregister();
		localStorage.clear();
		sessionStorage.clear();
	});
