/**
 * Which Chromium the browser tests, Lighthouse and the benchmarks drive:
 * the system's (Debian's `chromium`, or $CHROMIUM_PATH) where there is one,
 * for machines that cannot download a browser; else Playwright's own.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function systemChromium(): string | undefined {
	const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
	return existsSync(path) ? path : undefined;
}

/** The binary itself: the system's, else Playwright's (which may not be downloaded yet). */
export const chromiumPath = (): string => systemChromium() ?? chromium.executablePath();

/** Flags for the system's Chromium: no sandbox (CI runs as root), no background traffic on a machine without a network. */
export const SYSTEM_CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
