/**
 * `npm test`: every check the project has, the independent ones two at a time (a CI machine has two cores, and
 * the type check, the format check, the builds and the fuzz budget of the unit tests each keep about one busy).
 * Each stage is an npm script, run as `npm run <name>` would run it alone; its output is held and printed whole,
 * under its name, when it ends, so that two stages' lines never mix, but for the browser tests', which print as
 * they go and redraw their last lines: what another stage prints meanwhile waits until they end (or a line of it,
 * its verdict among them, could be drawn over). The browser tests start once both sites are built, beside the
 * built tests: a browser test spends much of its time waiting on the page, and the built tests' half minute
 * fills those waits instead of coming before them (docs/ci-time.md). Any stage failing fails the whole: nothing
 * more is started, what runs is let finish, and each failed stage is named at the end.
 *
 *     node tools/test.ts
 */
import { spawn } from 'node:child_process';

interface Stage {
	/** The npm script. */
	script: string;
	/** The stages it needs finished first. */
	after: string[];
	/** Its output shown as it comes, not held (one such stage: the browser tests, minutes long). */
	live?: boolean;
}

// In the order they are started when they can be: the longest chain first (type check, the two builds, the
// built tests), the rest beside it. `astro check` and `astro build` both write .astro/ in the project root, and
// the two builds share it too: they run one after another.
const STAGES: Stage[] = [
	{ script: 'check', after: [] },
	{ script: 'format:check', after: [] },
	{ script: 'build', after: ['check'] },
	{ script: 'test:unit', after: [] },
	{ script: 'build:two-papers', after: ['build'] },
	{ script: 'test:built', after: ['build', 'build:two-papers'] },
	{ script: 'test:e2e', after: ['check', 'format:check', 'test:unit', 'build', 'build:two-papers'], live: true },
];
const AT_ONCE = 2;

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** What other stages print while a live stage runs, printed once it ends. */
let live: string[] | undefined;
const print = (text: string): void => void (live ? live.push(text) : console.log(text));

function run(stage: Stage): Promise<boolean> {
	return new Promise((resolve) => {
		const started = performance.now();
		// One Vitest worker a stage: two stages run at once already (vitest.config.ts).
		const env = { ...process.env, VITEST_WORKERS: '1' };
		const child = spawn('npm', ['run', stage.script], { env, stdio: stage.live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
		const output: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
		if (stage.live) {
			console.log(`\n━━ ${stage.script}`);
			live = [];
		}
		const end = (ok: boolean, why = '') => {
			const verdict = `━━ ${stage.script}: ${ok ? 'passed' : `FAILED${why}`} in ${seconds(started)}`;
			if (stage.live) {
				const held = live ?? [];
				live = undefined;
				console.log(verdict);
				for (const text of held) console.log(text);
			} else print(`\n━━ ${stage.script}\n${Buffer.concat(output).toString().trimEnd()}\n${verdict}`);
			resolve(ok);
		};
		child.on('error', (error) => end(false, ` (${error.message})`));
		child.on('close', (code, signal) => end(code === 0, signal ? ` (${signal})` : ''));
	});
}

const started = performance.now();
const done = new Set<string>();
const failed: string[] = [];
const waiting = [...STAGES];
const running = new Map<string, Promise<void>>();

while (waiting.length > 0 || running.size > 0) {
	// Nothing new once a stage has failed.
	const ready = failed.length > 0 ? [] : waiting.filter((stage) => stage.after.every((name) => done.has(name)));
	for (const stage of ready) {
		if (running.size >= AT_ONCE) break;
		waiting.splice(waiting.indexOf(stage), 1);
		running.set(
			stage.script,
			run(stage).then((ok) => {
				running.delete(stage.script);
				if (ok) done.add(stage.script);
				else failed.push(stage.script);
			}),
		);
	}
	if (running.size === 0) break;
	await Promise.race(running.values());
}

const skipped = waiting.map((stage) => stage.script);
console.log(
	`\nnpm test: ${failed.length === 0 && skipped.length === 0 ? 'all passed' : `FAILED: ${failed.join(', ')}${skipped.length ? `; not run: ${skipped.join(', ')}` : ''}`} in ${seconds(started)}`,
);
process.exitCode = failed.length === 0 && skipped.length === 0 ? 0 : 1;
