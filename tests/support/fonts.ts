/**
 * Latin serifs of different widths, each exposed alone to a Chromium, so
 * that a layout is measured in a known face rather than in whatever the
 * machine happens to have installed: the reader's own fonts vary, and the
 * site's English stack (Iowan Old Style, Palatino, Georgia, serif) falls
 * back to the system's serif, wide on one machine, narrow on another.
 *
 * Each family is a fontconfig configuration of its own (FONTCONFIG_FILE, set
 * in the browser's environment) that holds only that family's folder and
 * Noto CJK, and names the family for every serif the stylesheet or Chromium
 * may ask for. DejaVu Serif is Debian's `fonts-dejavu-core`; Liberation Serif
 * (Times New Roman's metrics) is `fonts-liberation`, which need not be
 * installed: `bash tools/test-fonts.sh` unpacks it into .test-fonts/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_FLAGS, systemChromium } from '../../tools/chromium.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CJK = '/usr/share/fonts/opentype/noto';

export interface SerifFamily {
	name: string;
	/** The folders it may be found in, the first that holds `file` taken. */
	folders: string[];
	/** Its regular face, by which it is recognized. */
	file: string;
	/** How to get it. */
	get: string;
}

export const SERIF_FAMILIES: readonly SerifFamily[] = [
	{ name: 'DejaVu Serif', folders: ['/usr/share/fonts/truetype/dejavu'], file: 'DejaVuSerif.ttf', get: 'apt-get install fonts-dejavu-core' },
	{
		name: 'Liberation Serif',
		folders: [join(ROOT, '.test-fonts/fonts-liberation/usr/share/fonts/truetype/liberation'), '/usr/share/fonts/truetype/liberation'],
		file: 'LiberationSerif-Regular.ttf',
		get: 'bash tools/test-fonts.sh (apt-get download fonts-liberation, unpacked into .test-fonts/), or apt-get install fonts-liberation',
	},
];

/** The fontconfig file that shows Chromium `family` as its only Latin serif, with Noto CJK; an error saying how to get what is missing. */
export function fontconfigFor(family: SerifFamily): string {
	const folder = family.folders.find((dir) => existsSync(join(dir, family.file)));
	if (!folder) throw new Error(`${family.name} is not on this machine (looked in ${family.folders.join(', ')}). Get it with: ${family.get}`);
	if (!existsSync(CJK)) throw new Error(`Noto CJK is not on this machine (${CJK}). Get it with: apt-get install fonts-noto-cjk`);
	const dir = join(ROOT, '.test-fonts', 'config', family.name.replaceAll(' ', '-'));
	mkdirSync(dir, { recursive: true });
	// Every name a Latin serif is asked for by, as the stylesheet's stack and Chromium's default (Times New Roman).
	const asked = ['serif', 'Times New Roman', 'Times', 'Georgia', 'Palatino', 'Palatino Linotype', 'Iowan Old Style', 'Source Serif Pro'];
	const aliases = asked.map((name) => `<alias binding="same"><family>${name}</family><prefer><family>${family.name}</family></prefer></alias>`).join('\n');
	const file = join(dir, 'fonts.conf');
	writeFileSync(
		file,
		`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
<dir>${folder}</dir>
<dir>${CJK}</dir>
<cachedir>${join(dir, 'cache')}</cachedir>
${aliases}
<alias binding="same"><family>sans-serif</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
`,
	);
	return file;
}

/** A Chromium that sees `family` as its only Latin serif. */
export function launchWithSerif(family: SerifFamily): Promise<Browser> {
	const env = { ...process.env, FONTCONFIG_FILE: fontconfigFor(family) } as Record<string, string>;
	const system = systemChromium();
	return chromium.launch({ env, ...(system ? { executablePath: system, args: SYSTEM_CHROMIUM_FLAGS } : {}) });
}
