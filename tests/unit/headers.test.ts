/**
 * The Content-Security-Policy allows by hash only what the built pages run
 * (src/integrations/headers.ts): the page is parsed as a browser parses it,
 * so a title that spells a script, escaped where the page shows it, allows
 * nothing.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { inlineHashes } from '../../src/integrations/headers.ts';
import { escapeHtml } from '../../src/lib/escape.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const SITE_SCRIPT = 'var e=`settings`;try{document.documentElement.dataset.x=1}catch{}';
const SITE_STYLE = ':root{color:black}';
/** Applied when the reader has no script: a browser without it parses <noscript> as markup. */
const NOSCRIPT_STYLE = '.search-open { display: none; }';
const HOSTILE = '</title><script>alert(1)</script><style>*{}</style>';

/** A page as the build writes one, with the title wherever the layout puts it (escaped as the layout escapes it). */
const builtPage = (title: string): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta property="og:title" content="${escapeHtml(title)}">
<meta name="citation_title" content="${title.replaceAll('"', '&quot;')}">
<script type="application/ld+json">${JSON.stringify({ name: title }).replaceAll('<', '\\u003c')}</script>
<style>${SITE_STYLE}</style>
<script type="module">${SITE_SCRIPT}</script>
</head><body><!-- ${title.replaceAll('--', '')} --><h1>${escapeHtml(title)}</h1>
<noscript><script>alert(2)</script><style>${NOSCRIPT_STYLE}</style></noscript><textarea><script>alert(3)</script></textarea>
<a title='<script>alert(4)</script>' href="#x">x</a><script src="/_astro/reader.js"></script></body></html>`;

test('a title that spells a script and a style adds no hash: only what the page runs is allowed', () => {
	const hashes = inlineHashes([builtPage(HOSTILE)]);
	expect(hashes).toEqual({ scripts: [hash(SITE_SCRIPT)], styles: [hash(SITE_STYLE), hash(NOSCRIPT_STYLE)].sort() });
	expect(hashes.scripts).not.toContain(hash('alert(1)'));
	expect(inlineHashes([builtPage('From ChatGPT to Sora')])).toEqual(hashes);
});

test('every script a browser runs is hashed: classic, module, by its language, in SVG or a template; data blocks are not', () => {
	const page = `<!DOCTYPE html><html><head>
<script>classic()</script><script type="">empty()</script><script type=" Text/JavaScript ">mime()</script>
<script language="javascript">old()</script><script type="importmap">{"imports":{}}</script>
<script type="application/json">{"a":1}</script><script type="text/plain">not run</script><script language="vbscript">no()</script>
</head><body><svg><script>svg()</script><style>svg{}</style></svg><template><script>later()</script></template></body></html>`;
	const { scripts, styles } = inlineHashes([page]);
	expect(scripts).toEqual(['classic()', 'empty()', 'mime()', 'old()', '{"imports":{}}', 'svg()', 'later()'].map(hash).sort());
	expect(styles).toEqual([hash('svg{}')]);
});
