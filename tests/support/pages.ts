/** The built site, as the tests read it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { parseHtml } from '../../src/lib/html-tree.ts';
import { isReadingPath, parseRoute } from '../../src/lib/routes.ts';

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

/**
 * The pages a whole-page audit (axe, Lighthouse) needs: every kind of page once per interface, and each
 * reading mode at least once. The pages of one kind share their template and styles, and a reading page's
 * chrome is its interface's in every mode, so the other modes would repeat the same findings on the
 * longest pages. Per interface: its collection, glossary and about pages; its own reading page; and one
 * other mode: side by side under Chinese and Traditional Chinese, interleaved under English.
 */
export function auditedRoutes(): string[] {
	const otherMode = { zh: 'parallel', 'zh-hant': 'parallel', en: 'interleaved' } as const;
	return builtRoutes().filter((path) => {
		const route = parseRoute(path);
		if (route?.kind !== 'reading') return true;
		return path === `/${route.ui}/${route.paper}/` || route.mode === otherMode[route.ui];
	});
}

/** The landing page and the reading pages of `auditedRoutes()`. */
export const auditedReadingRoutes = (): string[] => ['/', ...auditedRoutes().filter(isReadingPath)];
