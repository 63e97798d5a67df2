/**
 * The book's stylesheet: little, since a reading system sets the faces and
 * sizes its reader chose. Each language in its own face family and leading
 * (the site's choices, global.css), the English of a pair set apart from the
 * Chinese, the editors' words in their colour, notes smaller.
 */
export const EPUB_CSS = `@charset "UTF-8";
body { margin: 0 1em; }
:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; line-height: 1.8; }
/* Chinese paragraphs justified, as on the site; English ragged, since a narrow screen without hyphenation would open wide gaps. */
p:lang(zh) { text-align: justify; }
/* A line that ends in a long address: justified, its first line would be all gaps. */
p.made-from { text-align: start; }
:lang(zh-TW) { font-family: "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", serif; }
:lang(en) { font-family: Georgia, "Times New Roman", serif; line-height: 1.55; text-align: start; hyphens: auto; -epub-hyphens: auto; }
h1, h2, h3, h4 { line-height: 1.35; text-align: start; hyphens: none; -epub-hyphens: none; }
h1 { font-size: 1.5em; }
h2 { font-size: 1.25em; margin-top: 1.5em; }
h3 { font-size: 1.1em; }
h4 { font-size: 1em; }
.pair > span { display: block; }
h1.pair > span.en, h2.pair > span.en, h3.pair > span.en, h4.pair > span.en { font-size: 0.85em; font-weight: normal; margin-top: 0.2em; }
div.pair { margin: 0 0 1.2em; }
div.pair > p { margin: 0 0 0.4em; }
div.pair > p:lang(en) { padding-left: 0.8em; border-left: 2px solid #c8c0b4; }
p.p:lang(zh) { text-indent: 2em; }
.abstract { font-size: 0.95em; }
.editorial, .editorial-mark { color: #3b5675; font-size: 0.9em; }
/* No slanted Chinese: CJK faces have no italic, and a synthetic one is hard to read. */
.is-missing .editorial:lang(en) { font-style: italic; }
sup { font-size: 0.7em; line-height: 0; }
a { color: inherit; }
sup a, .backref { text-decoration: none; }
sup a[href*="#tn-"] { color: #3b5675; }
.footnotes { margin-top: 2em; border-top: 1px solid #c8c0b4; font-size: 0.9em; }
aside.footnote { margin: 0.6em 0; }
aside.footnote p { margin: 0 0 0.3em; text-indent: 0; }
.backref { font-weight: bold; }
dt { font-weight: bold; margin-top: 0.6em; }
dd { margin-left: 1em; }
dd p { margin: 0.2em 0; }
.cited-in { font-size: 0.9em; }
nav#toc ol { list-style: none; padding-left: 1em; }
nav#toc li { margin: 0.4em 0; }
nav#toc li > a > span { display: block; }
`;
