/**
 * Printing: every reading mode printed to PDF by Chromium, on A4 and on
 * Letter, as a reader prints it (the enhancements loaded, then print), and the
 * PDF read back with pdftotext (poppler-utils): no chrome (skip link, search,
 * settings, the mode links, the unit tools), the whole text with every note,
 * the citation and the page's address at the end; side by side still side by
 * side. The first pages are kept as PNG (pdftoppm) in /work/shots/print/ (or
 * $PRINT_SHOTS) to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { type Locale, t } from '../../src/lib/i18n.ts';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { plainText } from '../../src/lib/paper/parse.ts';
import { traditionalPaper } from '../../src/lib/paper/traditional.ts';
import { MODES, readingPath } from '../../src/lib/routes.ts';
import { settle } from '../support/reader.ts';

const PAPER = 'chatgpt-sora';
const simplified = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const SHOTS = process.env['PRINT_SHOTS'] ?? '/work/shots/print';
const scratch = mkdtempSync(join(tmpdir(), 'print-'));
/**
 * Text compared without its spacing and hyphens: pdftotext breaks lines, spaces CJK as the layout does and
 * joins a word hyphenated at a line's end. Chinese is compared by its Han characters and punctuation: the
 * Latin words inside a Chinese line come out of pdftotext in their own order.
 */
const squeeze = (s: string) => s.replace(/[\s\-‐]+/g, '');
const hanOnly = (s: string) => s.replace(/[^\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu, '');

const pdftotext = (file: string, layout = false) =>
	execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

// Each mode under an interface in turn, on both paper sizes.
const cases = MODES.map((mode, i) => ({ mode, ui: (['en', 'zh', 'zh-hant', 'en'] as Locale[])[i]! }));

for (const { mode, ui } of cases) {
	// One page load, printed on each paper size in turn.
	test(`${readingPath(ui, PAPER, mode)} prints on A4 and on Letter: no chrome, every note, the citation and address at the end`, async ({ page }) => {
		test.setTimeout(240_000);
		const paper = ui === 'zh-hant' ? traditionalPaper(simplified) : simplified;
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(readingPath(ui, PAPER, mode));
		await settle(page);
		await expect(page.locator('.settings-open')).toBeAttached();
		for (const format of ['A4', 'Letter'] as const)
			await test.step(`on ${format}`, async () => {
				const file = join(scratch, `${ui}-${mode}-${format}.pdf`);
				writeFileSync(file, await page.pdf({ format, printBackground: false }));
				const text = pdftotext(file);
				const flat = squeeze(text);
				// (The search button's label is not looked for: “Search” is in the text, in Beam Search.)

				// No chrome.
				for (const chrome of [t(ui, 'skipToText'), '◐', '¶', 'Aa', t(ui, 'mode_parallel'), t(ui, 'mode_interleaved'), t(ui, 'contents')]) {
					expect(flat, `“${chrome}” is not printed`).not.toContain(squeeze(chrome));
				}
				// Every unit's opening and every note, in each language the mode shows.
				const langs = mode === 'zh' || mode === 'en' ? [mode] : (['zh', 'en'] as const);
				for (const lang of langs) {
					const norm = lang === 'zh' ? (s: string) => hanOnly(squeeze(s)) : squeeze;
					const printed = norm(text);
					// Headings are set in bold faces whose glyphs pdftotext cannot always map back to text (a heading drawn on the
					// page comes out of some PDFs as nothing): paragraphs are checked here, headings in the shots.
					for (const unit of paper.text.units.filter((u) => u.kind === 'p' || u.kind === 'abstract')) {
						expect(printed, `${unit.id} (${lang})`).toContain(norm(plainText(unit.text[lang])).slice(0, 12));
					}
					for (const note of paper.text.notes.filter((n) => !n.missing)) {
						const body = norm(plainText(note.text[lang]));
						expect(printed, `note ${note.number} (${lang})`).toContain(body.slice(0, 16));
						expect(printed, `note ${note.number} (${lang}) ends`).toContain(body.slice(-12));
					}
				}
				// The citation and this page's address close the text.
				// The address as the site names itself (its canonical origin), not the test server's.
				const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
				const address = new URL(readingPath(ui, PAPER, mode), origin).href;
				const at = flat.lastIndexOf(squeeze(address));
				expect(at, 'the page’s address is printed').toBeGreaterThan(0);
				expect(flat.length - at, 'the page’s address at the end').toBeLessThan(600);
				expect(flat).toContain(squeeze(t(ui, 'citeThis')));
				// Side by side prints side by side: lines hold Chinese and English beside each other.
				if (mode === 'parallel') {
					const mixed = pdftotext(file, true)
						.split('\n')
						.filter((line) => /[\u4e00-\u9fff]{4}/.test(line) && /[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/.test(line));
					expect(mixed.length, 'lines with both columns').toBeGreaterThan(100);
				}
				// Pages to look at.
				mkdirSync(SHOTS, { recursive: true });
				execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(SHOTS, `${ui}-${mode}-${format}`)]);
				const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
				execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pages), '-l', String(pages), file, join(SHOTS, `${ui}-${mode}-${format}-last`)]);
			});
	});
}
