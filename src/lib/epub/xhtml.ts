/**
 * XHTML for an EPUB: the document around a body, and the pass every body
 * goes through, which turns the site's HTML (from the same renderers as the
 * pages) into XML: void elements closed, each `lang` doubled as `xml:lang`
 * (EPUB reading systems read either), note markers typed as EPUB noterefs,
 * and links to an id in another file of the book pointed at that file.
 */
import { escapeHtml } from '../escape.ts';

/** A body to be written into `file`, given every id of the book and the file that holds it. */
export function finishBody(body: string, file: string, idFiles: ReadonlyMap<string, string>): string {
	return body
		.replace(/<br>/g, '<br/>')
		.replace(/ lang="([^"]*)"/g, ' lang="$1" xml:lang="$1"')
		.replace(/(<sup(?: class="is-missing")?>)<a /g, '$1<a epub:type="noteref" role="doc-noteref" ')
		.replace(/ href="#([^"]+)"/g, (_, id: string) => {
			const target = idFiles.get(id);
			// A link to nothing would be a broken book: the build stops instead.
			if (target === undefined) throw new Error(`EPUB: ${file} links to #${id}, which no file of the book holds`);
			return ` href="${target === file ? '' : target}#${id}"`;
		});
}

/** Every id a body defines. */
export const idsOf = (body: string): string[] => [...body.matchAll(/ id=["]([^"]+)"/g)].map((m) => m[1]!);

/** An XHTML content document of the book. */
export function xhtmlDocument(options: { lang: string; title: string; body: string; bodyType?: string }): string {
	const { lang, title, body, bodyType } = options;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<!DOCTYPE html>',
		`<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">`,
		'<head>',
		'<meta charset="UTF-8"/>',
		`<title>${escapeHtml(title)}</title>`,
		'<link rel="stylesheet" type="text/css" href="style.css"/>',
		'</head>',
		`<body${bodyType ? ` epub:type="${bodyType}"` : ''}>`,
		body,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
