// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
	// Canonical URLs and the sitemap need an origin; the publisher sets SITE_URL.
	site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
	trailingSlash: 'always',
	integrations: [mdx(), searchIndex()],
	// The lazy scripts are built as standalone ES modules (see src/scripts/site.ts).
	vite: { worker: { format: 'es' } },
	build: { format: 'directory' },
	// The schema tests and the scaling benchmark build other content into other folders.
	outDir: process.env.ASTRO_OUT_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
