/**
 * The guide's machinery, without a build: the keys table's bindings are the ones the inline script
 * answers to; an example naming a paper or unit that does not exist is found at its line; `guide` cannot
 * be a paper; every build error the editors' page lists still fails; the Traditional guide converts text,
 * never markup; every page is in both languages; the README stays short.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EDITOR_FAULTS, faultMessages } from '../../src/lib/guide/editor-faults.ts';
import { exampleProblems } from '../../src/lib/guide/examples.ts';
import { inertExample, traditionalHtml } from '../../src/lib/guide/hant.ts';
import { paperFromFiles } from '../../src/lib/paper/folder.ts';
import { ContentError } from '../../src/lib/paper/parse.ts';
import { SEARCH_OPEN_KEYS } from '../../src/scripts/key-bindings.ts';
import { isSearchShortcut } from '../../src/scripts/input-events.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the keys table cannot drift from the scripts', () => {
	const event = (init: { key: string; ctrlKey?: boolean; metaKey?: boolean }, typing = false) =>
		({ ctrlKey: false, metaKey: false, ...init, target: { closest: () => (typing ? {} : null) } }) as unknown as KeyboardEvent;
	test.each(SEARCH_OPEN_KEYS.map((k) => [JSON.stringify(k), k] as const))('search opens at %s', (_, binding) => {
		expect(isSearchShortcut(event(binding))).toBe(true);
	});
	test('and at nothing else', () => {
		for (const key of ['k', 'K', 'j', '?', 'Escape', 's']) expect(isSearchShortcut(event({ key })), key).toBe(false);
		expect(isSearchShortcut(event({ key: '/' }, true)), '/ in a text field').toBe(false);
	});
});

describe('a live example that names what is not there is found at its line', () => {
	const targets = new Map([['chatgpt-sora', new Set(['s1-p1', 'n1'])]]);
	const page = [
		'---',
		'title: T',
		'description: D',
		'order: 1',
		'---',
		"import LiveUnit from 'x';",
		'',
		'Text.',
		'',
		'<LiveUnit paper="chatgpt-sora" unit="s9-p9" />',
		'',
		'More <LiveCitation paper="nope" unit="s1-p1" /> text.',
		'',
		'<LiveUnit paper="chatgpt-sora" unit="s1-p1" />',
		'<DownloadRows file="tsv" />',
	].join('\n');
	const problems = exampleProblems(page, 'guide/en/x.mdx', targets);
	test('a unit that does not exist', () => {
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'guide/en/x.mdx',
				line: 10,
				column: 1,
				unit: 's9-p9',
				fault: expect.stringContaining('paper “chatgpt-sora” has no unit or note “s9-p9”'),
			}),
		);
	});
	test('a paper that does not exist, inline', () => {
		expect(problems).toContainEqual(expect.objectContaining({ line: 12, column: 6, fault: expect.stringContaining('there is no paper “nope”') }));
	});
	test('an example that names no paper', () => {
		expect(problems).toContainEqual(expect.objectContaining({ line: 15, fault: expect.stringContaining('names no paper') }));
	});
	test('and nothing else', () => expect(problems).toHaveLength(3));
});

test('no paper can be called “guide”: it is the guide’s route segment', () => {
	const fixture = `${ROOT}tests/fixtures/minimal-paper/`;
	const files = new Map(readdirSync(fixture).map((name) => [name, new Uint8Array(readFileSync(`${fixture}${name}`))]));
	expect(() => paperFromFiles('guide', 'papers/guide', files)).toThrow(ContentError);
	expect(() => paperFromFiles('guide', 'papers/guide', files)).toThrow(/the folder name “guide” cannot be a paper's id/);
});

test.each(EDITOR_FAULTS.map((fault) => [fault.what.en, fault] as const))('the editors’ page lists a fault that still fails: %s', (_, fault) => {
	const messages = faultMessages(fault, ROOT);
	expect(messages.length).toBeGreaterThan(0);
	for (const message of messages) expect(message).toMatch(/^src\/content\/papers\/[^:]+:\d+:\d+ {2}\S/);
});

describe('the Traditional guide', () => {
	test('converts the text between tags, never the markup', () => {
		expect(traditionalHtml('<h2 id="阅读方式" title="阅读">阅读方式</h2><p>检索<a href="/zh/">文库</a></p>')).toBe(
			'<h2 id="阅读方式" title="阅读">閱讀方式</h2><p>檢索<a href="/zh/">文庫</a></p>',
		);
	});
	test('leaves code and the live examples (which render the Traditional edition themselves) as they are', () => {
		const live = inertExample('<p id="s1-p1" data-unit lang="zh-TW">發布<a href="#n1">1</a></p>', '/zh-hant/p/');
		expect(traditionalHtml(`<pre><code>&lt;Zh&gt;第二段&lt;/Zh&gt;</code></pre>${live}<p>发布</p>`)).toBe(
			'<pre><code>&lt;Zh&gt;第二段&lt;/Zh&gt;</code></pre><p lang="zh-TW">發布<a href="/zh-hant/p/#n1">1</a></p><p>發布</p>',
		);
	});
});

test('every guide page is written in both languages', () => {
	const names = (lang: string) => readdirSync(`${ROOT}src/content/guide/${lang}`).sort();
	expect(names('zh')).toEqual(names('en'));
	for (const page of ['reading', 'searching', 'lookup', 'citing', 'accessibility', 'editors', 'translators']) expect(names('en')).toContain(`${page}.mdx`);
});

test('the README is read in two minutes: under 8 KB, the two commands at its top', () => {
	const readme = readFileSync(`${ROOT}README.md`, 'utf8');
	expect(statSync(`${ROOT}README.md`).size).toBeLessThan(8 * 1024);
	const top = readme.split('\n').slice(0, 8).join('\n');
	expect(top).toContain('npm install && npm start');
	expect(top).toContain('npm install && npm test');
});

test('the guide’s pages are routes, with the same page under every interface as their alternates (the sitemap’s and the head’s)', async () => {
	const { pageLinks } = await import('../../src/lib/alternates.ts');
	const { parseRoute, routePath } = await import('../../src/lib/routes.ts');
	expect(parseRoute('/zh/guide/')).toEqual({ kind: 'guide', ui: 'zh', page: undefined });
	expect(parseRoute('/zh-hant/guide/reading/')).toEqual({ kind: 'guide', ui: 'zh-hant', page: 'reading' });
	expect(routePath({ kind: 'guide', ui: 'en', page: 'citing' })).toBe('/en/guide/citing/');
	expect(pageLinks('/en/guide/reading/')).toEqual({
		canonical: '/en/guide/reading/',
		alternates: { 'zh-CN': '/zh/guide/reading/', en: '/en/guide/reading/', 'zh-TW': '/zh-hant/guide/reading/', 'x-default': '/zh/guide/reading/' },
	});
});
