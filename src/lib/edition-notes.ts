/**
 * The edition notes as HTML, wherever they are shown (the about page, the EPUB colophon): the editors'
 * Markdown prose, with `{license}` replaced by a link to the license set for the site (site-config.ts).
 */
import { escapeHtml } from './escape.ts';
import type { Lang } from './paper/model.ts';
import { renderMarkdownProse } from './paper/inline.ts';
import { EDITORS_LICENSE } from './site-config.ts';

/** `linkClass`: the class the page gives an outside link (the about page marks them `out`). */
export function editionNotesHtml(notes: string, lang: Lang, linkClass?: string): string {
	const cls = linkClass ? ` class="${linkClass}"` : '';
	const license = `<a${cls} href="${escapeHtml(EDITORS_LICENSE.url)}" rel="license" lang="en">${escapeHtml(EDITORS_LICENSE.name)}</a>`;
	return renderMarkdownProse(notes, lang).replaceAll('{license}', license);
}
