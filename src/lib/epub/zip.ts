/**
 * An EPUB's container (OCF): a zip whose first entry is `mimetype`, stored
 * uncompressed and without extra fields, so that a reader can recognize the
 * file by its first bytes; the rest deflated (fflate).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { EPUB_TYPE } from './editions.ts';

/** The zip of `files` (path → text), `mimetype` first; every entry dated `modified`. */
export function ocfZip(files: Readonly<Record<string, string>>, modified: Date): Uint8Array {
	const entries: Zippable = { mimetype: [strToU8(EPUB_TYPE), { level: 0 }] };
	for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
	return zipSync(entries, { level: 9, mtime: modified });
}
