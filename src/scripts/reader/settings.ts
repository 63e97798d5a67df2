/**
 * The reader's settings: text size, the Chinese typeface (Song or Hei),
 * which language stands first (on the left side by side, above interleaved),
 * whether notes stand in the margin, whether interleaving goes by paragraph
 * or by sentence, study (a sentence's partner shown on a tap), and whether
 * copied text brings its citation (copy-citation.ts). Kept in one stored object with the
 * theme (`SETTINGS_KEY`); site.ts applies it to the root element before the
 * first paint, and the stylesheet reads it there (`[data-size]`, …). Without
 * script, the defaults. Opened from an "Aa" button this script adds to the
 * header, in a popover of radio groups: every change applies at once.
 */
import { escapeHtml as escape } from '../../lib/escape.ts';
import { guidePath } from '../../lib/routes.ts';
import { SETTINGS_KEY } from '../storage-keys.ts';
import { readSettings, writeStored } from '../storage.ts';
import { setUpSidenotes } from './sidenotes.ts';
import { label, pageLang, type StringKey } from './strings.ts';

/** Each setting, its values (the first is the default) and their labels' keys. */
const SETTINGS = {
	size: ['m', 's', 'l', 'xl'],
	face: ['song', 'hei'],
	left: ['zh', 'en'],
	notes: ['margin', 'end'],
	interleave: ['paragraph', 'sentence'],
	study: ['off', 'on'],
	copy: ['cite', 'plain'],
} as const;
type Setting = keyof typeof SETTINGS;

function choose(setting: Setting, value: string): void {
	const root = document.documentElement;
	const settings = readSettings(SETTINGS_KEY);
	if (value === SETTINGS[setting][0]) {
		delete root.dataset[setting];
		delete settings[setting];
	} else settings[setting] = root.dataset[setting] = value;
	writeStored('localStorage', SETTINGS_KEY, JSON.stringify(settings));
	if (setting === 'notes' || setting === 'size') setUpSidenotes();
}

function panel(): HTMLElement {
	const existing = document.getElementById('reader-settings');
	if (existing) return existing;
	const root = document.documentElement;
	const el = document.createElement('div');
	el.id = 'reader-settings';
	el.className = 'reader-settings';
	el.popover = 'auto';
	el.setAttribute('role', 'dialog');
	el.setAttribute('aria-label', label('settings'));
	el.innerHTML =
		(Object.keys(SETTINGS) as Setting[])
			.map((setting) => {
				const current = root.dataset[setting] ?? SETTINGS[setting][0];
				const options = SETTINGS[setting]
					.map(
						(value) =>
							`<label><input type="radio" name="setting-${setting}" value="${value}"${value === current ? ' checked' : ''}> ${escape(label(`setting_${setting}_${value}` as StringKey))}</label>`,
					)
					.join('');
				return `<fieldset><legend>${escape(label(`setting_${setting}` as StringKey))}</legend>${options}</fieldset>`;
			})
			.join('') +
		`<p class="keys-hint">${escape(label('keysHint'))}</p><p class="settings-guide"><a href="${guidePath(pageLang(), 'reading')}">${escape(label('settingsGuide'))}</a></p>`;
	el.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		choose(input.name.replace('setting-', '') as Setting, input.value);
	});
	document.body.append(el);
	return el;
}

/** Adds the settings button to the header of the page now shown (again after a swap). */
export function addSettingsButton(): void {
	const toggle = document.querySelector('.theme-toggle');
	if (!toggle || document.querySelector('.settings-open')) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'settings-open';
	button.textContent = 'Aa';
	button.setAttribute('aria-label', label('settingsButton'));
	button.setAttribute('aria-haspopup', 'dialog');
	toggle.before(button);
}

export function setUpSettings(): void {
	document.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>('.settings-open');
		if (!button) return;
		const el = panel();
		if (el.matches(':popover-open')) return el.hidePopover();
		el.showPopover();
		const box = button.getBoundingClientRect();
		el.style.insetBlockStart = `${box.bottom + 6}px`;
		el.style.insetInlineStart = `${Math.max(8, Math.min(box.left, innerWidth - el.offsetWidth - 8))}px`;
		el.querySelector<HTMLInputElement>('input:checked')?.focus();
	});
}
