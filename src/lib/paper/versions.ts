/**
 * A paper's dated versions and the corrections each made (`versions.yaml`
 * in its folder): the about page lists them, citations and downloads name
 * the version read, and the build checks them whole, each fault placed on
 * its line: a version number or date out of order, a change that names no
 * version or one that does not exist, a change naming a unit, a term or a
 * work the paper does not have. Unit ids never change with a correction,
 * so a permalink made for an earlier version still lands.
 */
import { z } from 'astro/zod';
import { type AlignedPaper, ID_PATTERN, type Lang, parseSegmentId } from './model.ts';
import type { ContentProblem } from './parse.ts';
import type { GlossaryTerm, Work } from './schema.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** `1.0`, `1.1`, `2.0`: numbers joined by dots, compared number by number. */
const VERSION_PATTERN = /^\d+(?:\.\d+)*$/;

export const versionsSchema = z
	.object({
		/** Oldest first: each with its number, the day it was published (YYYY-MM-DD, UTC) and what it is, in both languages. */
		versions: z
			.array(
				z
					.object({
						version: z.string().regex(VERSION_PATTERN, 'a version number is numbers joined by dots, like 1.1 (quote it in YAML: "1.1")'),
						date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'),
						summary: bilingual,
					})
					.strict(),
			)
			.min(1, 'list at least the first version'),
		/**
		 * What each version changed and where. `version` is required (checked below, with its line, rather
		 * than as a schema fault); `units` names units, notes or segments by id, `glossary` terms, `bibliography`
		 * works, `edition` the edition notes by language.
		 */
		changes: z
			.array(
				z
					.object({
						version: z.string().optional(),
						what: bilingual,
						units: z.array(z.string()).default([]),
						glossary: z.array(z.string().regex(ID_PATTERN)).default([]),
						bibliography: z.array(z.string().regex(ID_PATTERN)).default([]),
						edition: z.array(z.enum(['zh', 'en'])).default([]),
					})
					.strict(),
			)
			.default([]),
	})
	.strict();

type VersionsFile = z.infer<typeof versionsSchema>;
export type VersionEntry = VersionsFile['versions'][number];
export type Change = Required<VersionsFile['changes'][number]>;

/** One version of a paper, with the changes it made. */
export interface Version extends VersionEntry {
	changes: Change[];
}

/** Compares two version numbers number by number: `1.10` comes after `1.9`. */
export function compareVersions(a: string, b: string): number {
	const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		const d = (x[i] ?? 0) - (y[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/** A real calendar day (2026-02-30 is not). */
const isDay = (date: string): boolean => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** Every id a change may name in `units`: units, notes, translator's notes and segments. */
function knownUnits(text: AlignedPaper): (id: string) => boolean {
	const segments = new Map([...text.units, ...text.notes].map((u) => [u.id, u.segments.length]));
	const others = new Set(text.translatorNotes.map((n) => n.id));
	return (id) => {
		if (segments.has(id) || others.has(id)) return true;
		const segment = parseSegmentId(id);
		return segment !== undefined && segment.index < (segments.get(segment.unit) ?? 0);
	};
}

/**
 * The versions checked against themselves and the paper; problems are pushed with the file's lines
 * (`lineOf` a path in the YAML). Returns the versions, newest last, each holding its changes.
 */
export function checkVersions(
	file: VersionsFile,
	context: {
		path: string;
		lineOf: (path: (string | number)[]) => number;
		text: AlignedPaper | undefined;
		glossary: readonly GlossaryTerm[];
		bibliography: readonly Work[];
		editions: Partial<Record<Lang, string>>;
	},
	problems: ContentProblem[],
): Version[] {
	const at = (path: (string | number)[], unit: string | undefined, fault: string) =>
		problems.push({ file: context.path, line: context.lineOf(path), column: 1, unit, fault });
	file.versions.forEach((v, i) => {
		if (!isDay(v.date)) at(['versions', i, 'date'], v.version, `${v.date} is not a day of the calendar`);
		const before = file.versions[i - 1];
		if (!before) return;
		if (compareVersions(v.version, before.version) <= 0)
			at(
				['versions', i, 'version'],
				v.version,
				`version ${v.version} is listed after ${before.version}: list versions oldest first, each number higher than the last`,
			);
		if (v.date < before.date)
			at(['versions', i, 'date'], v.version, `version ${v.version} is dated ${v.date}, before version ${before.version} (${before.date}): dates out of order`);
	});
	const numbers = new Set(file.versions.map((v) => v.version));
	const unitExists = context.text ? knownUnits(context.text) : () => true;
	const terms = new Set(context.glossary.map((t) => t.id));
	const works = new Set(context.bibliography.map((w) => w.id));
	const changes: (Change & { version: string })[] = [];
	file.changes.forEach((change, i) => {
		const { version } = change;
		if (version === undefined) at(['changes', i], undefined, 'a change without a version: say which version made it (version: "1.1")');
		else if (!numbers.has(version)) at(['changes', i, 'version'], version, `the change names version ${version}, which is not among the versions listed`);
		if (change.units.length + change.glossary.length + change.bibliography.length + change.edition.length === 0)
			at(
				['changes', i],
				version,
				'the change says not where: name its units (units: [s2-1-p3]), terms (glossary), works (bibliography) or edition notes (edition)',
			);
		change.units.forEach((id, j) => {
			if (!unitExists(id)) at(['changes', i, 'units', j], id, `the change names unit “${id}”, which the paper does not have`);
		});
		change.glossary.forEach((id, j) => {
			if (!terms.has(id)) at(['changes', i, 'glossary', j], id, `the change names term “${id}”, which glossary.yaml does not have`);
		});
		change.bibliography.forEach((id, j) => {
			if (!works.has(id)) at(['changes', i, 'bibliography', j], id, `the change names work “${id}”, which bibliography.yaml does not have`);
		});
		change.edition.forEach((lang, j) => {
			if (context.editions[lang] === undefined) at(['changes', i, 'edition', j], lang, `the change names edition.${lang}.md, which the folder does not have`);
		});
		if (version !== undefined) changes.push({ ...change, version });
	});
	return file.versions.map((v) => ({ ...v, changes: changes.filter((c) => c.version === v.version) }));
}

/** The version a reader reads now: the last listed. */
export const currentVersion = (versions: readonly Version[]): Version | undefined => versions.at(-1);
