/**
 * Interface strings in the three interface locales: Chinese in Simplified
 * characters (`zh`), in Traditional (`zh-hant`, the Simplified strings
 * converted as the text is, src/lib/paper/traditional.ts, which
 * tests/unit/traditional.test.ts checks), and English. The interface
 * locale follows the URL (`/zh/…`, `/zh-hant/…`, `/en/…`); the text's
 * language is marked apart, on each unit. Every string has every locale,
 * or it is a type error. The scripts' strings are tables of their own, so
 * that a script's bundle carries only its own; `t` reads them all.
 */
import { HTML_LANG, type Lang } from './paper/model.ts';

export type Locale = 'zh' | 'zh-hant' | 'en';
/** In the order their links are offered; the first two are the paper's languages. */
export const LOCALES: readonly Locale[] = ['zh', 'en', 'zh-hant'];

/** The language of the text a locale reads: the Traditional interface reads the Chinese, in its script. */
export const textLang = (ui: Locale): Lang => (ui === 'en' ? 'en' : 'zh');

/** The `lang` of each language's text on a page of `ui`: Chinese in Traditional characters under `zh-hant` (Taiwan's standard). */
export const langTags = (ui: Locale): Record<Lang, string> => (ui === 'zh-hant' ? { zh: 'zh-TW', en: HTML_LANG.en } : HTML_LANG);

/** The document language of a page of `ui`. */
export const uiTag = (ui: Locale): string => langTags(ui)[textLang(ui)];

/** The locale of a page, from its document language (`zh-CN`, `zh-TW`, `en`): what the scripts know of it. */
export const localeOf = (tag: string): Locale => (tag === 'en' ? 'en' : tag === 'zh-TW' ? 'zh-hant' : 'zh');

/** The other interface of the paper's two languages: English for either Chinese, Simplified Chinese for English. */
export const otherLocale = (ui: Locale): Locale => (ui === 'en' ? 'zh' : 'en');

/** The pages' strings. */
const pageStrings = {
	siteName: { zh: '双语学术文库', 'zh-hant': '雙語學術文庫', en: 'Bilingual Scholarly Texts' },
	siteTagline: {
		zh: '中文学术文本与英文译文逐段对照',
		'zh-hant': '中文學術文本與英文譯文逐段對照',
		en: 'Chinese scholarly texts beside their English renderings, paragraph by paragraph',
	},
	collectionNote: {
		zh: '本文库收录中文学术论文及其英文译文：可读中文原文、英文译文，或左右对照、逐段穿插阅读；全文可以中英文搜索。',
		'zh-hant': '本文庫收錄中文學術論文及其英文譯文：可讀中文原文、英文譯文，或左右對照、逐段穿插閱讀；全文可以中英文搜索。',
		en: 'A collection of Chinese scholarly papers with their English renderings: read the Chinese original, the English, or both side by side or interleaved; search the full text in either language.',
	},
	skipToText: { zh: '跳到正文', 'zh-hant': '跳到正文', en: 'Skip to the text' },
	collection: { zh: '文库', 'zh-hant': '文庫', en: 'Collection' },
	collectionLink: { zh: '文库（中文界面）', 'zh-hant': '文庫（中文界面）', en: 'The collection, in English' },
	read: { zh: '阅读', 'zh-hant': '閱讀', en: 'Read' },
	readingModes: { zh: '阅读方式', 'zh-hant': '閱讀方式', en: 'Reading mode' },
	siteTools: { zh: '搜索、外观与界面语言', 'zh-hant': '搜索、外觀與界面語言', en: 'Search, appearance, and interface language' },
	mode_parallel: { zh: '左右对照', 'zh-hant': '左右對照', en: 'Side by side' },
	mode_interleaved: { zh: '逐段穿插', 'zh-hant': '逐段穿插', en: 'Interleaved' },
	editorialTitle: { zh: '编者拟题', 'zh-hant': '編者擬題', en: 'editorial title' },
	titleIndex: { zh: '按标题首字母', 'zh-hant': '按標題首字母', en: 'Titles by first letter' },
	paperCount: { zh: '共 {n} 篇论文，按标题排列。', 'zh-hant': '共 {n} 篇論文，按標題排列。', en: '{n} papers, by title.' },
	editorialTitleNote: {
		zh: '原文无标题，此题为编者所拟。',
		'zh-hant': '原文無標題，此題為編者所擬。',
		en: 'The source has no title; this one is the editors’.',
	},
	notes: { zh: '注释', 'zh-hant': '註釋', en: 'Notes' },
	note: { zh: '注', 'zh-hant': '注', en: 'Note' },
	backToText: { zh: '返回正文', 'zh-hant': '返回正文', en: 'Back to the text' },
	missingNote: { zh: '原文缺此注的注文。', 'zh-hant': '原文缺此注的註文。', en: 'The source does not contain the text of this note.' },
	missingNoteShort: { zh: '（原文缺注文）', 'zh-hant': '（原文缺註文）', en: ' (text missing from the source)' },
	translatorNotes: { zh: '译者注', 'zh-hant': '譯者注', en: 'Translator’s notes' },
	translatorNote: { zh: '译者注', 'zh-hant': '譯者注', en: 'Translator’s note' },
	editorial: { zh: '编者', 'zh-hant': '編者', en: 'editorial' },
	abstract: { zh: '摘要', 'zh-hant': '摘要', en: 'Abstract' },
	authorsAbstract: { zh: '作者原文英文摘要', 'zh-hant': '作者原文英文摘要', en: 'The author’s own English abstract' },
	authorsAbstractNote: {
		zh: '作者自撰的英文摘要，逐字照录，仅将全角逗号改为半角。',
		'zh-hant': '作者自撰的英文摘要，逐字照錄，僅將全角逗號改為半角。',
		en: 'The author’s own English abstract, word for word; only its full-width commas are normalized.',
	},
	teamRendering: { zh: '正文英文为本站译文。', 'zh-hant': '正文英文為本站譯文。', en: 'The English of the body is the site’s rendering.' },
	colophon: { zh: '版本信息', 'zh-hant': '版本信息', en: 'Colophon' },
	source: { zh: '底本', 'zh-hant': '底本', en: 'Source' },
	titleField: { zh: '标题', 'zh-hant': '標題', en: 'Title' },
	notStated: { zh: '原文未载', 'zh-hant': '原文未載', en: 'not stated in the source' },
	translatedBy: { zh: '英译', 'zh-hant': '英譯', en: 'English rendering' },
	field_author: { zh: '作者', 'zh-hant': '作者', en: 'Author' },
	field_affiliation: { zh: '作者单位', 'zh-hant': '作者單位', en: 'Affiliation' },
	field_venue: { zh: '刊物', 'zh-hant': '刊物', en: 'Journal' },
	field_year: { zh: '年份', 'zh-hant': '年份', en: 'Year' },
	field_keywords: { zh: '关键词', 'zh-hant': '關鍵詞', en: 'Keywords' },
	field_doi: { zh: 'DOI', 'zh-hant': 'DOI', en: 'DOI' },
	notFoundTitle: { zh: '找不到此页', 'zh-hant': '找不到此頁', en: 'Page not found' },
	notFoundText: { zh: '此地址没有页面。', 'zh-hant': '此地址沒有頁面。', en: 'There is no page at this address.' },
	guide: { zh: '使用指南', 'zh-hant': '使用指南', en: 'Guide' },
	guideIntro: {
		zh: '如何在本站阅读、搜索、查词、引用和下载，以及编辑和译者如何工作。',
		'zh-hant': '如何在本站閱讀、搜索、查詞、引用和下載，以及編輯和譯者如何工作。',
		en: 'How to read, search, look up, cite and reuse the texts of this site, and how its editors and translators work.',
	},
	guidePages: { zh: '指南各篇', 'zh-hant': '指南各篇', en: 'The guide’s pages' },
	guidePrevious: { zh: '上一篇', 'zh-hant': '上一篇', en: 'Previous' },
	guideNext: { zh: '下一篇', 'zh-hant': '下一篇', en: 'Next' },
	guideExampleFrom: { zh: '示例取自', 'zh-hant': '示例取自', en: 'Example from' },
	contents: { zh: '目录', 'zh-hant': '目錄', en: 'Contents' },
	theme: { zh: '深色/浅色', 'zh-hant': '深色/淺色', en: 'Dark/light' },
	glossary: { zh: '术语表', 'zh-hant': '術語表', en: 'Glossary' },
	glossaryIntro: {
		zh: '本文关键术语及其英译。译文各处统一使用这些译法。',
		'zh-hant': '本文關鍵術語及其英譯。譯文各處統一使用這些譯法。',
		en: 'The key terms of this paper and their English renderings, used the same way throughout the translation.',
	},
	search: { zh: '搜索', 'zh-hant': '搜索', en: 'Search' },
	searchNeedsScript: { zh: '搜索需要启用 JavaScript', 'zh-hant': '搜索需要啟用 JavaScript', en: 'Search needs JavaScript' },
	loadFailed: { zh: '未能加载，请稍后重试。', 'zh-hant': '未能加載，請稍後重試。', en: 'Could not load; try again.' },
	about: { zh: '关于本版', 'zh-hant': '關於本版', en: 'About this edition' },
	citeThis: { zh: '引用本文', 'zh-hant': '引用本文', en: 'Cite this text' },
	citeNote: {
		zh: '引用日期为本版生成之日，请改为您阅读的日期。引用某一段，请用该段的链接控件（¶ 旁的“引”）。',
		'zh-hant': '引用日期為本版生成之日，請改為您閱讀的日期。引用某一段，請用該段的鏈接控件（¶ 旁的“引”）。',
		en: 'The access date is the date this edition was built: change it to the day you read it. To cite one paragraph, use the cite control beside its ¶.',
	},
	bibliography: { zh: '参考文献', 'zh-hant': '參考文獻', en: 'Bibliography' },
	bibliographyNote: {
		zh: '编者据各注整理，每种文献列一次；注号链接到引用它的注。',
		'zh-hant': '編者據各注整理，每種文獻列一次；注號鏈接到引用它的注。',
		en: 'Compiled by the editors from the notes, each work once; the numbers link to the notes that cite it.',
	},
	citedIn: { zh: '见注', 'zh-hant': '見注', en: 'cited in notes' },
	downloads: { zh: '下载', 'zh-hant': '下載', en: 'Downloads' },
	downloadTsv: {
		zh: '对照文本（TSV：每段一行，其后每句一行；编号、所属段落、类别、中文、英文、英译状态）',
		'zh-hant': '對照文本（TSV：每段一行，其後每句一行；編號、所屬段落、類別、中文、英文、英譯狀態）',
		en: 'The aligned text (TSV: a row per paragraph, then one per sentence; id, unit, kind, Chinese, English, state of the English)',
	},
	qualityHeading: { zh: '英译的撰写与审校', 'zh-hant': '英譯的撰寫與審校', en: 'How the English was made and reviewed' },
	qualityMethod: {
		zh: '英译先由译者起草，再由译者对照中文修订；之后分轮交由独立审校者审校，审校者既未起草也未修订译文。每位审校者只依据所分配单元的中文、英文、术语表和体例规范，逐条记录错误的位置、修改建议、所属MQM类别（多维质量指标：准确性、术语、语言规范、风格）和严重程度，并按严重程度计分：轻微1分，重大5分，严重25分。修订者（从不兼任审校者）对每条意见作出采纳、修改后采纳或驳回的决定并修订译文；被驳回的意见不计为错误。下一轮由未参与此前各轮的审校者审校。每一轮的逐条记录随论文保存，并在构建时检查。',
		'zh-hant':
			'英譯先由譯者起草，再由譯者對照中文修訂；之後分輪交由獨立審校者審校，審校者既未起草也未修訂譯文。每位審校者只依據所分配單元的中文、英文、術語表和體例規範，逐條記錄錯誤的位置、修改建議、所屬MQM類別（多維質量指標：準確性、術語、語言規範、風格）和嚴重程度，並按嚴重程度計分：輕微1分，重大5分，嚴重25分。修訂者（從不兼任審校者）對每條意見作出採納、修改後採納或駁回的決定並修訂譯文；被駁回的意見不計為錯誤。下一輪由未參與此前各輪的審校者審校。每一輪的逐條記錄隨論文保存，並在構建時檢查。',
		en: 'The English was drafted by the translators and revised by them against the Chinese. It is then reviewed in rounds by independent reviewers, who neither drafted nor revised it: each reads the Chinese and the English of the units assigned, with the glossary and the house style, and records every error with its place, a proposed fix, its category in the MQM typology (Multidimensional Quality Metrics: accuracy, terminology, linguistic conventions, and style) and its severity, weighed in points: minor 1, major 5, critical 25. A reviser, never the reviewer, accepts, modifies, or rejects each finding and revises the text; a rejected finding is not counted as an error. Each round is reviewed by reviewers new to the text. The record of every round, finding by finding, is kept with the paper and checked when the site is built.',
	},
	qualityLastFull: {
		zh: '最近一次全文审校（第{round}轮，{words}词）：每千词{points}分，重大错误{major}处，严重错误{critical}处。',
		'zh-hant': '最近一次全文審校（第{round}輪，{words}詞）：每千詞{points}分，重大錯誤{major}處，嚴重錯誤{critical}處。',
		en: 'The last full review, round {round} ({words} words), found {points} points per 1,000 words, with {major} major and {critical} critical errors.',
	},
	qualityNoFull: {
		zh: '尚无一轮审校覆盖全部英译。最近一轮（第{round}轮，{words}词）未覆盖{total}个单元中的{missing}个，每千词{points}分，重大错误{major}处，严重错误{critical}处。',
		'zh-hant':
			'尚無一輪審校覆蓋全部英譯。最近一輪（第{round}輪，{words}詞）未覆蓋{total}個單元中的{missing}個，每千詞{points}分，重大錯誤{major}處，嚴重錯誤{critical}處。',
		en: 'No review round has yet covered the whole English. The latest, round {round} ({words} words), left {missing} of the {total} units unreviewed and found {points} points per 1,000 words, with {major} major and {critical} critical errors.',
	},
	qualityNone: {
		zh: '尚未记录审校轮次：英译为译者的初稿与修订稿。',
		'zh-hant': '尚未記錄審校輪次：英譯為譯者的初稿與修訂稿。',
		en: 'No review round is recorded yet: the English is the translators’ draft, as they revised it.',
	},
	qualityCaption: {
		zh: '各轮审校（MQM计分：轻微1分，重大5分，严重25分；被驳回的意见不计）',
		'zh-hant': '各輪審校（MQM計分：輕微1分，重大5分，嚴重25分；被駁回的意見不計）',
		en: 'Review rounds (MQM points: minor 1, major 5, critical 25; rejected findings not counted)',
	},
	qualityRound: { zh: '轮次', 'zh-hant': '輪次', en: 'Round' },
	qualityFullMark: { zh: '（全文）', 'zh-hant': '（全文）', en: ' (full)' },
	qualityPartialMark: { zh: '（部分：{parts}）', 'zh-hant': '（部分：{parts}）', en: ' (partial: {parts})' },
	qualityPartUnits: { zh: '{total}个单元中的{covered}个', 'zh-hant': '{total}個單元中的{covered}個', en: '{covered} of {total} units' },
	qualityPartBibliography: { zh: '书目', 'zh-hant': '書目', en: 'the bibliography' },
	qualityPartEdition: { zh: '版本说明', 'zh-hant': '版本說明', en: 'the edition notes' },
	qualityWords: { zh: '审校词数', 'zh-hant': '審校詞數', en: 'Words reviewed' },
	qualityPerThousand: { zh: '每千词分数', 'zh-hant': '每千詞分數', en: 'Points per 1,000 words' },
	qualityByCategory: { zh: '按类别（每千词分数）', 'zh-hant': '按類別（每千詞分數）', en: 'By category (points per 1,000 words)' },
	qualityMajor: { zh: '重大错误', 'zh-hant': '重大錯誤', en: 'Major errors' },
	qualityCritical: { zh: '严重错误', 'zh-hant': '嚴重錯誤', en: 'Critical errors' },
	qualityUnitsChanged: { zh: '修改单元数', 'zh-hant': '修改單元數', en: 'Units changed' },
	qualityNoErrors: { zh: '无', 'zh-hant': '無', en: 'none' },
	qualityStates: {
		zh: '对照文本与翻译记忆库中，每句注明其英译的状态：drafted（初稿：尚无审校覆盖此句）、reviewed（已审校：最近一次覆盖此句的审校未发现问题，或所发现的问题均被驳回）、revised（已修订：据审校意见修改，尚未再经审校）；作者自撰的英文摘要标为author。',
		'zh-hant':
			'對照文本與翻譯記憶庫中，每句註明其英譯的狀態：drafted（初稿：尚無審校覆蓋此句）、reviewed（已審校：最近一次覆蓋此句的審校未發現問題，或所發現的問題均被駁回）、revised（已修訂：據審校意見修改，尚未再經審校）；作者自撰的英文摘要標為author。',
		en: 'In the aligned text and the translation memory, each sentence gives the state of its English: drafted (no review has covered it yet), reviewed (the latest review covering it found nothing, or only what the reviser rejected), revised (changed after a review and not yet reviewed again); the author’s own English abstract is marked author.',
	},
	downloadJson: { zh: '对照文本（JSON：逐段与逐句）', 'zh-hant': '對照文本（JSON：逐段與逐句）', en: 'The aligned text (JSON: by paragraph and by sentence)' },
	downloadTmx: {
		zh: '翻译记忆库（TMX 1.4b，每句一个翻译单元，可导入 Trados、memoQ、OmegaT 等）',
		'zh-hant': '翻譯記憶庫（TMX 1.4b，每句一個翻譯單元，可導入 Trados、memoQ、OmegaT 等）',
		en: 'A translation memory (TMX 1.4b, one unit per sentence, for Trados, memoQ, OmegaT and other CAT tools)',
	},
	downloadEpub_zh: { zh: 'EPUB 电子书：中文原文', 'zh-hant': 'EPUB 電子書：中文原文', en: 'EPUB e-book: the Chinese original' },
	downloadEpub_en: { zh: 'EPUB 电子书：英文译文', 'zh-hant': 'EPUB 電子書：英文譯文', en: 'EPUB e-book: the English rendering' },
	downloadEpub_bilingual: {
		zh: 'EPUB 电子书：中英对照（逐段穿插）',
		'zh-hant': 'EPUB 電子書：中英對照（逐段穿插）',
		en: 'EPUB e-book: Chinese and English, interleaved by paragraph',
	},
	'downloadEpub_zh-hant': {
		zh: 'EPUB 电子书：中文原文（繁体字版）',
		'zh-hant': 'EPUB 電子書：中文原文（繁體字版）',
		en: 'EPUB e-book: the Chinese original in Traditional characters',
	},
	epubMadeFrom: {
		zh: '本电子书据本站所刊版本制作，详见',
		'zh-hant': '本電子書據本站所刊版本製作，詳見',
		en: 'This e-book is made from the edition the site publishes; see',
	},
	epubCiteNote: {
		zh: '引用日期为本电子书生成之日，请改为您阅读的日期。',
		'zh-hant': '引用日期為本電子書生成之日，請改為您閱讀的日期。',
		en: 'The access date is the date this e-book was made: change it to the day you read it.',
	},
	printedFrom: { zh: '本页网址', 'zh-hant': '本頁網址', en: 'This page' },
	versions: { zh: '版本与更正', 'zh-hant': '版本與更正', en: 'Versions and corrections' },
	versionsNote: {
		zh: '每一版的日期与改动，按单元列出。单元编号不随更正而变，指向某段的旧链接仍指向该段。引用时请注明所读版本。',
		'zh-hant': '每一版的日期與改動，按單元列出。單元編號不隨更正而變，指向某段的舊鏈接仍指向該段。引用時請註明所讀版本。',
		en: 'Each version’s date and what it changed, by unit. Unit ids do not change with a correction: a link to a paragraph made for an earlier version still leads to it. Cite the version you read.',
	},
	version: { zh: '版本', 'zh-hant': '版本', en: 'Version' },
	currentVersion: { zh: '（当前版本）', 'zh-hant': '（當前版本）', en: ' (current)' },
	changedUnits: { zh: '改动之处：', 'zh-hant': '改動之處：', en: 'Changed: ' },
	changedGlossary: { zh: '术语表', 'zh-hant': '術語表', en: 'glossary' },
	changedBibliography: { zh: '书目', 'zh-hant': '書目', en: 'bibliography' },
	changedEdition: { zh: '版本说明', 'zh-hant': '版本說明', en: 'edition notes' },
	downloadPrint: {
		zh: '打印版（左右对照，可存为 PDF）',
		'zh-hant': '打印版（左右對照，可存為 PDF）',
		en: 'For print (side by side; save as PDF from the print dialog)',
	},
	/** The interface links' names, each in its own language and script; Simplified is named as a script beside Traditional. */
	languageName_zh: { zh: '中文', 'zh-hant': '简体', en: '中文' },
	languageName_en: { zh: 'English', 'zh-hant': 'English', en: 'English' },
	readingAids: { zh: '阅读辅助', 'zh-hant': '閱讀輔助', en: 'Reading aids' },
	traditionalEdition: { zh: '繁体字版', 'zh-hant': '繁體字版', en: 'The Traditional Chinese edition' },
	traditionalEditionNote: {
		zh: '繁体字版由简体原文在建站时自动生成（OpenCC，台湾标准，只转换字形，不改作者用词），下表各处为人工校正。取台湾标准，是因为使用繁体字的读者与学术出版以台湾为最多，其字形依台湾教育部标准。',
		'zh-hant':
			'繁體字版由簡體原文在建站時自動生成（OpenCC，臺灣標準，只轉換字形，不改作者用詞），下表各處為人工校正。取臺灣標準，是因為使用繁體字的讀者與學術出版以臺灣為最多，其字形依臺灣教育部標準。',
		en: 'The Traditional edition is generated from the Simplified original when the site is built (OpenCC, Taiwan standard: the script changes, the author’s words do not), corrected by hand where the table below says. Taiwan’s standard, because most readers and most scholarly publishing in Traditional characters follow it, with the character forms of its Ministry of Education.',
	},
	overridesCaption: {
		zh: '人工校正（OpenCC 的转换有误或取异体之处）',
		'zh-hant': '人工校正（OpenCC 的轉換有誤或取異體之處）',
		en: 'Corrections by hand (where OpenCC converts wrongly or keeps a variant)',
	},
	overrideSimplified: { zh: '简体原文', 'zh-hant': '簡體原文', en: 'Simplified' },
	overrideTraditional: { zh: '繁体', 'zh-hant': '繁體', en: 'Traditional' },
	overrideReason: { zh: '理由', 'zh-hant': '理由', en: 'Why' },
	lookupTitle: { zh: '查词', 'zh-hant': '查詞', en: 'Word look-up' },
	lookupNote: {
		zh: '点击或选中正文中的中文词语，可见其拼音（pinyin-pro 生成）、CC-CEDICT 英文释义和本文术语表的说明。CC-CEDICT 由 MDBG 维护，以知识共享 署名-相同方式共享 4.0 许可协议（CC BY-SA 4.0）发布；本站只收录本文用到的词条。',
		'zh-hant':
			'點擊或選中正文中的中文詞語，可見其拼音（pinyin-pro 生成）、CC-CEDICT 英文釋義和本文術語表的說明。CC-CEDICT 由 MDBG 維護，以知識共享 署名-相同方式共享 4.0 許可協議（CC BY-SA 4.0）發布；本站只收錄本文用到的詞條。',
		en: 'Click, tap or select a Chinese word of the text to see its pinyin (from pinyin-pro), its English glosses from CC-CEDICT and the glossary’s note on it. CC-CEDICT is maintained by MDBG and published under the Creative Commons Attribution-ShareAlike 4.0 license (CC BY-SA 4.0); the site holds only the entries of the words this paper uses.',
	},
	'languageName_zh-hant': { zh: '繁體', 'zh-hant': '繁體', en: '繁體' },
	collectionLinkHant: { zh: '文库（繁体中文界面）', 'zh-hant': '文庫（繁體中文界面）', en: 'The collection in Traditional Chinese' },
} satisfies Record<string, Record<Locale, string>>;

/** The reading enhancements' strings (reader.ts): a table apart, so that its bundle carries only these. */
export const readerStrings = {
	previousSection: { zh: '上一节', 'zh-hant': '上一節', en: 'Previous section' },
	nextSection: { zh: '下一节', 'zh-hant': '下一節', en: 'Next section' },
	permalink: { zh: '本段链接（点击复制）', 'zh-hant': '本段鏈接（點擊複製）', en: 'Link to this paragraph (click to copy)' },
	copied: { zh: '链接已复制', 'zh-hant': '鏈接已複製', en: 'Link copied' },
	closeNote: { zh: '关闭', 'zh-hant': '關閉', en: 'Close' },
	goToNote: { zh: '到注释处', 'zh-hant': '到註釋處', en: 'Go to the note' },
	citeOriginal: { zh: '中文原文', 'zh-hant': '中文原文', en: 'The Chinese original' },
	citeTranslation: { zh: '英文译文', 'zh-hant': '英文譯文', en: 'The English rendering' },
	citeParagraph: { zh: '引用此段', 'zh-hant': '引用此段', en: 'Cite this paragraph' },
	/** The visible text of the cite control beside each unit. */
	reportError: { zh: '报告错误', 'zh-hant': '報告錯誤', en: 'Report an error' },
	reportShort: { zh: '报错', 'zh-hant': '報錯', en: 'Report' },
	reportIntro: {
		zh: '以下内容将预先填入报告；请写明错在何处：',
		'zh-hant': '以下內容將預先填入報告；請寫明錯在何處：',
		en: 'The report is filled in with this; add what is wrong:',
	},
	reportByIssue: { zh: '在问题跟踪系统中写报告', 'zh-hant': '在問題跟蹤系統中寫報告', en: 'Write the report in the issue tracker' },
	reportByEmail: { zh: '用电子邮件写报告', 'zh-hant': '用電子郵件寫報告', en: 'Write the report by email' },
	reportPaper: { zh: '论文', 'zh-hant': '論文', en: 'Paper' },
	reportVersion: { zh: '版本', 'zh-hant': '版本', en: 'Version' },
	reportUnit: { zh: '单元', 'zh-hant': '單元', en: 'Unit' },
	reportSegment: { zh: '句', 'zh-hant': '句', en: 'Segment' },
	reportPage: { zh: '页面', 'zh-hant': '頁面', en: 'Page' },
	reportText: { zh: '所见文本', 'zh-hant': '所見文本', en: 'The text as shown' },
	reportWords: { zh: '错误之处（请填写）', 'zh-hant': '錯誤之處（請填寫）', en: 'What is wrong (your words)' },
	reportTitle: { zh: '报告错误', 'zh-hant': '報告錯誤', en: 'Error report' },
	citeShort: { zh: '引', 'zh-hant': '引', en: 'Cite' },
	/** Chicago's two forms, each with its own copy button; GB/T 7714 needs no name in either language. */
	styleChicagoNote: { zh: 'Chicago（注）', 'zh-hant': 'Chicago（注）', en: 'Chicago note' },
	styleChicagoBibliography: { zh: 'Chicago（参考文献）', 'zh-hant': 'Chicago（參考文獻）', en: 'Chicago bibliography' },
	copy: { zh: '复制', 'zh-hant': '複製', en: 'Copy' },
	copiedShort: { zh: '已复制', 'zh-hant': '已複製', en: 'Copied' },
	download: { zh: '下载：', 'zh-hant': '下載：', en: 'Download:' },
	settings: { zh: '阅读设置', 'zh-hant': '閱讀設置', en: 'Reading settings' },
	/** The name of the "Aa" button: it holds what the button shows. */
	settingsButton: { zh: 'Aa：阅读设置', 'zh-hant': 'Aa：閱讀設置', en: 'Aa: reading settings' },
	setting_size: { zh: '字号', 'zh-hant': '字號', en: 'Text size' },
	setting_size_s: { zh: '小', 'zh-hant': '小', en: 'Small' },
	setting_size_m: { zh: '中', 'zh-hant': '中', en: 'Medium' },
	setting_size_l: { zh: '大', 'zh-hant': '大', en: 'Large' },
	setting_size_xl: { zh: '特大', 'zh-hant': '特大', en: 'Larger' },
	setting_face: { zh: '中文字体', 'zh-hant': '中文字體', en: 'Chinese typeface' },
	setting_face_song: { zh: '宋体', 'zh-hant': '宋體', en: 'Song (serif)' },
	setting_face_hei: { zh: '黑体', 'zh-hant': '黑體', en: 'Hei (sans)' },
	setting_left: { zh: '在前（左侧）的语言', 'zh-hant': '在前（左側）的語言', en: 'First (left) language' },
	setting_left_zh: { zh: '中文', 'zh-hant': '中文', en: 'Chinese' },
	setting_left_en: { zh: '英文', 'zh-hant': '英文', en: 'English' },
	setting_notes: { zh: '注释', 'zh-hant': '註釋', en: 'Notes' },
	setting_notes_margin: { zh: '有空间时置于页边', 'zh-hant': '有空間時置於頁邊', en: 'In the margin, where there is room' },
	setting_notes_end: { zh: '只在文末', 'zh-hant': '只在文末', en: 'At the end only' },
	setting_interleave: { zh: '穿插对照', 'zh-hant': '穿插對照', en: 'Interleaved' },
	setting_interleave_paragraph: { zh: '逐段', 'zh-hant': '逐段', en: 'Paragraph by paragraph' },
	setting_interleave_sentence: { zh: '逐句', 'zh-hant': '逐句', en: 'Sentence by sentence' },
	setting_study: { zh: '单语阅读时', 'zh-hant': '單語閱讀時', en: 'Reading one language' },
	setting_study_off: { zh: '只显示原文或译文', 'zh-hant': '只顯示原文或譯文', en: 'Show that language only' },
	setting_study_on: {
		zh: '点按一句即显示其对应译文（学习模式）',
		'zh-hant': '點按一句即顯示其對應譯文（學習模式）',
		en: 'A tap on a sentence shows its partner (study)',
	},
	keysHint: {
		zh: '键盘：J 下一句，K 上一句，Esc 取消标记；/ 搜索',
		'zh-hant': '鍵盤：J 下一句，K 上一句，Esc 取消標記；/ 搜索',
		en: 'Keys: J next sentence, K previous, Esc unmark; / search',
	},
	/** The settings panel's link to the guide's page on reading: the reading pages spend no bytes on a link of their own. */
	settingsGuide: { zh: '使用指南：阅读模式、学习模式和按键', 'zh-hant': '使用指南：閱讀模式、學習模式和按鍵', en: 'Guide: the reading modes, study and keys' },
	copyPassageLink: { zh: '复制此段文字的链接', 'zh-hant': '複製此段文字的鏈接', en: 'Copy a link to this passage' },
	passageLinkCopied: { zh: '链接已复制', 'zh-hant': '鏈接已複製', en: 'Link copied' },
	citeSentence: { zh: '引用此句', 'zh-hant': '引用此句', en: 'Cite this sentence' },
	citeWholeParagraph: { zh: '改为引用整段', 'zh-hant': '改為引用整段', en: 'Cite the whole paragraph instead' },
	citeFailed: {
		zh: '引用信息未能加载，请检查网络后重试。',
		'zh-hant': '引用信息未能加載，請檢查網絡後重試。',
		en: 'The citation could not be loaded. Check your connection and try again.',
	},
	/** The header's way to the contents (contents-sheet.ts): its name, before the section shown. */
	contentsOf: { zh: '目录：', 'zh-hant': '目錄：', en: 'Contents: ' },
	/** Copying cites itself (copy-citation.ts), a setting. */
	setting_copy: { zh: '复制文字时', 'zh-hant': '複製文字時', en: 'Copying text' },
	setting_copy_cite: { zh: '附上出处和链接', 'zh-hant': '附上出處和鏈接', en: 'Add its citation and link' },
	setting_copy_plain: { zh: '只复制文字', 'zh-hant': '只複製文字', en: 'The text only' },
	/** Reading resumed (resume.ts): `{place}` is a unit's label, e.g. 第3.2节第2段 or 3.2, paragraph 2. */
	resumeAt: { zh: '继续阅读：{place}', 'zh-hant': '繼續閱讀：{place}', en: 'Continue at {place}' },
	resumeOffer: { zh: '上次读到的位置', 'zh-hant': '上次讀到的位置', en: 'Where you stopped reading' },
	dismiss: { zh: '不用了', 'zh-hant': '不用了', en: 'Dismiss' },
} satisfies Record<string, Record<Locale, string>>;

/** The search dialog's strings (search.ts), apart for the same reason; the mode names serve the pages too. */
export const searchStrings = {
	mode_zh: { zh: '中文', 'zh-hant': '中文', en: 'Chinese' },
	mode_en: { zh: '英文', 'zh-hant': '英文', en: 'English' },
	/** Plural forms by `Intl.PluralRules`: Chinese has one form. */
	searchCountOne: { zh: '找到 {n} 条结果。', 'zh-hant': '找到 {n} 條結果。', en: '{n} result.' },
	searchCount: { zh: '找到 {n} 条结果。', 'zh-hant': '找到 {n} 條結果。', en: '{n} results.' },
	loadingIndex: { zh: '正在加载搜索索引……', 'zh-hant': '正在加載搜索索引……', en: 'Loading the search index…' },
	stillSearching: { zh: '仍在搜索{lang}……', 'zh-hant': '仍在搜索{lang}……', en: 'Still searching the {lang} text…' },
	failedOffline: {
		zh: '{lang}索引未能加载，请检查网络连接。',
		'zh-hant': '{lang}索引未能加載，請檢查網絡連接。',
		en: 'The {lang} index could not be loaded: check your connection.',
	},
	failedBroken: { zh: '{lang}索引已损坏，无法读取。', 'zh-hant': '{lang}索引已損壞，無法讀取。', en: 'The {lang} index is damaged and cannot be read.' },
	someUnreadable: { zh: '部分结果无法读取。', 'zh-hant': '部分結果無法讀取。', en: 'Some results could not be read.' },
	showMore: { zh: '显示更多（还有 {n} 条）', 'zh-hant': '顯示更多（還有 {n} 條）', en: 'Show more ({n} more)' },
	/** A large collection's index is searched a range of papers at a time (src/lib/search/ranges.ts). */
	searchCountSoFar: {
		zh: '目前找到 {n} 条结果，其余论文尚未搜索。',
		'zh-hant': '目前找到 {n} 條結果，其餘論文尚未搜索。',
		en: '{n} results so far; the other papers have not been searched yet.',
	},
	searchOtherPapers: { zh: '搜索其余论文', 'zh-hant': '搜索其餘論文', en: 'Search the other papers' },
	close: { zh: '关闭', 'zh-hant': '關閉', en: 'Close' },
	orderLabel: { zh: '排列', 'zh-hant': '排列', en: 'Order' },
	orderRank: { zh: '最相关在前', 'zh-hant': '最相關在前', en: 'Best match' },
	orderDocument: { zh: '按原文顺序', 'zh-hant': '按原文順序', en: 'As in the text' },
	searchHint: { zh: '↑↓ 选择，Enter 前往，Esc 关闭', 'zh-hant': '↑↓ 選擇，Enter 前往，Esc 關閉', en: '↑↓ to choose, Enter to go, Esc to close' },
	searchIn: { zh: '搜索范围', 'zh-hant': '搜索範圍', en: 'Search in' },
	searchInBoth: { zh: '中英文', 'zh-hant': '中英文', en: 'Both languages' },
	searchLabel: { zh: '搜索全文（中文或英文）', 'zh-hant': '搜索全文（中文或英文）', en: 'Search the full text (Chinese or English)' },
	searchNone: { zh: '没有找到“{q}”。', 'zh-hant': '沒有找到“{q}”。', en: 'Nothing found for “{q}”.' },
	searchResults: { zh: '搜索结果', 'zh-hant': '搜索結果', en: 'Search results' },
	/** The dialog's link to the guide's page on searching. */
	searchGuideLink: { zh: '使用指南：如何搜索', 'zh-hant': '使用指南：如何搜索', en: 'Guide: how search works' },
	/** The heading of the guide's results, which stand apart, after the text's. */
	searchGuide: { zh: '指南中的结果', 'zh-hant': '指南中的結果', en: 'In the guide' },
} satisfies Record<string, Record<Locale, string>>;

/** The MQM categories of the review records (src/lib/paper/reviews.ts), named for the about page. */
export const mqmCategoryLabels = {
	'accuracy/mistranslation': { zh: '准确性：误译', 'zh-hant': '準確性：誤譯', en: 'accuracy: mistranslation' },
	'accuracy/omission': { zh: '准确性：漏译', 'zh-hant': '準確性：漏譯', en: 'accuracy: omission' },
	'accuracy/addition': { zh: '准确性：增译', 'zh-hant': '準確性：增譯', en: 'accuracy: addition' },
	'accuracy/untranslated': { zh: '准确性：未译', 'zh-hant': '準確性：未譯', en: 'accuracy: untranslated' },
	'terminology/wrong-term': { zh: '术语：用词错误', 'zh-hant': '術語：用詞錯誤', en: 'terminology: wrong term' },
	'terminology/inconsistent': { zh: '术语：前后不一', 'zh-hant': '術語：前後不一', en: 'terminology: inconsistent' },
	'linguistic/grammar': { zh: '语言：语法', 'zh-hant': '語言：語法', en: 'linguistic: grammar' },
	'linguistic/punctuation': { zh: '语言：标点', 'zh-hant': '語言：標點', en: 'linguistic: punctuation' },
	'linguistic/spelling': { zh: '语言：拼写', 'zh-hant': '語言：拼寫', en: 'linguistic: spelling' },
	'style/unidiomatic': { zh: '风格：不地道（仿照中文搭配）', 'zh-hant': '風格：不地道（仿照中文搭配）', en: 'style: unidiomatic' },
	'style/awkward': { zh: '风格：生硬', 'zh-hant': '風格：生硬', en: 'style: awkward' },
	'style/repetition': { zh: '风格：重复', 'zh-hant': '風格：重複', en: 'style: repetition' },
	'style/register': { zh: '风格：语域', 'zh-hant': '風格：語域', en: 'style: register' },
	'style/house-style': { zh: '风格：体例', 'zh-hant': '風格：體例', en: 'style: house style' },
} satisfies Record<string, Record<Locale, string>>;

/** The word look-up's and the concordance's strings (scripts/lookup/), apart for the same reason. */
export const lookupStrings = {
	lookup: { zh: '查词', 'zh-hant': '查詞', en: 'Word look-up' },
	close: { zh: '关闭', 'zh-hant': '關閉', en: 'Close' },
	madeOf: { zh: '由以下各词组成：', 'zh-hant': '由以下各詞組成：', en: 'Made of:' },
	notInDictionary: { zh: 'CC-CEDICT 未收此词。', 'zh-hant': 'CC-CEDICT 未收此詞。', en: 'Not in CC-CEDICT.' },
	glossaryEntry: { zh: '术语表', 'zh-hant': '術語表', en: 'Glossary' },
	markAll: { zh: '在全文中标出', 'zh-hant': '在全文中標出', en: 'Mark every occurrence' },
	inChinese: { zh: '中文 {n} 处', 'zh-hant': '中文 {n} 處', en: '{n} in Chinese' },
	inEnglish: { zh: '英文 {n} 处', 'zh-hant': '英文 {n} 處', en: '{n} in English' },
	previous: { zh: '上一处', 'zh-hant': '上一處', en: 'Previous' },
	next: { zh: '下一处', 'zh-hant': '下一處', en: 'Next' },
	source: { zh: '释义：CC-CEDICT（CC BY-SA 4.0）', 'zh-hant': '釋義：CC-CEDICT（CC BY-SA 4.0）', en: 'Glosses: CC-CEDICT (CC BY-SA 4.0)' },
	/** A key term's card (term-card.ts). */
	term: { zh: '术语', 'zh-hant': '術語', en: 'Key term' },
	renderedAs: { zh: '译作', 'zh-hant': '譯作', en: 'Rendered as' },
	formSimplified: { zh: '简体', 'zh-hant': '簡體', en: 'Simplified' },
	formTraditional: { zh: '繁体', 'zh-hant': '繁體', en: 'Traditional' },
	occursIn: { zh: '出现于全文：', 'zh-hant': '出現於全文：', en: 'In the paper: ' },
} satisfies Record<string, Record<Locale, string>>;

/** Offline reading's strings: the about page's "keep" control (scripts/offline/) and the service worker's offline page. */
export const offlineStrings = {
	offlineHeading: { zh: '离线阅读', 'zh-hant': '離線閱讀', en: 'Offline reading' },
	offlineNote: {
		zh: '在本设备上打开过的阅读方式，无网络时仍可重读。保存整篇论文，则每种阅读方式、术语表与本页都可离线阅读，并可在文中搜索。',
		'zh-hant': '在本設備上打開過的閱讀方式，無網絡時仍可重讀。保存整篇論文，則每種閱讀方式、術語表與本頁都可離線閱讀，並可在文中搜索。',
		en: 'The reading modes opened on this device can be read again without a network. Keep the whole paper, and every mode, its glossary and this page read offline, with search in the text.',
	},
	keep: { zh: '保存以供离线阅读', 'zh-hant': '保存以供離線閱讀', en: 'Keep for offline reading' },
	keeping: { zh: '正在保存……（{done}/{total}）', 'zh-hant': '正在保存……（{done}/{total}）', en: 'Keeping… ({done} of {total})' },
	kept: {
		zh: '已保存以供离线阅读 · 第 {version} 版 · {size}',
		'zh-hant': '已保存以供離線閱讀 · 第 {version} 版 · {size}',
		en: 'Kept for offline reading · version {version} · {size}',
	},
	keptNoVersion: { zh: '已保存以供离线阅读 · {size}', 'zh-hant': '已保存以供離線閱讀 · {size}', en: 'Kept for offline reading · {size}' },
	remove: { zh: '移除', 'zh-hant': '移除', en: 'Remove' },
	keepFailed: { zh: '未能保存：{reason}', 'zh-hant': '未能保存：{reason}', en: 'Could not keep it: {reason}' },
	keepFailedQuota: { zh: '本设备的存储空间不足', 'zh-hant': '本設備的存儲空間不足', en: 'this device has not enough storage' },
	keepFailedNetwork: { zh: '网络中断，请联网后再试', 'zh-hant': '網絡中斷，請聯網後再試', en: 'the network failed; try again online' },
	keepFailedStopped: { zh: '保存中途停止，请再试一次', 'zh-hant': '保存中途停止，請再試一次', en: 'keeping stopped before the end; try again' },
	offlineTitle: { zh: '无网络连接', 'zh-hant': '無網絡連接', en: 'You are offline' },
	offlinePage: {
		zh: '此页尚未保存在本设备上，联网后即可打开。',
		'zh-hant': '此頁尚未保存在本設備上，聯網後即可打開。',
		en: 'This page has not been kept on this device; it opens once you are online.',
	},
	offlineKeptPages: { zh: '本设备上已保存的本文页面：', 'zh-hant': '本設備上已保存的本文頁面：', en: 'Pages of this paper kept on this device:' },
	offlineRetry: { zh: '重试', 'zh-hant': '重試', en: 'Try again' },
} satisfies Record<string, Record<Locale, string>>;

export type UiKey =
	keyof typeof pageStrings | keyof typeof readerStrings | keyof typeof searchStrings | keyof typeof lookupStrings | keyof typeof offlineStrings;

/** The interface string `key` in `locale`. */
export function t(locale: Locale, key: UiKey): string {
	// Looked up table by table: a merged table (a spread) would keep every table in every script's bundle.
	const table: Record<string, Record<Locale, string>> = key in pageStrings
		? pageStrings
		: key in readerStrings
			? readerStrings
			: key in searchStrings
				? searchStrings
				: key in lookupStrings
					? lookupStrings
					: offlineStrings;
	return table[key]![locale];
}

/** A string of one table (`readerStrings`, `searchStrings`) in `locale`: what the scripts use. */
export function pick<Table extends Record<string, Record<Locale, string>>>(table: Table, locale: Locale, key: keyof Table): string {
	return table[key]![locale];
}

/** A label's colon: full-width in Chinese. */
export const colon = (locale: Locale): string => (textLang(locale) === 'zh' ? '：' : ': ');
/** The space between a label and what it introduces: none in Chinese, which runs on. */
export const wordSpace = (locale: Locale): string => (textLang(locale) === 'zh' ? '' : ' ');

/** Notes' accessible names, as the inline renderer needs them. */
export function markerLabels(locale: Locale) {
	return {
		note: (n: number) => (textLang(locale) === 'zh' ? `注${n}` : `Note ${n}`),
		missingNote: t(locale, 'missingNoteShort'),
		translatorNote: (n: number) => `${t(locale, 'translatorNote')}${textLang(locale) === 'zh' ? '' : ' '}T${n}`,
	};
}
