/**
 * The search quality table: queries a reader would type, each with the
 * units that answer it (any of them in the top 3 is a hit; none expected
 * means the query must find nothing). Used by the search test and the
 * search benchmark. Expected ids were read off the text, not the results.
 */
export interface SearchQuery {
	query: string;
	lang: 'zh' | 'en';
	expect: string[];
	what: string;
}

export const SEARCH_QUERIES: SearchQuery[] = [
	{ lang: 'zh', query: '李世石', expect: ['s1-p1'], what: 'person name' },
	{ lang: 'zh', query: '达特茅斯会议', expect: ['s1-p1'], what: 'place name' },
	{ lang: 'zh', query: '扩散模型', expect: ['s2-1-p3'], what: 'technical term' },
	{ lang: 'zh', query: '意托邦', expect: ['n21'], what: 'coinage, in a note' },
	{ lang: 'zh', query: '世界模拟器的核心', expect: ['s4-3-p2'], what: 'phrase' },
	{ lang: 'zh', query: '辛顿', expect: ['s3-1-p1'], what: 'person name' },
	{ lang: 'zh', query: '库兹韦尔', expect: ['s5-p1'], what: 'person name' },
	{ lang: 'zh', query: '康德', expect: ['s3-2-p4', 'n14'], what: 'person name' },
	{ lang: 'zh', query: '纯粹理性批判', expect: ['n14'], what: 'book title, in a note' },
	{ lang: 'zh', query: '预训练生成式聊天转换器', expect: ['s1-1-p1'], what: 'long compound' },
	{ lang: 'zh', query: '一镜到底', expect: ['intro-p1'], what: 'idiom' },
	{ lang: 'zh', query: '双螺旋创新能力', expect: ['s1-3-p1'], what: 'term' },
	{ lang: 'zh', query: '数据包', expect: ['s2-1-p3'], what: 'term' },
	{ lang: 'zh', query: '人工智慧', expect: ['s3-1-p5'], what: 'coinage' },
	{ lang: 'zh', query: '元宇宙是虚假概念', expect: ['s4-3-p4'], what: 'phrase' },
	{ lang: 'zh', query: '"各领风骚仅一年"', expect: ['s1-p1'], what: 'quoted phrase' },
	{ lang: 'zh', query: '跨维度的智能交互体验', expect: ['s4-3-p3'], what: 'phrase' },
	{ lang: 'zh', query: '新疆师范大学学报', expect: ['n13'], what: 'journal, in a note' },
	{ lang: 'zh', query: '2022年11月30日', expect: ['s1-p1'], what: 'date, numbers' },
	{ lang: 'zh', query: 'Transformer 编码器', expect: ['s2-2-1-p1'], what: 'mixed Latin and Chinese' },
	{ lang: 'zh', query: '量子纠缠', expect: [], what: 'nothing matches' },
	{ lang: 'en', query: 'Lee Sedol', expect: ['s1-p1'], what: 'person name' },
	{ lang: 'en', query: 'Dartmouth Conference', expect: ['s1-p1'], what: 'place name' },
	{ lang: 'en', query: 'diffusion model', expect: ['s2-1-p3'], what: 'technical term' },
	{ lang: 'en', query: 'Ideatopia', expect: ['n21'], what: 'coinage, in a note' },
	{ lang: 'en', query: 'heart of the world simulator', expect: ['s4-3-p2'], what: 'phrase' },
	{ lang: 'en', query: 'Geoffrey Hinton', expect: ['s3-1-p1'], what: 'person name' },
	{ lang: 'en', query: 'Ray Kurzweil', expect: ['s5-p1'], what: 'person name' },
	{ lang: 'en', query: 'Kant', expect: ['s3-2-p4', 'n14'], what: 'person name' },
	{ lang: 'en', query: 'Critique of Pure Reason', expect: ['n14'], what: 'book title, in a note' },
	{ lang: 'en', query: 'singularity', expect: ['s5-p1'], what: 'term' },
	{ lang: 'en', query: 'single-take videos', expect: ['intro-p1'], what: 'phrase' },
	{ lang: 'en', query: 'Patchs', expect: ['s2-1-p3'], what: 'source typo kept' },
	{ lang: 'en', query: 'Adam optimizer', expect: ['s2-2-1-p1'], what: 'technical name' },
	{ lang: 'en', query: 'Beam Search', expect: ['s2-2-1-p1'], what: 'technical name' },
	{ lang: 'en', query: 'spurious concept', expect: ['s4-3-p4'], what: 'phrase' },
	{ lang: 'en', query: '"intelligence explosion"', expect: ['s1-p1'], what: 'quoted phrase' },
	{ lang: 'en', query: '2016 AlphaGo', expect: ['s1-p1', 's3-1-p1'], what: 'number and name' },
	{ lang: 'en', query: 'Journal of Shanghai Normal University', expect: ['n21'], what: 'journal, in a note' },
	{ lang: 'en', query: 'complete induction', expect: ['s3-1-p5'], what: 'term' },
	{ lang: 'en', query: 'taught to fish', expect: ['s2-1-p4'], what: 'idiom' },
	{ lang: 'en', query: 'quantum entanglement', expect: [], what: 'nothing matches' },
];
