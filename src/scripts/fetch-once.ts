/**
 * JSON the enhancements fetch from the site (a paper's aligned download, its
 * segment lengths): fetched once per page life and shared by every module
 * that asks; a failure is forgotten, so that the next ask tries again.
 */
const fetched = new Map<string, Promise<unknown>>();

/** The JSON at `url`; rejects if it cannot be had (the network, a status other than 2xx). */
export function fetchOnce<T>(url: string): Promise<T> {
	let known = fetched.get(url);
	if (!known) {
		known = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))));
		known.catch(() => fetched.delete(url));
		fetched.set(url, known);
	}
	return known as Promise<T>;
}
