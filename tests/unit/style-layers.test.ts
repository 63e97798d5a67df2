/**
 * Every stylesheet that puts rules in a cascade layer names the layers' order first, the order global.css gives: a
 * layer's place is where the document first names it, and a sheet that comes before global.css (the print sheet
 * does) would otherwise put its own layer lowest. Found when the print layer lost to the screen's side-by-side rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const STYLES = new URL('../../src/styles/', import.meta.url);
const ORDER = /^@layer [\w-]+(?:, [\w-]+)+;$/m;
const sheets = readdirSync(STYLES).filter((name) => name.endsWith('.css'));
const order = readFileSync(new URL('global.css', STYLES), 'utf8').match(ORDER)?.[0];

test('global.css names the layers’ order', () => {
	expect(order).toMatch(/ print;$/);
});

test.each(sheets)('%s names the layers’ order before its first layered rule, as global.css does', (name) => {
	const css = readFileSync(new URL(name, STYLES), 'utf8').replaceAll(/\/\*[\s\S]*?\*\//g, '');
	const firstBlock = css.search(/@layer [\w-]+\s*\{/);
	if (firstBlock === -1) return;
	const statement = css.match(ORDER);
	expect(statement?.[0], `${name}: its first @layer statement`).toBe(order);
	expect(statement!.index!, `${name}: the order comes before the first layered rule`).toBeLessThan(firstBlock);
});
