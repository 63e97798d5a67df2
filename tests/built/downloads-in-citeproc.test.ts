/**
 * The citation files as a reference manager imports them, read from the
 * built site (dist/downloads/) and formatted by citeproc-js, the engine of
 * Zotero, Mendeley and pandoc's citeproc, with the official Chicago (18th,
 * notes and bibliography) and GB/T 7714—2025 styles: the strings a scholar's
 * bibliography will hold. Not the site's model: the files themselves, RIS
 * through Citation.js as a manager converts it. What is checked: the
 * edition is dated by its version (no "n.d."), names its version, and the
 * translator who stands first where there is no author reads as a name
 * ("The site’s editorial team, trans."), not as lowercase running text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { readPaperFolder } from '../../src/lib/paper/folder.ts';
import { currentVersion } from '../../src/lib/paper/versions.ts';
import { formatWithCsl } from '../support/csl.ts';
import { DIST } from '../support/pages.ts';

const PAPER = 'chatgpt-sora';
const paper = readPaperFolder(fileURLToPath(new URL(`../../src/content/papers/${PAPER}/`, import.meta.url)));
const version = currentVersion(paper.versions)!;
const read = (file: string) => readFileSync(new URL(`downloads/${file}`, DIST), 'utf8');
const [year, month, day] = version.date.split('-').map(Number) as [number, number, number];
const chicagoDay = `${new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))} ${day}, ${year}`;
const TITLE_EN = paper.meta.title.en;
const TITLE_ZH = paper.meta.title.zh;

describe('the English edition, as citeproc-js formats its downloads with Chicago', () => {
	const item = JSON.parse(read(`${PAPER}-en.csl.json`))[0];
	const url: string = item.URL;

	test('CSL-JSON: the team first, as a name; the version and its date; no access date, no n.d.', () => {
		const { note, bibliography } = formatWithCsl('chicago-notes-bibliography', item, 'en-US');
		expect(note).toBe(
			`The site’s editorial team, trans., “${TITLE_EN},” version ${version.version}, Bilingual Scholarly Texts, ${chicagoDay}; originally published as ${TITLE_ZH}, ${url}.`,
		);
		expect(bibliography).toBe(
			`The site’s editorial team, trans. “${TITLE_EN}.” Version ${version.version}. Bilingual Scholarly Texts, ${chicagoDay}. Originally published as ${TITLE_ZH}. ${url}.`,
		);
	});

	test('RIS, converted as a reference manager converts it: dated by the version', () => {
		const converted = new Cite(read(`${PAPER}-en.ris`)).data[0] as { id: string };
		const { bibliography } = formatWithCsl('chicago-notes-bibliography', converted, 'en-US');
		expect(bibliography).toContain(chicagoDay);
		expect(bibliography).not.toMatch(/n\.d\.|^the /);
		// Citation.js reads A4 as the specification does (no translator for a web page), Zotero as a translator: either way, no lowercase first word.
		expect(bibliography).toMatch(/^“?[A-Z\u4e00-\u9fff]/);
	});

	test('BibTeX: the version’s day is its date, the version its version, the team one name', () => {
		const { entries } = parseBibtex(read(`${PAPER}-en.bib`), { sentenceCase: false, caseProtection: false });
		expect(entries[0]!.fields).toMatchObject({ date: version.date, version: version.version, translator: [{ name: 'The site’s editorial team' }] });
	});
});

describe('the Chinese edition, as citeproc-js formats its downloads', () => {
	const item = JSON.parse(read(`${PAPER}-zh.csl.json`))[0];
	const url: string = item.URL;

	test('GB/T 7714—2025: the version’s day as the date of update, before the access date', () => {
		const { bibliography } = formatWithCsl('china-national-standard-gb-t-7714-2025-numeric', item, 'zh-CN');
		const [y, m, d] = item.accessed['date-parts'][0].map((n: number) => String(n).padStart(2, '0'));
		expect(bibliography).toBe(`[1] ${TITLE_ZH}[EB/OL]. （${version.date}）[${y}-${m}-${d}]. ${url}.`);
	});

	test('Chicago: dated, with the version; the site first (no author, no translator)', () => {
		const { bibliography } = formatWithCsl('chicago-notes-bibliography', item, 'en-US');
		expect(bibliography).toBe(`双语学术文库. “${TITLE_ZH}.” Version ${version.version}. ${chicagoDay}. ${url}.`);
	});
});
