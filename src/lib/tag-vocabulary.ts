/**
 * The controlled tag vocabulary: the only tags an article can carry. Ingest matches these
 * keywords against the title and body; a tag is given when a keyword occurs in the title,
 * or at least `minBodyHits` times in the body (a passing mention is not a topic). Overlapping
 * keywords count once: 省教育厅 is one hit, not two.
 */
export interface TagRule {
  tag: string;
  keywords: string[];
}

export const minBodyHits = 3;

export const TAG_VOCABULARY: readonly TagRule[] = [
  { tag: '知识产权', keywords: ['知识产权', '专利', '商标', '地理标志'] },
  { tag: '市场监管', keywords: ['市场监管', '市场监督管理'] },
  { tag: '科技创新', keywords: ['科技创新', '科创', '创新型省份', '关键核心技术'] },
  { tag: '营商环境', keywords: ['营商环境', '惠企', '助企'] },
  { tag: '政务服务', keywords: ['政务服务', '增值化改革', '放管服'] },
  { tag: '产业发展', keywords: ['制造业', '产业集群', '产业体系'] },
  { tag: '数字经济', keywords: ['数字经济', '数据要素', '数字化改革'] },
  { tag: '法治', keywords: ['法治', '执法', '法院', '检察'] },
  { tag: '教育', keywords: ['教育厅', '学校', '高校', '教育'] },
  { tag: '文化旅游', keywords: ['文化和旅游', '文旅', '旅游'] },
  { tag: '生态环境', keywords: ['生态环境', '环境保护', '碳达峰', '碳中和'] },
  { tag: '民生', keywords: ['民生', '就业', '养老', '医疗', '社保'] },
  { tag: '会议', keywords: ['会议召开', '联席会议', '工作会议', '全体会议'] },
];

export const TAG_NAMES: readonly string[] = TAG_VOCABULARY.map((rule) => rule.tag);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Non-overlapping occurrences of any keyword, longest keyword first. */
function countHits(text: string, keywords: readonly string[]): number {
  const pattern = [...keywords]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return text.match(new RegExp(pattern, 'g'))?.length ?? 0;
}

/** Tags for an article, in vocabulary order. */
export function matchTags(title: string, body: string): string[] {
  return TAG_VOCABULARY.filter(({ keywords }) => {
    if (keywords.some((k) => title.includes(k))) return true;
    return countHits(body, keywords) >= minBodyHits;
  }).map(({ tag }) => tag);
}
