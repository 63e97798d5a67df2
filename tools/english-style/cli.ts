/**
 * `npm run lint:english [paper …]`: the house-style problems of each paper's English (all papers
 * without arguments), one a line; exits 1 if there are any.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPaper, formatProblem } from './check.ts';

const papers = fileURLToPath(new URL('../../src/content/papers/', import.meta.url));
const ids = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(papers);
let count = 0;
for (const id of ids) {
	for (const problem of await checkPaper(`${papers}${id}`)) {
		console.log(formatProblem(problem));
		count++;
	}
}
console.log(count ? `${count} problem${count === 1 ? '' : 's'}` : 'no problems');
process.exitCode = count ? 1 : 0;
