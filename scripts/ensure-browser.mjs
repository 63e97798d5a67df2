// Makes sure the browser tests have a Chromium: the system's (Debian's
// `chromium`, or $CHROMIUM_PATH) where there is one, else Playwright's own,
// downloaded on first use. Machines without internet need the system one:
// `apt-get install chromium fonts-noto-cjk` (what .ci/run does).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(system)) process.exit(0);
if (existsSync(chromium.executablePath())) process.exit(0);
console.log('No Chromium found: installing Playwright’s (or install Debian’s: apt-get install chromium fonts-noto-cjk).');
execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
