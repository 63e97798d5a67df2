/** Every built page is valid HTML, by html-validate's recommended rules (.htmlvalidate.mjs). */
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages, DIST } from '../support/pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

test('the site has pages to validate', () => {
	expect(pages.length).toBeGreaterThan(10);
});

test.each(pages)('%s is valid HTML', async (page) => {
	const report = await validator.validateFile(fileURLToPath(new URL(page, DIST)));
	const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
	expect(errors).toEqual([]);
});
