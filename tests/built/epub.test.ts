/**
 * The built EPUBs: each passes epubcheck (the W3C's validator, Debian's
 * `epubcheck` package) with no error and no warning; each holds the text's
 * chapters the model makes (tests/unit/epub.test.ts checks those in detail);
 * each about page links every edition, and `_headers` serves it as
 * `application/epub+zip`. epubcheck runs once per file.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { parseHeaders } from '../../tools/serve.ts';
import { epubFiles } from '../../src/lib/epub/book.ts';
import { EPUB_EDITIONS, EPUB_TYPE, epubFileName } from '../../src/lib/epub/editions.ts';
import { findAll } from '../../src/lib/html-tree.ts';
import { LOCALES } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { aboutPath, downloadPath } from '../../src/lib/routes.ts';
import { DIST, loadPage } from '../support/pages.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const files = EPUB_EDITIONS.map((edition) => ({ edition, file: fileURLToPath(new URL(`.${downloadPath(epubFileName(PAPER, edition.id))}`, DIST)) }));

const onPath = (name: string): boolean => (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));

/**
 * How to run epubcheck: Debian's jar under `java` (its /usr/bin/epubcheck is the jar itself, which runs only where
 * binfmt knows jars), else an `epubcheck` on the PATH (Homebrew's wrapper). Absent, the test fails and says how to
 * get it, as it must not pass without checking.
 */
function epubcheck(): [string, string[]] {
	const jar = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';
	// A short-lived JVM: quick start-up rather than peak speed.
	if (existsSync(jar) && onPath('java')) return ['java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar]];
	if (onPath('epubcheck')) return ['epubcheck', []];
	throw new Error(
		'epubcheck is not installed: `sudo apt-get install epubcheck` (Debian, Ubuntu; .ci/run installs it), `brew install epubcheck`, or the jar from https://github.com/w3c/epubcheck/releases with EPUBCHECK_JAR=/path/to/epubcheck.jar',
	);
}

/** epubcheck's verdict on `file`: its exit code (1 on any error or warning, with --failonwarnings) and its report. */
const check = (file: string): Promise<{ code: number; output: string }> => {
	const [command, args] = epubcheck();
	return new Promise((resolve) => {
		execFile(command, [...args, file, '--failonwarnings'], { timeout: 280_000 }, (error, stdout, stderr) =>
			resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` }),
		);
	});
};

// One at a time: each run is a JVM's start-up, about 4 s of processor time, which runs in parallel gain nothing on a busy machine.
test.each(files.map(({ edition, file }) => [edition.id, file] as const))(
	'the %s EPUB passes epubcheck: no fatal error, no error, no warning',
	{ timeout: 300_000 },
	async (_, file) => {
		expect(existsSync(file), file).toBe(true);
		const { code, output } = await check(file);
		expect(output).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
		expect(code, output).toBe(0);
	},
);

test('each built EPUB holds the chapters, the glossary and the contents the model makes', () => {
	for (const { edition, file } of files) {
		const built = unzipSync(readFileSync(file));
		expect(Object.keys(built)[0]).toBe('mimetype');
		// Only the documents the site's address and the build's date do not enter: the text, the glossary, the contents.
		const made = epubFiles(paper, edition, new URL('https://example.org/'), new Date());
		const same = Object.keys(made).filter((path) => /EPUB\/(text[^/]*|glossary|nav)\.xhtml$/.test(path));
		expect(same.length).toBeGreaterThan(3);
		for (const path of same) expect(strFromU8(built[path]!), `${edition.id}: ${path}`).toBe(made[path]);
	}
});

test('the about page of every interface links each EPUB, served as application/epub+zip', () => {
	const headers = parseHeaders(readFileSync(new URL('_headers', DIST), 'utf8'));
	for (const ui of LOCALES) {
		const links = findAll(loadPage(aboutPath(ui, PAPER)), (el) => el.tagName === 'a' && String(el.properties['href']).endsWith('.epub'));
		expect(links.map((a) => a.properties['href'])).toEqual(EPUB_EDITIONS.map((e) => downloadPath(epubFileName(PAPER, e.id))));
		for (const a of links) expect(a.properties['type'], ui).toBe(EPUB_TYPE);
	}
	for (const edition of EPUB_EDITIONS) {
		const path = downloadPath(epubFileName(PAPER, edition.id));
		const type = headers.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Type'));
		expect(type, path).toEqual([['Content-Type', EPUB_TYPE]]);
	}
});
