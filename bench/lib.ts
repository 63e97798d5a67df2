/** Shared by the benchmarks: a preview server of the built site and a browser. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_FLAGS, systemChromium } from '../tools/chromium.ts';

export const ROOT = new URL('../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

/** Serves dist/ as the tests do (tools/serve.ts, with its published headers) on `port`, and waits until it answers. */
export async function preview(port: number): Promise<{ url: string; stop: () => void }> {
	const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'tools/serve.ts'), '--port', String(port)], { cwd: ROOT, stdio: 'ignore', detached: true });
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	return { url, stop: () => process.kill(-server.pid!, 'SIGTERM') };
}

/** Chromium: the system's where there is one, else Playwright's (see tools/chromium.ts). */
export function launch(): Promise<Browser> {
	const system = systemChromium();
	return chromium.launch(system ? { executablePath: system, args: SYSTEM_CHROMIUM_FLAGS } : {});
}

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
