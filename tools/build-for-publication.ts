/**
 * The build for publication: `SITE_URL=https://texts.example.org npm run build:publish`.
 * Canonical URLs, hreflang, the sitemap, structured data, Open Graph and the
 * citation files all name the site's URL, so this build will not guess it:
 * it needs SITE_URL, a public origin, at the root of its host or under a
 * sub-path (a GitHub Pages project site, `https://owner.github.io/repo/`,
 * whose path is the base of every URL: src/lib/routes.ts), and after
 * building it checks that nothing in dist/ names a local address. `npm
 * start` and the tests build for http://127.0.0.1:4321 and need none of this.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { basePath } from '../src/lib/routes.ts';

/** IPv4 blocks that are not the public internet: this host, private networks, shared, link-local, benchmarking, multicast, reserved. */
const LOCAL_V4: readonly [string, number][] = [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.0.2.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15],
	['198.51.100.0', 24],
	['203.0.113.0', 24],
	['224.0.0.0', 3],
];

const v4Number = (address: string): number => address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const inV4Block = (address: string, [base, bits]: readonly [string, number]): boolean =>
	Math.floor(v4Number(address) / 2 ** (32 - bits)) === Math.floor(v4Number(base) / 2 ** (32 - bits));

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, hexadecimal, no embedded IPv4). */
function v6Groups(address: string): number[] {
	const [head = '', tail] = address.split('::');
	const part = (s: string): number[] => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
	const start = part(head);
	const end = part(tail ?? '');
	return tail === undefined ? start : [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
}

/**
 * Whether `hostname` (a URL's, so already normalised: IPv4 in dotted decimal, IPv6 in brackets and compressed)
 * names this machine or a private network rather than a public host: `localhost` and the names under it, the
 * special-use names (`.local`, `.internal`, `.home.arpa`), a name of one label, private and reserved IPv4
 * blocks, and every IPv6 address but global unicast outside the documentation block (so `[::]`, `[::1]`,
 * `[::ffff:127.0.0.1]`, `[fc00::1]`, `[fe80::1]` are local). A name is compared label by label, never as a
 * substring: `localhost-texts.org` is public.
 */
export function isLocalHost(hostname: string): boolean {
	if (hostname.startsWith('[')) {
		const groups = v6Groups(hostname.slice(1, -1));
		const first = groups[0] ?? 0;
		// Global unicast is 2000::/3; of it, 2001:db8::/32 documents examples.
		return (first & 0xe000) !== 0x2000 || (first === 0x2001 && groups[1] === 0x0db8);
	}
	if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) return LOCAL_V4.some((block) => inV4Block(hostname, block));
	const labels = hostname.replace(/\.$/, '').toLowerCase().split('.');
	const last = labels.at(-1) ?? '';
	return labels.length < 2 || ['localhost', 'local', 'internal', 'lan', 'test', 'invalid'].includes(last) || labels.slice(-2).join('.') === 'home.arpa';
}

/** Why `value` cannot be the public origin, or undefined if it can. */
export function originProblem(value: string | undefined): string | undefined {
	if (!value) return 'SITE_URL is not set: a publication build needs the public origin, e.g. SITE_URL=https://texts.example.org npm run build:publish';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return `SITE_URL=${value} is not a URL: give the public origin, e.g. https://texts.example.org`;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL=${value}: the origin must be http(s)`;
	if (isLocalHost(url.hostname)) return `SITE_URL=${value} is a local address, not a public origin`;
	if (url.search || url.hash) return `SITE_URL=${value}: give the site's URL alone, without a query or fragment (${url.origin}${url.pathname})`;
	return undefined;
}

/** The site's URL as the build takes it: the origin and the base path, with its trailing slash (`https://owner.github.io/repo/`). */
export const siteUrl = (value: string): string => new URL(basePath(value), value).href;

/** A URL of this machine, as a development build writes it (`http://127.0.0.1:4321/`, `//localhost:4321`): whole names only. */
const LOCAL_URL = /\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1?\]|0\.0\.0\.0)(?![\w.-])/i;

/** Text files of `dir` that name a local address, with the first line that does. */
export function localAddresses(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(html|xml|json|txt|bib|ris|tsv|js|css|webmanifest)$|_headers$/.test(entry.name))
		.flatMap((entry) => {
			const file = join(entry.parentPath, entry.name);
			const line = readFileSync(file, 'utf8')
				.split('\n')
				.find((l) => LOCAL_URL.test(l));
			return line ? [`${relative(dir, file)}: ${line.trim().slice(0, 120)}`] : [];
		});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const problem = originProblem(process.env['SITE_URL']);
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
	const site = siteUrl(process.env['SITE_URL']!);
	const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
	const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL: site } });
	if (build.status !== 0) process.exit(build.status ?? 1);
	const local = localAddresses(outDir);
	if (local.length > 0) {
		console.error(`The publication build names a local address:\n${local.map((l) => `  ${l}`).join('\n')}`);
		process.exit(1);
	}
	console.log(`Built for ${site} into ${outDir}/: no local address in it.`);
}
