/** The built site, as the tests read it. */
import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { parseHtml } from '../../src/lib/hast';

export const DIST = new URL('../../dist/', import.meta.url);

export function loadPage(path: string): Root {
	return parseHtml(readFileSync(new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, DIST), 'utf8'));
}
