/**
 * The local server (tools/serve.ts) under hostile requests: traversal out of
 * the site, the `_headers` file, malformed escapes, CR/LF and open redirects.
 * It serves a temporary site beside a sibling folder whose name starts with
 * the site's (`site-secret/` beside `site/`), on a free port of 127.0.0.1;
 * every request is raw (no client normalises the path) and bounded in time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSiteServer } from '../../tools/serve.ts';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

let folder: string;
let server: Server;
let port: number;

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'serve-test-'));
	const site = join(folder, 'site');
	mkdirSync(join(site, 'en'), { recursive: true });
	mkdirSync(join(folder, 'site-secret'));
	writeFileSync(join(site, 'index.html'), 'home');
	writeFileSync(join(site, '404.html'), 'not found');
	writeFileSync(join(site, 'en', 'index.html'), 'english');
	writeFileSync(join(site, '_headers'), '/*\n  X-Served-By: test\n');
	writeFileSync(join(folder, 'site-secret', 'secret.txt'), 'SECRET');
	writeFileSync(join(folder, 'outside.txt'), 'SECRET');
	server = createSiteServer(site);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise((done) => server.close(done));
	rmSync(folder, { recursive: true, force: true });
});

/** GET `path` exactly as written, from 127.0.0.1, within two seconds. */
function get(path: string, method = 'GET'): Promise<Reply> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method, timeout: 2000 }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
		});
		req.on('timeout', () => req.destroy(new Error(`${path}: no answer within 2 s`)));
		req.on('error', fail);
		req.end();
	});
}

test('serves the site, its directories with their slash, and its headers', async () => {
	expect(await get('/')).toMatchObject({ status: 200, body: 'home' });
	expect(await get('/en/')).toMatchObject({ status: 200, body: 'english', headers: { 'x-served-by': 'test' } });
	expect(await get('/en')).toMatchObject({ status: 301, headers: { location: '/en/' } });
	expect(await get('/missing')).toMatchObject({ status: 404, body: 'not found' });
});

test.each([
	'/..%2fsite-secret/secret.txt',
	'/..%2f..%2fsite-secret/secret.txt',
	'/en/..%2f..%2fsite-secret/secret.txt',
	'/%2e%2e/site-secret/secret.txt',
	'/..%5csite-secret/secret.txt',
	'/..%2foutside.txt',
	'/_headers',
	'/x/..%2f_headers',
	'/en/..%2f_headers',
	'//_headers',
	'/%2f_headers',
])('%s serves nothing outside the site, nor its _headers', async (path) => {
	const reply = await get(path);
	expect(reply.status).toBe(404);
	expect(reply.body).toBe('not found');
});

test.each(['/%E0%A4%A', '/%', '/%zz', '/en/%C0%AF', '/%00', '*'])('%s is a bad request, and the server stays up', async (path) => {
	expect((await get(path)).status).toBe(400);
	expect((await get('/')).status).toBe(200);
});

test.each([
	['/%2fevil.example/..%2fen', '/en/'],
	['//evil.example/..%2fen', '/en/'],
	['/%5cevil.example/..%2fen', '/en/'],
	['/en%0d%0aSet-Cookie:%20a=b/..%2fen', '/en/'],
	['/x%0d%0aLocation:%20evil.example/..%2f..%2fen', '/en/'],
	['/./en', '/en/'],
	['/en?q=%0d%0a', '/en/'],
])('%s redirects to a path of this site (%s), with no CR or LF', async (path, location) => {
	const reply = await get(path);
	expect(reply.status).toBe(301);
	expect(reply.headers['location']).toBe(location);
	expect(reply.headers['set-cookie']).toBeUndefined();
	expect((await get('/')).status).toBe(200);
});

test.each(['/en/%0A', '/%0A', '/en%0A/', '/en/%0D', '/nope%E2%80%A8', '/nope%E2%80%A9', '/missing', '/%E0%A4%A', '/en', '/%2fevil.example/..%2fen'])(
	'%s is answered with the site-wide headers',
	async (path) => {
		const reply = await get(path);
		expect(reply.headers['x-served-by'], `${reply.status}`).toBe('test');
	},
);

test.each(['/index.html/', '/index.html/.', '/en/index.html/'])('%s, a file named as a directory, is not found', async (path) => {
	expect(await get(path)).toMatchObject({ status: 404, body: 'not found' });
});

test.each(['POST', 'DELETE', 'OPTIONS', 'PUT'])('%s is not allowed, and says which methods are', async (method) => {
	const reply = await get('/', method);
	expect(reply.status).toBe(405);
	expect(reply.headers['allow']).toBe('GET, HEAD');
	expect(reply.headers['x-served-by']).toBe('test');
});

test('a redirect for a directory whose name needs escaping keeps it escaped, on this host', async () => {
	mkdirSync(join(folder, 'site', 'a\\b\r\n?#'));
	const reply = await get('/a%5Cb%0D%0A%3F%23');
	expect(reply.status).toBe(301);
	expect(reply.headers['location']).toBe('/a%5Cb%0D%0A%3F%23/');
	expect((await get(reply.headers['location'] as string)).status).toBe(404);
});
