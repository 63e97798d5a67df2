/**
 * Web storage that never throws. Reading `localStorage` throws where the
 * reader has blocked site data (a SecurityError), and a stored value may be
 * anything: the scripts go on without what they cannot read or keep.
 */
type Area = 'localStorage' | 'sessionStorage';

function area(name: Area): Storage | undefined {
	try {
		return window[name];
	} catch {
		return undefined;
	}
}

export function readStored(name: Area, key: string): string | null {
	try {
		return area(name)?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Keeps `value` under `key`, or forgets `key` when `value` is null. */
export function writeStored(name: Area, key: string, value: string | null): void {
	try {
		if (value === null) area(name)?.removeItem(key);
		else area(name)?.setItem(key, value);
	} catch {
		// Blocked or full: the preference lasts for this page only.
	}
}

/** A stored object of strings (the reader's settings), whatever is stored: its string fields, or nothing. */
export function readSettings(key: string): Record<string, string> {
	try {
		const value: unknown = JSON.parse(readStored('localStorage', key) ?? '{}');
		return typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) : {};
	} catch {
		return {};
	}
}
