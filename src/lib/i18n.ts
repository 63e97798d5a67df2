/**
 * Interface strings in the two interface languages. The interface language
 * follows the URL (`/zh/…`, `/en/…`); the text's language is marked apart,
 * on each unit. Every string has both languages, or it is a type error.
 * The scripts' strings are tables of their own, so that a script's bundle
 * carries only its own; `t` reads them all.
 */
import type { Lang } from './paper/model';

export type Locale = Lang;
export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** The pages' strings. */
const pageStrings = {
	siteName: { zh: '双语学术文库', en: 'Bilingual Scholarly Texts' },
	siteTagline: { zh: '中文学术文本与英文译文逐段对照', en: 'Chinese scholarly texts beside their English renderings, paragraph by paragraph' },
	collectionNote: {
		zh: '本文库收录中文学术论文及其英文译文：可读中文原文、英文译文，或左右对照、逐段穿插阅读；全文可以中英文检索。',
		en: 'A collection of Chinese scholarly papers with their English renderings: read the Chinese original, the English, or both side by side or interleaved; search the full text in either language.',
	},
	skipToText: { zh: '跳到正文', en: 'Skip to the text' },
	collection: { zh: '文库', en: 'Collection' },
	collectionLink: { zh: '文库（中文界面）', en: 'The collection, in English' },
	read: { zh: '阅读', en: 'Read' },
	readingModes: { zh: '阅读方式', en: 'Reading mode' },
	siteTools: { zh: '搜索、外观与界面语言', en: 'Search, appearance, and interface language' },
	mode_parallel: { zh: '左右对照', en: 'Side by side' },
	mode_interleaved: { zh: '逐段穿插', en: 'Interleaved' },
	editorialTitle: { zh: '编者拟题', en: 'editorial title' },
	editorialTitleNote: { zh: '原文无标题，此题为编者所拟。', en: 'The source has no title; this one is the editors’.' },
	notes: { zh: '注释', en: 'Notes' },
	note: { zh: '注', en: 'Note' },
	backToText: { zh: '返回正文', en: 'Back to the text' },
	missingNote: { zh: '原文缺此注的注文。', en: 'The source does not contain the text of this note.' },
	missingNoteShort: { zh: '（原文缺注文）', en: ' (text missing from the source)' },
	translatorNotes: { zh: '译者注', en: 'Translator’s notes' },
	translatorNote: { zh: '译者注', en: 'Translator’s note' },
	editorial: { zh: '编者', en: 'editorial' },
	abstract: { zh: '摘要', en: 'Abstract' },
	authorsAbstract: { zh: '作者原文英文摘要', en: 'The author’s own English abstract' },
	authorsAbstractNote: {
		zh: '作者自撰的英文摘要，逐字照录，仅将全角逗号改为半角。',
		en: 'The author’s own English abstract, word for word; only its full-width commas are normalized.',
	},
	teamRendering: { zh: '正文英文为本站译文。', en: 'The English of the body is the site’s rendering.' },
	colophon: { zh: '版本信息', en: 'Colophon' },
	source: { zh: '底本', en: 'Source' },
	titleField: { zh: '标题', en: 'Title' },
	notStated: { zh: '原文未载', en: 'not stated in the source' },
	translatedBy: { zh: '英译', en: 'English rendering' },
	field_author: { zh: '作者', en: 'Author' },
	field_affiliation: { zh: '作者单位', en: 'Affiliation' },
	field_venue: { zh: '刊物', en: 'Journal' },
	field_year: { zh: '年份', en: 'Year' },
	field_keywords: { zh: '关键词', en: 'Keywords' },
	field_doi: { zh: 'DOI', en: 'DOI' },
	notFoundTitle: { zh: '找不到此页', en: 'Page not found' },
	notFoundText: { zh: '此地址没有页面。', en: 'There is no page at this address.' },
	contents: { zh: '目录', en: 'Contents' },
	theme: { zh: '深色/浅色', en: 'Dark/light' },
	glossary: { zh: '术语表', en: 'Glossary' },
	glossaryIntro: {
		zh: '本文关键术语及其英译。译文各处统一使用这些译法。',
		en: 'The key terms of this paper and their English renderings, used the same way throughout the translation.',
	},
	search: { zh: '搜索', en: 'Search' },
	searchNeedsScript: { zh: '搜索需要启用 JavaScript', en: 'Search needs JavaScript' },
	loadFailed: { zh: '未能加载，请稍后重试。', en: 'Could not load; try again.' },
	about: { zh: '关于本版', en: 'About this edition' },
	citeThis: { zh: '引用本文', en: 'Cite this text' },
	citeNote: {
		zh: '引用日期为本版生成之日，请改为您阅读的日期。引用某一段，请用该段的链接控件（¶ 旁的“引”）。',
		en: 'The access date is the date this edition was built: change it to the day you read it. To cite one paragraph, use the cite control beside its ¶.',
	},
	bibliography: { zh: '参考文献', en: 'Bibliography' },
	bibliographyNote: { zh: '编者据各注整理，每种文献列一次；注号链接到引用它的注。', en: 'Compiled by the editors from the notes, each work once; the numbers link to the notes that cite it.' },
	citedIn: { zh: '见注', en: 'cited in notes' },
	downloads: { zh: '下载', en: 'Downloads' },
	downloadTsv: { zh: '对照文本（TSV：每段一行，其后每句一行；编号、所属段落、类别、中文、英文）', en: 'The aligned text (TSV: a row per paragraph, then one per sentence; id, unit, kind, Chinese, English)' },
	downloadJson: { zh: '对照文本（JSON：逐段与逐句）', en: 'The aligned text (JSON: by paragraph and by sentence)' },
	downloadTmx: { zh: '翻译记忆库（TMX 1.4b，每句一个翻译单元，可导入 Trados、memoQ、OmegaT 等）', en: 'A translation memory (TMX 1.4b, one unit per sentence, for Trados, memoQ, OmegaT and other CAT tools)' },
	downloadPrint: { zh: '打印版（左右对照，可存为 PDF）', en: 'For print (side by side; save as PDF from the print dialog)' },
	languageName_zh: { zh: '中文', en: '中文' },
	languageName_en: { zh: 'English', en: 'English' },
} satisfies Record<string, Record<Locale, string>>;

/** The reading enhancements' strings (reader.ts): a table apart, so that its bundle carries only these. */
export const readerStrings = {
	previousSection: { zh: '上一节', en: 'Previous section' },
	nextSection: { zh: '下一节', en: 'Next section' },
	permalink: { zh: '本段链接（点击复制）', en: 'Link to this paragraph (click to copy)' },
	copied: { zh: '链接已复制', en: 'Link copied' },
	closeNote: { zh: '关闭', en: 'Close' },
	goToNote: { zh: '到注释处', en: 'Go to the note' },
	citeOriginal: { zh: '中文原文', en: 'The Chinese original' },
	citeTranslation: { zh: '英文译文', en: 'The English rendering' },
	citeParagraph: { zh: '引用此段', en: 'Cite this paragraph' },
	/** The visible text of the cite control beside each unit. */
	citeShort: { zh: '引', en: 'Cite' },
	/** Chicago's two forms, each with its own copy button; GB/T 7714 needs no name in either language. */
	styleChicagoNote: { zh: 'Chicago（注）', en: 'Chicago note' },
	styleChicagoBibliography: { zh: 'Chicago（参考文献）', en: 'Chicago bibliography' },
	copy: { zh: '复制', en: 'Copy' },
	copiedShort: { zh: '已复制', en: 'Copied' },
	download: { zh: '下载：', en: 'Download:' },
	settings: { zh: '阅读设置', en: 'Reading settings' },
	/** The name of the "Aa" button: it holds what the button shows. */
	settingsButton: { zh: 'Aa：阅读设置', en: 'Aa: reading settings' },
	setting_size: { zh: '字号', en: 'Text size' },
	setting_size_s: { zh: '小', en: 'Small' },
	setting_size_m: { zh: '中', en: 'Medium' },
	setting_size_l: { zh: '大', en: 'Large' },
	setting_size_xl: { zh: '特大', en: 'Larger' },
	setting_face: { zh: '中文字体', en: 'Chinese typeface' },
	setting_face_song: { zh: '宋体', en: 'Song (serif)' },
	setting_face_hei: { zh: '黑体', en: 'Hei (sans)' },
	setting_left: { zh: '在前（左侧）的语言', en: 'First (left) language' },
	setting_left_zh: { zh: '中文', en: 'Chinese' },
	setting_left_en: { zh: '英文', en: 'English' },
	setting_notes: { zh: '注释', en: 'Notes' },
	setting_notes_margin: { zh: '有空间时置于页边', en: 'In the margin, where there is room' },
	setting_notes_end: { zh: '只在文末', en: 'At the end only' },
	setting_interleave: { zh: '穿插对照', en: 'Interleaved' },
	setting_interleave_paragraph: { zh: '逐段', en: 'Paragraph by paragraph' },
	setting_interleave_sentence: { zh: '逐句', en: 'Sentence by sentence' },
	setting_study: { zh: '单语阅读时', en: 'Reading one language' },
	setting_study_off: { zh: '只显示原文或译文', en: 'Show that language only' },
	setting_study_on: { zh: '点按一句即显示其对应译文（学习模式）', en: 'A tap on a sentence shows its partner (study)' },
	keysHint: { zh: '键盘：J 下一句，K 上一句，Esc 取消标记；/ 搜索', en: 'Keys: J next sentence, K previous, Esc unmark; / search' },
	copyPassageLink: { zh: '复制此段文字的链接', en: 'Copy a link to this passage' },
	passageLinkCopied: { zh: '链接已复制', en: 'Link copied' },
	citeSentence: { zh: '引用此句', en: 'Cite this sentence' },
	citeWholeParagraph: { zh: '改为引用整段', en: 'Cite the whole paragraph instead' },
	citeFailed: { zh: '引用信息未能加载，请检查网络后重试。', en: 'The citation could not be loaded. Check your connection and try again.' },
} satisfies Record<string, Record<Locale, string>>;

/** The search dialog's strings (search.ts), apart for the same reason; the mode names serve the pages too. */
export const searchStrings = {
	mode_zh: { zh: '中文', en: 'Chinese' },
	mode_en: { zh: '英文', en: 'English' },
	/** Plural forms by `Intl.PluralRules`: Chinese has one form. */
	searchCountOne: { zh: '找到 {n} 条结果。', en: '{n} result.' },
	searchCount: { zh: '找到 {n} 条结果。', en: '{n} results.' },
	loadingIndex: { zh: '正在加载搜索索引……', en: 'Loading the search index…' },
	stillSearching: { zh: '仍在搜索{lang}……', en: 'Still searching the {lang} text…' },
	failedOffline: { zh: '{lang}索引未能加载，请检查网络连接。', en: 'The {lang} index could not be loaded: check your connection.' },
	failedBroken: { zh: '{lang}索引已损坏，无法读取。', en: 'The {lang} index is damaged and cannot be read.' },
	someUnreadable: { zh: '部分结果无法读取。', en: 'Some results could not be read.' },
	showMore: { zh: '显示更多（还有 {n} 条）', en: 'Show more ({n} more)' },
	close: { zh: '关闭', en: 'Close' },
	orderLabel: { zh: '排列', en: 'Order' },
	orderRank: { zh: '最相关在前', en: 'Best match' },
	orderDocument: { zh: '按原文顺序', en: 'As in the text' },
	searchHint: { zh: '↑↓ 选择，Enter 前往，Esc 关闭', en: '↑↓ to choose, Enter to go, Esc to close' },
	searchIn: { zh: '搜索范围', en: 'Search in' },
	searchInBoth: { zh: '中英文', en: 'Both languages' },
	searchLabel: { zh: '搜索全文（中文或英文）', en: 'Search the full text (Chinese or English)' },
	searchNone: { zh: '没有找到“{q}”。', en: 'Nothing found for “{q}”.' },
	searchResults: { zh: '搜索结果', en: 'Search results' },
} satisfies Record<string, Record<Locale, string>>;

export type UiKey = keyof typeof pageStrings | keyof typeof readerStrings | keyof typeof searchStrings;

/** The interface string `key` in `locale`. */
export function t(locale: Locale, key: UiKey): string {
	// Looked up table by table: a merged table (a spread) would keep every table in every script's bundle.
	const table: Record<string, Record<Locale, string>> = key in pageStrings ? pageStrings : key in readerStrings ? readerStrings : searchStrings;
	return table[key]![locale];
}

/** A string of one table (`readerStrings`, `searchStrings`) in `locale`: what the scripts use. */
export function pick<Table extends Record<string, Record<Locale, string>>>(table: Table, locale: Locale, key: keyof Table): string {
	return table[key]![locale];
}

/** A label's colon: full-width in Chinese. */
export const colon = (locale: Locale): string => (locale === 'zh' ? '：' : ': ');

/** Notes' accessible names, as the inline renderer needs them. */
export function markerLabels(locale: Locale) {
	return {
		note: (n: number) => (locale === 'zh' ? `注${n}` : `Note ${n}`),
		missingNote: t(locale, 'missingNoteShort'),
		translatorNote: (n: number) => `${t(locale, 'translatorNote')}${locale === 'zh' ? '' : ' '}T${n}`,
	};
}
