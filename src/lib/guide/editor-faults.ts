/**
 * The faults an editor can meet in a paper's folder, each shown with the message the build itself gives:
 * each case is the minimal fixture paper (tests/fixtures/minimal-paper, the base of the content tests)
 * with one fault written into it, read by the loader's own reader (paperFromFiles, lib/paper/folder.ts).
 * The guide's page for editors lists them (src/components/guide/BuildErrors.astro), so that a message
 * changed in the parser changes there too; tests/unit/guide.test.ts checks that every case still fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../paper/model.ts';
import { paperFromFiles } from '../paper/folder.ts';
import { ContentError, formatProblem } from '../paper/problems.ts';

export const FAULT_FIXTURE = 'tests/fixtures/minimal-paper';

type Files = Map<string, Uint8Array>;
export interface EditorFault {
	/** What the editor did, in each language. */
	what: Record<Lang, string>;
	edit: (files: Files) => void;
	/** The folder's name, where the fault is in it. */
	id?: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (files: Files, name: string) => new TextDecoder().decode(files.get(name));
const editPaper = (from: string, to: string) => (files: Files) => {
	const before = read(files, 'paper.mdx');
	if (!before.includes(from)) throw new Error(`editor fault: the fixture no longer holds “${from}”`);
	files.set('paper.mdx', utf8(before.replace(from, to)));
};

export const EDITOR_FAULTS: EditorFault[] = [
	{
		what: { zh: '某段缺少英文（没有 <En>）', en: 'A unit without its English (no <En>)' },
		edit: editPaper('<En>The second paragraph<Tn id="tn-second">A translator\'s note.</Tn>.</En>\n', ''),
	},
	{ what: { zh: '译文为空', en: 'An empty translation' }, edit: editPaper('<En>I. The First Section</En>', '<En></En>') },
	{ what: { zh: '同一编号用了两次', en: 'An id used twice' }, edit: editPaper('<P id="s1-p2">', '<P id="s1-p1">') },
	{ what: { zh: '注号指向不存在的注释', en: 'A note marker pointing at no note' }, edit: editPaper('<Zh>第二段。</Zh>', '<Zh>第二段<Ref to="n9"/>。</Zh>') },
	{
		what: { zh: '注释在正文中没有注号', en: 'A note with no marker in the text' },
		edit: (files) => files.set('paper.mdx', utf8(`${read(files, 'paper.mdx')}\n<Note id="n2">\n<Zh>第二条注释。</Zh>\n<En>A second note.</En>\n</Note>\n`)),
	},
	{
		what: { zh: '中英文的注号不一致', en: 'Note markers that differ between the languages' },
		edit: editPaper('The first paragraph has a note<Ref to="n1"/>.', 'The first paragraph has a note.'),
	},
	{
		what: { zh: '逐句对齐时中英文行数不等', en: 'Sentences that do not pair (unequal lines in <Zh> and <En>)' },
		edit: editPaper('<Zh>第二段。</Zh>', '<Zh>\n第二段。\n又一句。\n</Zh>'),
	},
	{ what: { zh: '段落之外的文字', en: 'Text outside any unit' }, edit: editPaper('<P id="s1-p2">', 'A stray paragraph.\n\n<P id="s1-p2">') },
	{
		what: { zh: '中文里的译者注 <Tn>', en: 'A translator’s note <Tn> in the Chinese' },
		edit: editPaper('<Zh>第二段。</Zh>', '<Zh>第二段<Tn id="tn-x">注。</Tn>。</Zh>'),
	},
	{ what: { zh: '正文中的表达式 {…}', en: 'An expression {…} in the text' }, edit: editPaper('<Zh>第二段。</Zh>', '<Zh>第二段{1 + 1}。</Zh>') },
	{
		what: { zh: 'import 或 export', en: 'An import or an export' },
		edit: editPaper('<Abstract id="abstract">', 'import x from "node:fs";\n\n<Abstract id="abstract">'),
	},
	{ what: { zh: '无法解析的 MDX', en: 'MDX that does not parse' }, edit: editPaper('<En>The second paragraph', '<En>The second {paragraph') },
	{
		what: { zh: '不允许的链接（javascript: 等）', en: 'A link to a scheme that is not allowed (javascript: and the like)' },
		edit: editPaper('<En>The second paragraph', '<En>The [second](javascript:alert(1)) paragraph'),
	},
	{
		what: { zh: '缺少必填的元数据', en: 'Missing metadata' },
		edit: (files) => files.set('paper.mdx', utf8(read(files, 'paper.mdx').replace(/summary:\n {2}zh: .*\n {2}en: .*\n/, ''))),
	},
	{ what: { zh: '元数据取值不合格式', en: 'Metadata of the wrong type' }, edit: editPaper('editorial: false', 'editorial: perhaps') },
	{
		what: { zh: '文件不是 UTF-8 编码（如 GBK）', en: 'A file not in UTF-8 (GBK, say)' },
		edit: (files) => files.set('paper.mdx', new Uint8Array([...utf8('---\ntitle:\n'), 0xb2, 0xe2, 0xca, 0xd4, 0x0a])),
	},
	{ what: { zh: '文件夹中没有 paper.mdx', en: 'A folder without paper.mdx' }, edit: (files) => files.delete('paper.mdx') },
	{ what: { zh: '底本文件不在文件夹中', en: 'A source file that is not in the folder' }, edit: (files) => files.delete('source.txt') },
	{
		what: { zh: '术语表中同一编号用了两次', en: 'A glossary id used twice' },
		edit: (files) =>
			files.set(
				'glossary.yaml',
				utf8(`${read(files, 'glossary.yaml')}  - id: paragraph\n    zh: 段落\n    en: [passage]\n    note:\n      zh: 又一个。\n      en: Another.\n`),
			),
	},
	{
		what: { zh: '版本说明中有 HTML', en: 'HTML in the edition notes' },
		edit: (files) => files.set('edition.en.md', utf8('## Made\n\nProse.\n\n<script>alert(1)</script>\n')),
	},
	{
		what: { zh: '版本说明写成了 MDX', en: 'Edition notes written as MDX' },
		edit: (files) => files.set('edition.en.mdx', utf8('import x from "y";\n\nProse.\n')),
	},
	{ what: { zh: '文件夹名不合规则', en: 'A folder name outside the pattern' }, edit: () => {}, id: 'Upper-Case' },
	{ what: { zh: '文件夹名为保留字（如 guide）', en: 'A reserved folder name (guide, say)' }, edit: () => {}, id: 'guide' },
];

/** The messages the build gives for `fault`, one line each, as it prints them. */
export function faultMessages(fault: EditorFault, root = process.cwd()): string[] {
	const dir = join(root, FAULT_FIXTURE);
	const files: Files = new Map(readdirSync(dir).map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]));
	fault.edit(files);
	const id = fault.id ?? 'example';
	try {
		paperFromFiles(id, `src/content/papers/${id}`, files);
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map((p) => formatProblem(p).trim());
		throw error;
	}
	return [];
}
