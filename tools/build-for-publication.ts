/**
 * The build for publication: `SITE_URL=https://texts.example.org npm run build:publish`.
 * Canonical URLs, hreflang, the sitemap, structured data, Open Graph and the
 * citation files all name the site's origin, so this build will not guess
 * it: it needs SITE_URL, a public origin at the root of its host (every URL
 * of the site is root-relative), and after building it checks that nothing
 * in dist/ names a local address. `npm start` and the tests build for
 * http://127.0.0.1:4321 and need none of this.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
	if (/^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(url.hostname)) return `SITE_URL=${value} is a local address, not a public origin`;
	if (url.pathname !== '/' || url.search || url.hash) return `SITE_URL=${value}: the site is served from the root of its host; give the origin alone (${url.origin})`;
	return undefined;
}

/** Text files of `dir` that name a local address, with the first line that does. */
export function localAddresses(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(html|xml|json|txt|bib|ris|tsv|js|css|webmanifest)$|_headers$/.test(entry.name))
		.flatMap((entry) => {
			const file = join(entry.parentPath, entry.name);
			const line = readFileSync(file, 'utf8')
				.split('\n')
				.find((l) => /127\.0\.0\.1|localhost/.test(l));
			return line ? [`${relative(dir, file)}: ${line.trim().slice(0, 120)}`] : [];
		});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const problem = originProblem(process.env['SITE_URL']);
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
	const origin = new URL(process.env['SITE_URL']!).origin;
	const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
	const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL: origin } });
	if (build.status !== 0) process.exit(build.status ?? 1);
	const local = localAddresses(outDir);
	if (local.length > 0) {
		console.error(`The publication build names a local address:\n${local.map((l) => `  ${l}`).join('\n')}`);
		process.exit(1);
	}
	console.log(`Built for ${origin} into ${outDir}/: no local address in it.`);
}
