/**
 * Compares the HTML of two builds, hashed asset names aside: for a change that must not change
 * the pages (a refactoring, the formatting commit). Prints each page that differs and the first
 * difference; exits 1 if any does.
 *
 *   node tools/compare-builds.ts <before-dist> <after-dist>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
	console.error('usage: node tools/compare-builds.ts <before-dist> <after-dist>');
	process.exit(2);
}

const pages = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
/** Vite names a bundle `name.HASH.js`: the hash changes with any byte of it, the name does not. */
const unhashed = (html: string): string => html.replace(/(\/_astro\/[\w.-]+?)[.-][\w-]{8}\.(js|css)/g, '$1.#.$2');

const [was, is] = [pages(before), pages(after)];
const faults: string[] = [];
for (const page of was.filter((p) => !is.includes(p))) faults.push(`${page}: gone`);
for (const page of is.filter((p) => !was.includes(p))) faults.push(`${page}: new`);
for (const page of was.filter((p) => is.includes(p))) {
	const [a, b] = [unhashed(readFileSync(join(before, page), 'utf8')), unhashed(readFileSync(join(after, page), 'utf8'))];
	if (a === b) continue;
	let at = 0;
	while (a[at] === b[at]) at++;
	faults.push(`${page}: differs at ${at}:\n  before …${a.slice(Math.max(0, at - 60), at + 60)}…\n  after  …${b.slice(Math.max(0, at - 60), at + 60)}…`);
}
console.log(faults.length === 0 ? `${was.length} pages, identical (hashed names aside)` : faults.join('\n'));
process.exitCode = faults.length === 0 ? 0 : 1;
