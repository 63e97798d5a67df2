/**
 * The id the URL's fragment names, decoded. A fragment is whatever the reader's link says (`#%`,
 * `#%E0%A4%A`): one that is not well-formed percent-encoding is taken as written, never an error.
 */
export function fragmentId(): string {
	const id = location.hash.slice(1);
	try {
		return decodeURIComponent(id);
	} catch {
		return id;
	}
}
