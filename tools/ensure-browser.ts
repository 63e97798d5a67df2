// Makes sure the browser tests have a Chromium (see chromium.ts): the
// system's where there is one, else Playwright's own, downloaded on first
// use. Machines without internet need the system one:
// `apt-get install chromium fonts-noto-cjk` (what .ci/run does).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';

if (!existsSync(chromiumPath())) {
	console.log('No Chromium found: installing Playwright’s (or install Debian’s: apt-get install chromium fonts-noto-cjk).');
	execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
