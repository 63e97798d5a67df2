/**
 * Which links content may publish: the same rule for the aligned text, the
 * bibliography and the edition notes.
 */

/**
 * Where a link may lead: the web (https:, http:), mail, or a place in this site (a path, relative or from
 * the root, or a #fragment). Any other scheme (javascript:, data:, vbscript:) could run or fetch what the
 * site does not publish, and so could a protocol-relative //host: both are faults. Browsers drop tabs and
 * line breaks inside a URL ("java\tscript:"), so the check does too.
 */
export function isSafeLink(url: string): boolean {
	const bare = url.replace(/[\u0000-\u0020\u007f]/g, '');
	// A backslash is a slash to a browser in a web URL (`/\\evil.example/` is `//evil.example/`): none is needed.
	if (bare.includes('\\')) return false;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
	if (scheme) return ['http', 'https', 'mailto'].includes(scheme);
	// A place in this site must stay in it, as a browser resolves it from any page of the site.
	const resolved = URL.parse(bare, 'https://site.invalid/en/paper/');
	return !bare.startsWith('//') && resolved !== null && resolved.host === 'site.invalid';
}

/**
 * A web link's host label that mixes Latin letters with letters of another script (`exаmple` with a
 * Cyrillic а): a homograph, which reads as one host and leads to another.
 */
export function mixedScriptHost(url: string): string | undefined {
	const host = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim())?.[1];
	return host?.split('.').find((label) => /\p{Script=Latin}/u.test(label) && /(?!\p{Script=Latin})\p{L}/u.test(label));
}

/** Why a link may not be published, or undefined if it may. */
export function linkFault(url: string): string | undefined {
	if (!isSafeLink(url))
		return `the link to “${url.slice(0, 40)}” is not allowed: a link leads to https:, http:, mailto:, or a place in this site (a path or a #fragment)`;
	const homograph = mixedScriptHost(url);
	if (homograph)
		return `the link to “${url.slice(0, 40)}” has a host name that mixes Latin letters with another script (“${homograph}”), which reads as another host: write its real name`;
	return undefined;
}

/** A link with no visible words: it shows nothing and has no accessible name. */
export const EMPTY_LINK_FAULT = 'a link with no words: it would show nothing and have no name; write its words between the brackets';
