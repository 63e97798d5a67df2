/**
 * What a publisher of this site sets, in one place: the license of the
 * editors' contributions, and where readers report an error. A fork changes
 * these (or the environment variables) and nothing else.
 */

/**
 * The license of what the editors made: the translation, the notes and
 * apparatus. Not of the source: its rights stay with its author and
 * publisher, and the rights statement says so.
 */
export const EDITORS_LICENSE = {
	/** As a reader knows it. */
	name: 'CC BY 4.0',
	/** SPDX identifier, for structured data. */
	spdx: 'CC-BY-4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Where "report an error" sends a reader: an issue tracker's new-issue form, else an address; neither, no control. */
export interface ReportConfig {
	/** A new-issue URL that takes `title` and `body` parameters (GitHub's `https://github.com/owner/repo/issues/new`). */
	issues?: string;
	/** An address for a `mailto:` report. */
	email?: string;
}

/**
 * From the build's environment: `REPORT_ISSUES_URL` and `REPORT_EMAIL` (the publish workflow sets the first
 * to the repository's tracker). Only https: trackers and plain addresses are taken, so a misset variable
 * cannot put a script URL in every report link. The reader's script has it built in (astro.config.mjs).
 */
export function reportConfig(env: Record<string, string | undefined> = process.env): ReportConfig {
	const issues = env['REPORT_ISSUES_URL'];
	const email = env['REPORT_EMAIL'];
	return {
		...(issues && /^https:\/\/[^\s"<>]+$/.test(issues) ? { issues } : {}),
		...(email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? { email } : {}),
	};
}
