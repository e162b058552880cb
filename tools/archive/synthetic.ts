/**
 * The one synthetic-archive generator: deterministic Chinese news-release articles, several
 * sources, years and topics; same index (and seed), same bytes. Two sizes of article:
 *   syntheticArticle  realistic text, about 3 KB of UTF-8 each (benchmarks, npm run gen:archive)
 *   fixtureArticle    three short paragraphs, dates and tags in a fixed rhythm (the tests' archive)
 */
import { resolve } from 'node:path';
import { readArticleFiles } from '../../src/lib/article-files.ts';
import type { Disclosure } from '../../src/lib/article.ts';
import { shanghaiDay, shanghaiIso } from '../../src/lib/dates.ts';
import { sentences } from '../../src/search/contract/sentences.ts';
import { summarise } from '../../src/lib/ingest/summary.ts';
import { markdownToText } from '../../src/lib/markdown.ts';
import { matchTags } from '../../src/lib/tag-vocabulary.ts';
import { archiveArticle, writeArticles, type ArchiveArticle } from './write.ts';

/** mulberry32: a tiny, fast, well-distributed PRNG, so archives are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every source a generated article names. */
export const SOURCES = [
  '省市场监管局（省知识产权局）',
  '省发展改革委',
  '省教育厅',
  '省生态环境厅',
  '省科技厅',
  '省商务厅',
  '杭州市人民政府',
  '宁波市人民政府',
];
const PLACES = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水'];
const TOPICS = [
  '知识产权保护',
  '营商环境优化',
  '生态环境治理',
  '数字经济发展',
  '科技创新',
  '乡村振兴',
  '教育高质量发展',
  '制造业转型升级',
  '民生实事',
  '政务服务增值化改革',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '高', '林'];
const GIVEN = [
  '建国',
  '海峰',
  '晓明',
  '文华',
  '雁云',
  '立新',
  '志强',
  '丽萍',
  '国华',
  '红梅',
  '伟',
  '静',
  '磊',
  '敏',
];
const ROLES = ['副省长', '厅长', '副厅长', '局长', '市长', '副市长', '主任'];
const OPENERS = ['会议指出', '会议强调', '会议要求', '他表示', '她指出', '与会人员认为', '据介绍'];
const ACTIONS = [
  '坚持问题导向，持续深化改革',
  '压实工作责任，强化协同联动',
  '聚焦重点领域，补齐短板弱项',
  '加强统筹谋划，完善制度体系',
  '推进数字赋能，提升治理效能',
  '优化资源配置，激发市场活力',
  '强化要素保障，推动项目落地',
];
const RESULTS = [
  '确保各项任务落地见效',
  '为高质量发展提供有力支撑',
  '让群众和企业有更多获得感',
  '推动工作取得新突破',
  '加快形成一批标志性成果',
];

/**
 * `corpus`: real sentences (e.g. from the committed articles) mixed into the generated text so
 * the vocabulary is not only the templates'.
 */
export function syntheticArticle(index: number, corpus: readonly string[] = [], seed = 2024): ArchiveArticle {
  const rand = prng(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const year = 2019 + (index % 6);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const publishedAt = shanghaiIso(year, month, day, 8 + Math.floor(rand() * 10), Math.floor(rand() * 60));
  const topic = pick(TOPICS);
  const place = pick(PLACES);
  const person = `${pick(SURNAMES)}${pick(GIVEN)}`;
  const title = `${place}召开${year}年${topic}工作推进会（第${index + 1}期）`;
  const paragraphs = [
    `${month}月${day}日，${year}年${place}${topic}工作推进会召开，${pick(ROLES)}${person}出席会议并讲话，各有关单位负责同志参加会议。`,
  ];
  // About 3 KB of UTF-8: roughly 1,000 Chinese characters.
  while (paragraphs.join('').length < 950) {
    const sentenceCount = 2 + Math.floor(rand() * 3);
    let paragraph = '';
    for (let s = 0; s < sentenceCount; s++) {
      paragraph +=
        corpus.length > 0 && rand() < 0.4
          ? pick(corpus)
          : `${pick(OPENERS)}，要围绕${topic}，${pick(ACTIONS)}，${pick(ACTIONS)}，${pick(RESULTS)}。`;
    }
    if (rand() < 0.5)
      paragraph += `${pick(PLACES)}市${pick(ROLES)}${pick(SURNAMES)}${pick(GIVEN)}介绍了有关情况。`;
    if (rand() < 0.3)
      paragraph += `截至${year}年${month}月，全省累计完成投资${Math.floor(rand() * 900) + 100}亿元，同比增长${(rand() * 20).toFixed(1)}%。`;
    paragraphs.push(paragraph);
  }
  return archiveArticle({
    title,
    source: SOURCES[index % SOURCES.length]!,
    publishedAt,
    summary: summarise(paragraphs),
    tags: matchTags(title, paragraphs.join('\n')),
    paragraphs,
    rawPath: `synthetic/${seed}/${index}.txt`,
  });
}

/** Real sentences from the committed articles (content/articles, whatever CONTENT_DIR says). */
export function committedSentences(): string[] {
  return Array.from(readArticleFiles(resolve('content/articles')), ({ body }) =>
    sentences(markdownToText(body)),
  ).flat();
}

/** Writes `size` synthetic articles into dir, their text mixed with `corpus`. */
export function writeSyntheticArchive(
  dir: string,
  size: number,
  corpus: readonly string[] = committedSentences(),
): void {
  for (let i = 0; i < size; i++) writeArticles(dir, [syntheticArticle(i, corpus)]);
}

const FIXTURE_TOPICS = [
  { word: '知识产权', tags: ['知识产权'] },
  { word: '营商环境', tags: ['营商环境'] },
  { word: '生态环境保护', tags: ['生态环境'] },
  { word: '数字经济', tags: ['数字经济'] },
];

/** Test-archive articles that are policy documents: a few in the middle, and the date-only last one with fewer fields. */
const POLICY_EVERY = 15;
const POLICY_AT = 7;
const documentNumber = (i: number) => `浙政办发〔${2021 + (i % 4)}〕${i}号`;
function disclosureOf(i: number, count: number, day: string): Disclosure | undefined {
  if (i === count - 1)
    return { indexNumber: `002482075/${day.slice(0, 4)}-${String(i).padStart(5, '0')}`, validity: '失效' };
  if (i % POLICY_EVERY !== POLICY_AT) return undefined;
  return {
    indexNumber: `002482075/${day.slice(0, 4)}-${String(i).padStart(5, '0')}`,
    issuer: '浙江省人民政府办公厅',
    documentNumber: documentNumber(i),
    topic: '综合政务\\通知',
    writtenOn: day,
    validity: '有效',
  };
}

/**
 * Article `index` of a `count`-article test archive: years 2021–2024, one of four topics (its
 * tag) and 会议 on every one, 杭州 in every text, a number in every title; the last article's
 * source gave only a day (ingest marks it dateOnly). Articles 7, 22, 37 and the last are policy
 * documents (政府信息公开 fields), and the first of them cites the second by its 文号.
 */
export function fixtureArticle(index: number, count: number): ArchiveArticle {
  const topic = FIXTURE_TOPICS[index % FIXTURE_TOPICS.length]!;
  const year = 2021 + (index % 4);
  const month = 1 + (index % 12);
  const day = 1 + (index % 28);
  const dateOnly = index === count - 1;
  const publishedAt = dateOnly
    ? shanghaiIso(year, month, day)
    : shanghaiIso(year, month, day, 8 + (index % 10), (index * 7) % 60);
  // A search for the cited 文号 finds both documents, the cited one first.
  const cites = index === POLICY_AT ? documentNumber(POLICY_AT + POLICY_EVERY) : undefined;
  const paragraphs = [
    `${month}月${day}日，全省${topic.word}工作推进会在杭州召开，会议总结了前一阶段的工作。`,
    `会议指出，要坚持问题导向，持续深化改革，推动${topic.word}工作取得新成效。编号${1000 + index}。${cites ? `会议传达了${cites}文件精神。` : ''}`,
    `会议强调，各地各部门要压实责任、协同发力，确保各项任务落地见效。`,
  ];
  const disclosure = disclosureOf(index, count, shanghaiDay(publishedAt));
  return archiveArticle({
    title: `第${index + 1}号：全省${topic.word}工作推进会召开`,
    source: SOURCES[index % SOURCES.length]!,
    publishedAt,
    dateOnly,
    summary: paragraphs[0]!,
    // Every one is a meeting: with 45 articles 会议 holds all 45, so tag lists paginate (3 pages) too.
    tags: [...topic.tags, '会议'],
    paragraphs,
    rawPath: `fixtures/raw/${index}.txt`,
    ...(disclosure ? { disclosure } : {}),
    ...(cites ? { citesDocumentNumber: cites } : {}),
  });
}

/** Writes a `count`-article test archive (fixtureArticle) into dir; returns its articles. */
export function writeFixtureArchive(dir: string, count: number): ArchiveArticle[] {
  return writeArticles(
    dir,
    Array.from({ length: count }, (_, i) => fixtureArticle(i, count)),
  );
}
