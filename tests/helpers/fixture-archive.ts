/**
 * Writes a folder of valid article Markdown files (like content/articles/) for builds with
 * CONTENT_DIR: several sources, years and tags, Chinese news-style text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/lib/article.ts';
import { serialiseArticle, sha256 } from '../../src/lib/article-file.ts';
import { shanghaiDay, shanghaiIso } from '../../src/lib/dates.ts';
import { slugFor } from '../../src/lib/ingest/ingest.ts';

const SOURCES = [
  '省市场监管局（省知识产权局）',
  '省发展改革委',
  '省教育厅',
  '省生态环境厅',
  '杭州市人民政府',
];
const TOPICS = [
  { word: '知识产权', tags: ['知识产权'] },
  { word: '营商环境', tags: ['营商环境'] },
  { word: '生态环境保护', tags: ['生态环境'] },
  { word: '数字经济', tags: ['数字经济'] },
];

export interface FixtureArticle {
  slug: string;
  title: string;
  publishedAt: string;
  dateOnly: boolean;
  /** Set on the policy documents (政府信息公开 fields). */
  disclosure?: Disclosure;
  /** The 文号 of another policy document this article's text cites. */
  citesDocumentNumber?: string;
}

/** Articles that are policy documents: a few in the middle, and the date-only last one with fewer fields. */
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

export function writeFixtureArchive(dir: string, count: number): FixtureArticle[] {
  mkdirSync(dir, { recursive: true });
  const written: FixtureArticle[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const year = 2021 + (i % 4);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    // The last article's source gave only a day (ingest marks it dateOnly).
    const dateOnly = i === count - 1;
    const publishedAt = dateOnly
      ? shanghaiIso(year, month, day)
      : shanghaiIso(year, month, day, 8 + (i % 10), (i * 7) % 60);
    const disclosure = disclosureOf(i, count, shanghaiDay(publishedAt));
    const title = `第${i + 1}号：全省${topic.word}工作推进会召开`;
    // The first policy document cites the second by its 文号: a search for that 文号 finds both, the cited one first.
    const cites = i === POLICY_AT ? documentNumber(POLICY_AT + POLICY_EVERY) : undefined;
    const citation = cites ? `会议传达了${cites}文件精神。` : '';
    const paragraphs = [
      `${month}月${day}日，全省${topic.word}工作推进会在杭州召开，会议总结了前一阶段的工作。`,
      `会议指出，要坚持问题导向，持续深化改革，推动${topic.word}工作取得新成效。编号${1000 + i}。${citation}`,
      `会议强调，各地各部门要压实责任、协同发力，确保各项任务落地见效。`,
    ];
    const body = paragraphs.join('\n\n') + '\n';
    const text = serialiseArticle(
      {
        title,
        source: SOURCES[i % SOURCES.length]!,
        publishedAt,
        summary: paragraphs[0]!,
        // Every one is a meeting: 会议 holds all 45, so tag lists paginate (3 pages) too.
        tags: [...topic.tags, '会议'],
        images: [],
        ...(disclosure ? { disclosure } : {}),
        raw: { path: `fixtures/raw/${i}.txt`, sha256: sha256(title) },
        ...(dateOnly ? { dateOnly: true } : {}),
      },
      body,
    );
    const slug = slugFor(title, publishedAt);
    writeFileSync(join(dir, `${slug}.md`), text);
    written.push({
      slug,
      title,
      publishedAt,
      dateOnly,
      ...(disclosure ? { disclosure } : {}),
      ...(cites ? { citesDocumentNumber: cites } : {}),
    });
  }
  return written;
}
