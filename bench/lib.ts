/** Shared by the benchmarks: where the built site is, and the arithmetic (the server and the browser are tools/built-site.ts). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

/** Every file below `dir`, with its size. */
export function filesBelow(dir: string): { path: string; bytes: number }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((path) => ({ path, full: join(dir, path) }))
		.filter(({ full }) => statSync(full).isFile())
		.map(({ path, full }) => ({ path, bytes: statSync(full).size }));
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
