/** The built site in a browser, for the benchmarks (bench/) and the screenshots (tools/shots.ts): a server of dist/ and a Chromium. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_FLAGS, systemChromium } from './chromium.ts';

const ROOT = new URL('../', import.meta.url).pathname;

/** Serves `dir` (dist/) as the tests do (tools/serve.ts, with its published headers) on `port`, and waits until it answers. */
export async function preview(port: number, dir = join(ROOT, 'dist')): Promise<{ url: string; stop: () => void }> {
	const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'tools/serve.ts'), '--port', String(port), '--dir', dir], {
		cwd: ROOT,
		stdio: 'ignore',
		detached: true,
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	return {
		url,
		stop: () => {
			try {
				process.kill(-server.pid!, 'SIGTERM');
			} catch {
				// Gone already.
			}
		},
	};
}

/** Chromium: the system's where there is one, else Playwright's (see tools/chromium.ts). */
export function launch(): Promise<Browser> {
	const system = systemChromium();
	return chromium.launch(system ? { executablePath: system, args: SYSTEM_CHROMIUM_FLAGS } : {});
}
