/**
 * The EPUB's zip (src/lib/epub/zip.ts), written with Node's zlib: read back by another zip reader (fflate), every
 * entry the same text, `mimetype` first and stored; every header the same as fflate's `zipSync` wrote for the same
 * files (the zip the books were before), the deflated data apart.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { expect, test } from 'vitest';
import { ocfZip } from '../../src/lib/epub/zip.ts';

const FILES = {
	'META-INF/container.xml': '<?xml version="1.0"?>\n<container/>\n',
	'EPUB/text.xhtml': `<p lang="zh-Hans">${'从ChatGPT到Sora：生成逻辑。'.repeat(400)}</p>\n`,
	'EPUB/style.css': '',
	'EPUB/nav.xhtml': '<nav>“quoted” &amp; <b>bold</b> 𠀀</nav>',
};
const MODIFIED = new Date(2026, 11, 7, 6, 45, 31);

/** The zip's records in order: each signature's offset and the fields fflate and this writer both fill, the data's length aside. */
function records(zip: Uint8Array) {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.length);
	const end = zip.length - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		const nameLength = view.getUint16(at + 28, true);
		const local = view.getUint32(at + 42, true);
		expect(view.getUint32(local, true)).toBe(0x04034b50);
		entries.push({
			name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
			central: [...zip.subarray(at + 4, at + 20), ...zip.subarray(at + 24, at + 42)],
			local: [...zip.subarray(local + 4, local + 18), ...zip.subarray(local + 22, local + 30)],
		});
		at += 46 + nameLength;
	}
	return entries;
}

test('the zip reads back as the files, `mimetype` first and stored', () => {
	const zip = ocfZip(FILES, MODIFIED);
	const read = unzipSync(zip);
	expect(Object.keys(read)).toEqual(['mimetype', ...Object.keys(FILES)]);
	expect(strFromU8(read['mimetype']!)).toBe('application/epub+zip');
	for (const [path, text] of Object.entries(FILES)) expect(strFromU8(read[path]!)).toBe(text);
	// Deflated: the repeated text is far smaller than it was.
	expect(zip.length).toBeLessThan(strToU8(FILES['EPUB/text.xhtml']).length / 10);
});

test('every header is as fflate wrote it: versions, flags, method, date, CRC, size, names, no extra field', () => {
	const entries: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
	for (const [path, text] of Object.entries(FILES)) entries[path] = strToU8(text);
	const before = records(zipSync(entries, { level: 9, mtime: MODIFIED }));
	const now = records(ocfZip(FILES, MODIFIED));
	expect(now.map((r) => r.name)).toEqual(before.map((r) => r.name));
	// The local headers' offsets differ with the deflated lengths: compared above only as pointing at a local header.
	expect(now.map((r) => [r.local, r.central])).toEqual(before.map((r) => [r.local, r.central]));
});

test('an entry name that is not ASCII, or a date a zip cannot hold, stops the build', () => {
	expect(() => ocfZip({ 'EPUB/文.xhtml': '' }, MODIFIED)).toThrow(/ASCII/);
	expect(() => ocfZip(FILES, new Date(1979, 0, 1))).toThrow(/cannot date/);
});
