// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import offline from './src/integrations/offline.ts';
import guideExamples from './src/integrations/guide-examples.ts';
import searchIndex from './src/integrations/search-index.ts';
import { pageLinks } from './src/lib/alternates.ts';
import { basePath } from './src/lib/routes.ts';
import { reportConfig } from './src/lib/site-config.ts';

const SITE_URL = new URL(basePath(process.env.SITE_URL), process.env.SITE_URL ?? 'http://127.0.0.1:4321').href;

export default defineConfig({
	// Canonical URLs and the sitemap need the site's URL: the local server's for `npm start` and the tests; for
	// publication, SITE_URL, which `npm run build:publish` requires (tools/build-for-publication.ts). Its path is
	// the base every URL is built under (a project site, https://owner.github.io/repo/): src/lib/routes.ts reads it too.
	site: SITE_URL,
	base: basePath(SITE_URL),
	trailingSlash: 'always',
	integrations: [
		// The guide's pages (src/content/guide/), the editors' own MDX with components. The papers' paper.mdx is
		// not compiled by it: the content loader parses that strict subset into the model.
		// Code as plain text: highlighting would write a style attribute per token, which the CSP would have to list.
		mdx({ syntaxHighlight: false }),
		sitemap({
			// Canonical pages only, with the same alternates as their <head> (src/lib/alternates.ts).
			filter: (page) => pageLinks(new URL(page).pathname).canonical === new URL(page).pathname,
			serialize: (item) => {
				const { alternates } = pageLinks(new URL(item.url).pathname);
				return { ...item, links: Object.entries(alternates).map(([lang, path]) => ({ lang, url: new URL(path, item.url).href })) };
			},
		}),
		searchIndex(),
		// After the index (the service worker's manifest lists its files), before the headers (which name sw.js).
		offline(),
		headers(),
	],
	// The lazy scripts are built as standalone ES modules (see src/scripts/site.ts).
	// The guide's live examples name units and papers that must exist (src/integrations/guide-examples.ts).
	// Where "report an error" sends a reader, built into the reader's script (src/scripts/reader/report.ts): no page pays for it.
	// The base, built into the pages and scripts that make URLs (src/lib/routes.ts).
	// The look-up dictionary's thread, by its file in src/ (src/lib/paper/words-thread.ts: the bundle runs elsewhere).
	vite: {
		worker: { format: 'es' },
		plugins: [guideExamples()],
		define: {
			__REPORT_CONFIG__: JSON.stringify(reportConfig()),
			__SITE_BASE__: JSON.stringify(basePath(SITE_URL)),
			__WORDS_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/lib/paper/words-worker.ts', import.meta.url))),
		},
	},
	build: { format: 'directory' },
	// The schema tests and the scaling benchmark build other content into other folders.
	outDir: process.env.ASTRO_OUT_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
