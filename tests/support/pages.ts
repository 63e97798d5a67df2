/** The built site, as the tests read it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { parseHtml } from '../../src/lib/html-tree';

export const DIST = new URL('../../dist/', import.meta.url);

// The tests in tests/built read the build; without one, say so rather than fail on a missing file.
if (!existsSync(DIST)) throw new Error('No build in dist/: run `npm run build` first (tests/built reads the built site).');

export function loadPage(path: string): Root {
	return parseHtml(readFileSync(new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, DIST), 'utf8'));
}

/** Every HTML page of the built site (Pagefind's own files aside), as paths below dist/. */
export function builtPages(): string[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
		.sort();
}

/** Every page of the built site but the 404 page, as the URL that serves it. */
export function builtRoutes(): string[] {
	return builtPages()
		.filter((page) => page !== '404.html')
		.map((page) => `/${page.replace(/index\.html$/, '')}`);
}
