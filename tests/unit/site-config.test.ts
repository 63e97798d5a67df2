/** Where reports go, from the build's environment: only an https: tracker and a plain address are taken. */
import { expect, test } from 'vitest';
import { reportConfig } from '../../src/lib/site-config.ts';

test('a tracker and an address, as set', () => {
	expect(reportConfig({ REPORT_ISSUES_URL: 'https://github.com/o/r/issues/new', REPORT_EMAIL: 'editors@example.org' })).toEqual({
		issues: 'https://github.com/o/r/issues/new',
		email: 'editors@example.org',
	});
});

test('nothing set, no reports', () => {
	expect(reportConfig({})).toEqual({});
});

test('a script URL, a plain http: tracker or an address with markup is refused', () => {
	expect(reportConfig({ REPORT_ISSUES_URL: 'javascript:alert(1)', REPORT_EMAIL: 'a"<b>@x' })).toEqual({});
	expect(reportConfig({ REPORT_ISSUES_URL: 'http://tracker.example/new' })).toEqual({});
});
