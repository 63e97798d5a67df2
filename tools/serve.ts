/**
 * Serves the built site as a static host does, with the headers the build
 * wrote for hosts that read them (`dist/_headers`, Netlify's and Cloudflare
 * Pages' format: a path pattern, then its headers indented below), so that
 * `npm start`, the browser tests and the benchmarks all run under the
 * published Content-Security-Policy. Directories serve their index.html, a
 * directory without its slash is redirected, anything else is the 404 page.
 * A site built under a sub-path (`SITE_URL=https://owner.github.io/repo/`)
 * is served there, with `--base /repo/`: outside it, nothing is found, so
 * that a URL escaping the base fails as it would on the host.
 *
 *     node tools/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist] [--base /]
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

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
	'.epub': 'application/epub+zip',
};

export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

/** The rules of a `_headers` file: `*` matches anything, including slashes and line breaks (`%0A` decodes to one). */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replaceAll('*', '[^]*');
			rules.push({ pattern: new RegExp(`^${source}$`, 'u'), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** `text` percent-decoded, or undefined if it is not well-formed (`%E0%A4%A`): a bad request, never a crash. */
export function decodeSafely(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** A path as a Location header may carry it: every segment encoded (no CR, LF, `\`, `?` or `#` left), one leading slash. */
const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Whether `file` is `root` or below it: compared with a separator, so that `dist-other/` is not inside `dist/`. */
const isWithin = (root: string, file: string): boolean => file === root || file.startsWith(root + sep);

/** Whether `file` exists and is inside `root` once every link on the way is followed. */
function existsWithin(root: string, file: string): boolean {
	try {
		return isWithin(realpathSync(root), realpathSync(file));
	} catch {
		return false;
	}
}

export type Answer = { status: 301; location: string } | { status: 200 | 404; file: string; path: string } | { status: 400 };

/**
 * What to answer for a request's target: the file to serve (or the 404 page), a redirect to a directory's
 * slash, or a bad request. The path is decoded once, safely, and normalised as a URL path (dot segments
 * and repeated slashes resolved, so a redirect names this host: never `//other.host/`); the file it names
 * must resolve, links followed, inside `root`, and the `_headers` file (which a host reads, not serves) is not found.
 */
export function answer(root: string, target: string): Answer {
	const raw = target.split(/[?#]/, 1)[0]!;
	const decoded = raw.startsWith('/') ? decodeSafely(raw) : undefined;
	if (decoded === undefined || decoded.includes('\0')) return { status: 400 };
	const path = posix.normalize(decoded);
	const notFound = { status: 404, file: join(root, '404.html'), path } as const;
	let file = resolve(root, `.${path}`);
	if (!isWithin(root, file) || !existsWithin(root, file) || file === join(root, '_headers')) return notFound;
	if (statSync(file).isDirectory()) {
		if (!path.endsWith('/')) return { status: 301, location: `${encodePath(path)}/` };
		file = join(file, 'index.html');
	} else if (path.endsWith('/') || /\/\.{1,2}$/.test(decoded)) {
		// A file named as a directory (`/en/x/index.html/`): a static host has none, and relative URLs would resolve under it.
		return notFound;
	}
	return existsSync(file) && statSync(file).isFile() ? { status: 200, file, path } : notFound;
}

/**
 * The request target `target` as a path from the site's root (`/repo/en/?q` → `/en/?q`), the base's own path without
 * its slash (`/repo`) as a redirect to it, or undefined outside the base.
 */
export function underBase(base: string, target: string): string | { location: string } | undefined {
	if (base === '/') return target;
	const path = target.split(/[?#]/, 1)[0]!;
	if (path === base.slice(0, -1)) return { location: base };
	return target.startsWith(base) ? target.slice(base.length - 1) : undefined;
}

/** The site's server for the built files in `dir`, served under `base` (`/`, or a project site's `/repo/`), with the headers of its `_headers`. */
export function createSiteServer(dir: string, base = '/'): Server {
	const root = resolve(dir);
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	/** The `_headers` rules for a request: those of its path as sent and as decoded, so every answer (a 404, a 400, a redirect) carries the policy. */
	const applyHeaders = (response: ServerResponse, paths: string[]): void => {
		for (const rule of rules) if (paths.some((path) => rule.pattern.test(path))) for (const [name, value] of rule.headers) response.setHeader(name, value);
	};
	return createServer((request, response) => {
		const target = request.url ?? '/';
		const inSite = underBase(base, target);
		if (inSite === undefined || typeof inSite === 'object') {
			if (inSite) response.writeHead(301, { Location: inSite.location }).end();
			else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: the site is served under ${base}\n`);
			return;
		}
		const result = answer(root, inSite);
		applyHeaders(response, [target.split(/[?#]/, 1)[0]!, ...('path' in result ? [base + result.path.slice(1)] : [])]);
		// A static host answers GET and HEAD; anything else is not a way to read a page.
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
			return;
		}
		if (result.status === 400) {
			response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
			return;
		}
		if (result.status === 301) {
			response.writeHead(301, { Location: base + result.location.slice(1) }).end();
			return;
		}
		response.statusCode = result.status;
		// A download's rule names its type; the 404 page is HTML whatever the path asked for.
		if (result.status === 404 || !response.hasHeader('Content-Type'))
			response.setHeader('Content-Type', TYPES[extname(result.file)] ?? 'application/octet-stream');
		createReadStream(result.file)
			.on('error', () => (response.headersSent ? response.destroy() : response.end()))
			.pipe(response);
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4321' },
			host: { type: 'string', default: '127.0.0.1' },
			dir: { type: 'string', default: 'dist' },
			base: { type: 'string', default: '/' },
		},
	});
	const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	createSiteServer(values.dir, base).listen(Number(values.port), values.host, () =>
		console.log(`serving ${values.dir}/ at http://${values.host}:${values.port}${base}`),
	);
}
