/**
 * The plain text of a unit's inline content, as the downloads, the search
 * and the measures of the text read it.
 */
import type { PhrasingContent } from 'mdast';

/** Plain text of inline content, markers and translator's notes left out. */
export function plainText(nodes: readonly PhrasingContent[]): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.value;
		else if (node.type === 'break') out += '\n';
		else if (node.type === 'mdxJsxTextElement') continue;
		else if ('children' in node) out += plainText(node.children as PhrasingContent[]);
	}
	return out;
}
