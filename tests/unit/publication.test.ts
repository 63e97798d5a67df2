/**
 * The build for publication refuses to guess the site's origin
 * (tools/build-for-publication.ts): it stops before building anything; and
 * its scan for local addresses. tests/built/publication.test.ts builds for real.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { localAddresses, originProblem, siteUrl } from '../../tools/build-for-publication.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOOL = join(ROOT, 'tools/build-for-publication.ts');
const scratch = mkdtempSync(join(tmpdir(), 'publication-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a site URL is required and public, at the root of its host or under a sub-path', () => {
	expect(originProblem(undefined)).toMatch(/SITE_URL is not set/);
	expect(originProblem('texts.example.org')).toMatch(/not a URL/);
	expect(originProblem('http://127.0.0.1:4321')).toMatch(/local address/);
	expect(originProblem('https://localhost')).toMatch(/local address/);
	expect(originProblem('https://owner.github.io/repo/')).toBeUndefined();
	expect(originProblem('https://owner.github.io/repo/?x=1')).toMatch(/without a query/);
	expect(siteUrl('https://owner.github.io/repo')).toBe('https://owner.github.io/repo/');
	expect(siteUrl('https://texts.example.org')).toBe('https://texts.example.org/');
	expect(originProblem('https://texts.example.org')).toBeUndefined();
	expect(originProblem('https://texts.example.org/')).toBeUndefined();
});

test.each([
	'http://[::ffff:127.0.0.1]',
	'http://[::ffff:7f00:1]',
	'http://[::]',
	'http://[::1]:4321',
	'https://[fd12:3456::1]',
	'https://[fe80::1]',
	'http://0.0.0.0',
	'http://0x7f.1',
	'http://2130706433',
	'http://10.1.2.3',
	'http://172.20.0.1',
	'http://192.168.1.10',
	'http://169.254.169.254',
	'http://100.64.0.1',
	'https://localhost.',
	'https://texts.localhost',
	'https://LOCALHOST',
	'https://printer.local',
	'https://intranet',
	'https://router.home.arpa',
])('%s is not a public origin', (origin) => {
	expect(originProblem(origin)).toMatch(/local address/);
});

test.each([
	'https://localhost-texts.org',
	'https://texts-localhost.org',
	'https://localhost.texts.org',
	'https://93.184.215.14',
	'https://[2606:4700::6810:84e5]',
	'https://127.example.org',
])('%s is a public origin', (origin) => {
	expect(originProblem(origin)).toBeUndefined();
});

test('the scan for local addresses names URLs of this machine, not names that contain "localhost"', () => {
	const folder = mkdtempSync(join(scratch, 'scan-'));
	writeFileSync(join(folder, 'public.html'), '<a href="https://localhost-texts.org/en/">x</a> <a href="https://127.example.org/">y</a>');
	writeFileSync(join(folder, 'local.html'), '<link rel="canonical" href="http://127.0.0.1:4321/en/">');
	writeFileSync(join(folder, 'named.json'), '{"url":"http://localhost/en/"}');
	expect(localAddresses(folder).sort()).toEqual([
		'local.html: <link rel="canonical" href="http://127.0.0.1:4321/en/">',
		'named.json: {"url":"http://localhost/en/"}',
	]);
});

test('without SITE_URL, the publication build stops at once and says why', () => {
	const { SITE_URL: _, ...env } = process.env;
	const result = spawnSync(process.execPath, [TOOL], { cwd: ROOT, encoding: 'utf8', env });
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('SITE_URL is not set');
});
