/**
 * Serves the built site as a static host does, with the headers the build
 * wrote for hosts that read them (`dist/_headers`, Netlify's and Cloudflare
 * Pages' format: a path pattern, then its headers indented below), so that
 * `npm start`, the browser tests and the benchmarks all run under the
 * published Content-Security-Policy. Directories serve their index.html, a
 * directory without its slash is redirected, anything else is the 404 page.
 *
 *     node tools/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);

/** What a host would guess from the name; `_headers` may say more (a charset, a download's type). */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

/** The rules of a `_headers` file: `*` matches anything, including slashes. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

const server = createServer((request, response) => {
	const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
	let file = normalize(join(root, path));
	// Outside the site, or the headers file itself (which a host reads and does not serve): not found.
	if (!file.startsWith(root) || path === '/_headers') file = join(root, '__not_found__');
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			response.writeHead(301, { Location: `${path}/` }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	const found = existsSync(file) && statSync(file).isFile();
	const served = found ? file : join(root, '404.html');
	response.statusCode = found ? 200 : 404;
	response.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
	for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
	createReadStream(served).pipe(response);
});

server.listen(Number(values.port), values.host, () => console.log(`serving ${values.dir}/ at http://${values.host}:${values.port}/`));
