/**
 * Loading the lazy modules so that a failure is never final: a module that
 * could not be fetched (offline, a flaky network) is forgotten and asked
 * for again, under a fresh URL, the next time it is needed, since the
 * browser keeps a failed module import as failed for the page's lifetime.
 */
// A plain object rather than a Map: shorter in the inline script of every page (site.ts). Its keys are module
// URLs, which start with a slash: none is a name the object has of its own.
const loading: Record<string, Promise<unknown>> = {};
let failures = 0;

// (Arrow functions and one import(): a few bytes less in the inline script of every page.)
export const loadModule = (url: string): Promise<unknown> =>
	(loading[url] ??= import(/* @vite-ignore */ url + (failures ? `?retry=${failures}` : '')).catch((error: unknown) => {
		delete loading[url];
		failures++;
		throw error;
	}));

/** Says, for a while, that what the reader asked for could not be loaded (`.load-failed` in Base.astro). */
export const sayLoadFailed = (): void => {
	const notice = document.querySelector<HTMLElement>('.load-failed');
	if (!notice) return;
	notice.hidden = false;
	setTimeout(() => (notice.hidden = true), 6000);
};
