/**
 * Loading the lazy modules so that a failure is never final: a module that
 * could not be fetched (offline, a flaky network) is forgotten and asked
 * for again, under a fresh URL, the next time it is needed, since the
 * browser keeps a failed module import as failed for the page's lifetime.
 */
const loading = new Map<string, Promise<unknown>>();
let failures = 0;

export function loadModule(url: string): Promise<unknown> {
	let module = loading.get(url);
	if (!module) {
		module = import(/* @vite-ignore */ failures ? `${url}?retry=${failures}` : url).catch((error: unknown) => {
			loading.delete(url);
			failures++;
			throw error;
		});
		loading.set(url, module);
	}
	return module;
}

/** Says, for a while, that what the reader asked for could not be loaded (`.load-failed` in Base.astro). */
export function sayLoadFailed(): void {
	const notice = document.querySelector<HTMLElement>('.load-failed');
	if (!notice) return;
	notice.hidden = false;
	setTimeout(() => (notice.hidden = true), 6000);
}
