/**
 * Characters that look like spaces are text: U+3000 (the ideographic space, and the two that indent a
 * Chinese paragraph), NBSP, U+2028 and U+FEFF stay as the source has them on the page, in every
 * download and in search. Only ASCII whitespace is collapsed. (Audit of issue 24, T2.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { type AlignedDownload, downloads } from '../../src/lib/downloads.ts';
import { parseHtml, textOf } from '../../src/lib/html-tree.ts';
import { paperFromFiles } from '../../src/lib/paper/folder.ts';
import { type InlineContext, renderInline } from '../../src/lib/paper/inline.ts';
import type { Paper } from '../../src/lib/papers.ts';
import { searchRecords } from '../../src/lib/search/records.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-paper/', import.meta.url));
const LABELS: NonNullable<InlineContext['labels']> = { note: (n) => `Note ${n}`, missingNote: ' (missing)', translatorNote: (n) => `Translator's note ${n}` };

/** The fixture paper with the second paragraph's texts replaced. */
function paperWith(zh: string, en: string): Paper {
	const files = new Map(readdirSync(FIXTURE).map((name) => [name, new Uint8Array(readFileSync(join(FIXTURE, name)))]));
	const mdx = new TextDecoder()
		.decode(files.get('paper.mdx'))
		.replace('<Zh>第二段。</Zh>', `<Zh>${zh}</Zh>`)
		.replace('<En>The second paragraph<Tn', `<En>${en}<Tn`);
	files.set('paper.mdx', new TextEncoder().encode(mdx));
	return paperFromFiles('kept', 'papers/kept', files, []);
}

/** The second paragraph's text on its page, in each download and in its search records. */
function everywhere(paper: Paper, lang: 'zh' | 'en'): Record<string, string> {
	const unit = paper.text.units.find((u) => u.id === 's1-p2')!;
	const page = textOf(parseHtml(renderInline(unit.text[lang], { paper: paper.text, lang, backTargets: true, labels: LABELS })));
	const files = downloads(paper, new URL('https://example.org/'), new Date('2026-01-01T00:00:00Z'));
	const json = JSON.parse(files['kept.json']!.body) as AlignedDownload;
	const row = json.units.find((u) => u.id === 's1-p2')!;
	const tsv = files['kept.tsv']!.body.split('\r\n').find((r) => r.startsWith('s1-p2\t'))!;
	const record = searchRecords(json).find((r) => r.url.endsWith('#s1-p2') && r.language === lang)!;
	return { page, json: row[lang], tsv, tmx: files['kept.tmx']!.body, search: record.content };
}

test.each([
	['a paragraph indented with two ideographic spaces', 'zh', '\u3000\u3000第二段。', '\u3000\u3000第二段。'],
	['an ideographic space inside a Chinese text', 'zh', '第二\u3000段。', '第二\u3000段。'],
	['a no-break space, raw and as &nbsp;', 'en', 'The second\u00a0para&nbsp;graph', 'The second\u00a0para\u00a0graph'],
	['a line separator and a zero-width no-break space', 'en', 'The second\u2028para\ufeffgraph', 'The second\u2028para\ufeffgraph'],
] as const)('%s is kept on the page, in the downloads and in search', (_, lang, written, shown) => {
	const paper = lang === 'zh' ? paperWith(written, 'The second paragraph') : paperWith('第二段。', written);
	for (const [where, text] of Object.entries(everywhere(paper, lang))) expect(text, where).toContain(shown);
});

test("translator's notes are in the downloads, marked editorial, and not in the units' search records; link addresses are in the JSON", () => {
	const paper = paperWith('第二段。', 'The [second](https://example.org/cited "A title") paragraph');
	const files = downloads(paper, new URL('https://example.org/'), new Date('2026-01-01T00:00:00Z'));
	const json = JSON.parse(files['kept.json']!.body) as AlignedDownload & { translatorNotes: unknown[]; links: unknown[] };
	expect(json.translatorNotes).toEqual([{ id: 'tn-second', unit: 's1-p2', en: "A translator's note.", editorial: true }]);
	expect(json.links).toContainEqual({ unit: 's1-p2', lang: 'en', text: 'second', url: 'https://example.org/cited', title: 'A title' });
	expect(files['kept.tsv']!.body).toContain("tn-second\ts1-p2\ttranslator-note\t\tA translator's note.\t\r\n");
	const record = searchRecords(json).find((r) => r.url.endsWith('#s1-p2') && r.language === 'en')!;
	expect(JSON.stringify(record)).not.toContain("A translator's note.");
});
