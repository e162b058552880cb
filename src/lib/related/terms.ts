/**
 * What an article is about, as 相关阅读 weighs it: subject terms, and context terms apart.
 *
 * Subject: the documents it names (《…》, a 文号, the document a title is: 关于印发X的通知 → X),
 * the words of its title and, weaker, of its summary (Han character pairs), its subject tags and
 * its 主题分类. Context: its places, its year and its source — a reader follows the subject, and
 * a shared place or year only orders articles that already share a subject.
 *
 * The words are what is left of a title once the place names (places.ts), numbers and years,
 * and the words of form (关于…的通知, 政策解读, 工作会议召开, 全省) are cut out of it: from
 * 「2024年浙江省知识产权强省建设工作联席会议召开」 the pairs of 知识产权强省建设.
 */
import { Lexicon } from './lexicon.ts';

export interface RelatedInput {
  title: string;
  summary: string;
  tags: readonly string[];
  source: string;
  /** ISO 8601 with offset; its year is context. */
  publishedAt: string;
  disclosure?: { topic?: string | undefined; documentNumber?: string | undefined } | undefined;
}

/** How a subject term was found; its weight in a shared pair is the product of both sides' kinds. */
export type SubjectKind = 'document' | 'title' | 'summary' | 'tag';

export interface ArticleTerms {
  /**
   * Subject terms, each once, with the kind they were found as (the strongest where found twice):
   * word pairs as they are, the others with a prefix (q: document name, r: the name without its
   * place, n: 文号, t: tag, c: 主题分类).
   */
  subject: Map<string, SubjectKind>;
  /** Context terms: place, year, source. */
  context: string[];
}

/** Tags that name a form (a meeting), not a subject. */
const FORM_TAGS = new Set(['会议']);

/** Words of form and procedure in titles: what a release is and how, never what it is about. */
const FORM_WORDS = [
  ...['关于', '印发', '转发', '发布', '公布', '召开', '举行', '举办', '开展', '启动', '部署', '出台'],
  ...['推进', '推动', '加快', '加强', '深化', '深入', '进一步', '全面', '做好', '切实', '持续', '有关'],
  ...['相关', '情况', '工作', '成效', '取得', '显著', '圆满', '正式', '首批', '新闻', '的通知', '通知'],
  ...['通告', '公告', '通报', '意见', '办法', '细则', '规定', '条例', '方案', '行动计划', '决定', '批复'],
  ...['复函', '政策解读', '解读', '图解', '一图读懂', '答记者问', '记者问', '问答', '全文', '须知', '试行'],
  ...['暂行', '修订', '会议', '推进会', '座谈会', '部署会', '现场会', '大会', '全体成员', '联席', '专题'],
  ...['常务', '发布会', '培训班', '活动', '仪式', '开幕', '闭幕', '全省', '全市', '全县', '全区', '全国'],
  ...['我省', '我市', '我县', '我区', '本省', '本市', '各地', '省级', '市级', '县级', '人民政府', '政府'],
  ...['办公厅', '办公室', '同志'],
  // The vocabulary of every programme (建设, 发展, 高质量, 专项行动): in a small archive they look rare.
  ...['建设', '发展', '高质量', '工程', '行动', '措施', '若干', '专项', '提升', '成果', '实现', '覆盖'],
  ...['重点', '推出', '上线', '研究', '中心', '全力', '实施'],
];
/** Summaries also say who spoke and that the text follows: more words of form (cut from titles too). */
const SUMMARY_WORDS = [
  ...['会议指出', '会议强调', '会议要求', '会议提出', '指出', '强调', '要求', '提出', '表示', '介绍'],
  ...['近日', '近期', '日前', '上午', '下午', '出席', '讲话', '参加', '负责同志', '有关单位', '各有关'],
  ...['现予', '给你们', '贯彻执行', '认真', '结合实际', '同意', '直属各单位', '各单位', '下一步'],
];

/** 的 joins phrases and 新 qualifies them: neither is ever half of a subject's word pair. */
const lexicon = new Lexicon([...FORM_WORDS, ...SUMMARY_WORDS], '的新');

const LATIN_WORD = /[A-Za-z]{2,}/gu;
const ROMAN_NUMERAL = /^[ivxlc]+$/u;
/** Numbers with their unit or ordinal: 2024年, 第5号, 第十届, 3.8%, 12亿吨, 二十条, 八千亿元. */
const NUMBERS =
  /第?[\d.]+(?:年度|[年月日号期次届批个条项万亿元吨家人名%])*|第?[一二三四五六七八九十百千零〇两]+(?:[万亿]?[次期届批号个条项年元])+|第[一二三四五六七八九十百千零〇两]+/gu;
/** 发文字号: the issuer's code, the year in brackets, the serial and 号. */
const DOCUMENT_NUMBER = /([\u3400-\u9fff]+)\s*[〔[(（【［]\s*(\d{4})\s*[〕\])）】］]\s*第?\s*0*(\d+)\s*号/gu;
const QUOTED = /《([^《》]{2,80})》/gu;
/** 关于印发X的通知: X is the document. */
const ISSUED_DOCUMENT = /印发(.{4,}?)的?通知$/u;
/** A title that is a document's name ends in its type, once the news verb after it is off. */
const DOCUMENT_TITLE = /^(.{4,}(?:条例|办法|规定|方案|意见|细则|规划|纲要|计划))(?:发布|出台|印发|公布)?$/u;
/** The issuing body before 关于 in 某某局关于…的通告: context (the source says it), not subject. */
const ISSUER_PREFIX = /^.+?(?=关于)/u;
const PARENTHESES = /（[^（）]*）|\([^()]*\)/gu;

/** A document's name as two releases would both write it: no parentheses, no spaces, no 关于. */
const documentName = (name: string) =>
  name
    .replace(PARENTHESES, '')
    .replace(/[\s《》]/gu, '')
    .replace(/^关于/u, '');

/** 浙政办发〔2022〕3号 → the last three characters of the issuer's code, the year and the serial. */
function documentNumbers(text: string): string[] {
  if (!text.includes('号')) return [];
  return Array.from(
    text.matchAll(DOCUMENT_NUMBER),
    ([, issuer, year, serial]) => `${issuer!.slice(-3)}${year}-${serial}`,
  );
}

/** Character pairs of the text once places, numbers and words of form are cut out; places to `places`. */
function subjectWords(text: string, places: Set<string>): string[] {
  const rest = text.replace(NUMBERS, '|');
  const scanned = lexicon.scan(rest);
  for (const place of scanned.places) places.add(place);
  const words = scanned.pairs;
  for (const [word] of rest.matchAll(LATIN_WORD)) {
    if (!ROMAN_NUMERAL.test(word.toLowerCase())) words.push(word.toLowerCase());
  }
  return words;
}

export function articleTerms(item: RelatedInput): ArticleTerms {
  const subject = new Map<string, SubjectKind>();
  const add = (key: string, kind: SubjectKind) => {
    if (!subject.has(key)) subject.set(key, kind);
  };
  const title = item.title.normalize('NFKC').replace(ISSUER_PREFIX, '');
  const summary = item.summary.normalize('NFKC');
  // Documents first: the strongest kind wins where a term is found twice.
  const bare = title.replace(PARENTHESES, '');
  const whole = ISSUED_DOCUMENT.exec(bare) ?? DOCUMENT_TITLE.exec(bare);
  const names = [
    whole?.[1],
    ...[title, summary].flatMap((text) => Array.from(text.matchAll(QUOTED), (m) => m[1])),
  ];
  for (const name of names) {
    if (name === undefined || documentName(name).length < 4) continue;
    add(`q:${documentName(name)}`, 'document');
    // The same kind of document for another place (宁波市碳达峰实施方案, 浙江省…): a title term.
    const placeless = lexicon.withoutPlaces(documentName(name));
    if (placeless.length >= 4 && placeless !== documentName(name)) add(`r:${placeless}`, 'title');
  }
  const numbers = [title, summary, item.disclosure?.documentNumber ?? ''].flatMap(documentNumbers);
  for (const number of numbers) add(`n:${number}`, 'document');

  const places = new Set<string>();
  for (const word of subjectWords(title, places)) add(word, 'title');
  for (const word of subjectWords(summary, places)) add(word, 'summary');
  for (const tag of item.tags) if (!FORM_TAGS.has(tag)) add(`t:${tag}`, 'tag');
  for (const level of item.disclosure?.topic?.split(/[\\/／]/u) ?? []) {
    if (level.trim()) add(`c:${level.trim()}`, 'tag');
  }
  const context = [
    ...[...places].map((place) => `p:${place}`),
    `y:${item.publishedAt.slice(0, 4)}`,
    `s:${item.source}`,
  ];
  return { subject, context };
}
