/**
 * One style for relative imports: with the file's extension (`./model.ts`), which every runtime here
 * resolves: Vite and Astro, and Node itself, which runs the tools, benchmarks and test helpers as they
 * are and finds no module without it. Rewrites `from './x'` (and `import('./x')`) to `./x.ts` wherever
 * ./x.ts is a file; prints what it changed, or with --check only lists it and exits 1.
 *
 *   node tools/import-style.ts [--check] [files…]   (default: every .ts, .mjs and .astro file git knows)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((a) => a !== '--check');
const files = named.length > 0 ? named : execFileSync('git', ['ls-files', '*.ts', '*.mjs', '*.astro'], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** `from '…'`, `import '…'`, `import('…')` with a relative specifier and no query (`?inline`, `?worker&url`). */
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"?]+)\2/g;

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

let changed = 0;
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	const next = text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
		if (/\.[cm]?[jt]sx?$|\.astro$|\.json$|\.css$/.test(spec)) return whole;
		const base = join(dirname(file), spec);
		if (isFile(`${base}.ts`)) return `${lead}${quote}${spec}.ts${quote}`;
		if (isFile(join(base, 'index.ts'))) return `${lead}${quote}${spec}/index.ts${quote}`;
		return whole;
	});
	if (next === text) continue;
	changed++;
	console.log(file);
	if (!check) writeFileSync(file, next);
}
if (check && changed > 0) {
	console.error(`${changed} file(s) import without the extension: node tools/import-style.ts`);
	process.exitCode = 1;
}
