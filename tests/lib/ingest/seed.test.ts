import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/article-file.ts';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { markdownToText } from '../../../src/lib/markdown.ts';
import { sentences } from '../../../src/search/contract/sentences.ts';
import { toFullwidthPunctuation } from '../../../src/lib/ingest/punctuation.ts';

const RAW = 'content/raw/2024-03-15-zhejiang-ip-joint-meeting.txt';
const bytes = readFileSync(RAW);
const result = ingestRaw(bytes, RAW);
const { data, body } = parseArticleFile(result.fileText, 'seed.md');
const bodyText = markdownToText(body).join('\n');

/** The first copy's body in the raw file: from the first paragraph up to the second title. */
function firstCopyParagraphs(): string[] {
  const lines = bytes
    .toString('utf8')
    .split('\n')
    .map((l) => l.trim());
  const title = lines[0]!;
  const start = lines.findIndex((l) => l.startsWith('3月11日上午'));
  const end = lines.indexOf(title, 1);
  return lines.slice(start, end).filter((l) => l !== '' && !l.endsWith('.jpg'));
}

describe('ingesting the seed scrape', () => {
  it('keeps one copy of the article although the scrape holds two', () => {
    expect(result.copies).toBe(2);
    const opening = '3月11日上午，2024年浙江省知识产权强省建设工作联席会议全体成员会议在杭州召开';
    expect(bodyText.split(opening).length - 1).toBe(1);
    expect(bodyText.split('会议由浙江省政府办公厅副主任邬剑波主持').length - 1).toBe(1);
  });

  it('keeps every sentence of the source body exactly once, in order', () => {
    const source = sentences(firstCopyParagraphs().map(toFullwidthPunctuation));
    expect(source.length).toBeGreaterThan(15);
    expect(sentences(markdownToText(body))).toEqual(source);
  });

  it('leaves page chrome and header lines out of the body', () => {
    for (const chrome of ['字体', '浏览次数', '来源', '发布日期', '[', ']']) {
      expect(bodyText).not.toContain(chrome);
    }
    expect(bodyText).not.toContain(data.title);
    const reasons = result.dropped.map((d) => `${d.no}:${d.reason}`);
    expect(reasons).toContain('4:chrome');
    expect(reasons).toContain('30:duplicate copy');
  });

  it('extracts title, source, publish time, summary, tags, image and provenance', () => {
    expect(data.title).toBe('2024年浙江省知识产权强省建设工作联席会议全体成员会议召开');
    expect(data.source).toBe('省市场监管局（省知识产权局）');
    expect(data.publishedAt).toBe('2024-03-15T09:58:00+08:00');
    expect(data.summary.startsWith('3月11日上午，2024年浙江省')).toBe(true);
    expect(data.summary.endsWith('。')).toBe(true);
    expect(data.tags).toContain('知识产权');
    expect(data.images).toEqual([
      { file: '微信图片_20240312083018.jpg', caption: '微信图片_20240312083018.jpg', archived: false },
    ]);
    expect(data.raw.path).toBe(RAW);
    expect(data.raw.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the image line as an image reference, not a paragraph of text', () => {
    expect(body).toContain('![微信图片\\_20240312083018.jpg](<微信图片_20240312083018.jpg>)');
    expect(bodyText).not.toContain('.jpg');
  });

  it('restores fullwidth punctuation beside Chinese text and keeps digits and quotes', () => {
    expect(bodyText).not.toMatch(/[\u4e00-\u9fff][,:;()?!]|[,:;()?!][\u4e00-\u9fff]/u);
    expect(bodyText).toContain('他指出，过去的一年');
    expect(bodyText).toContain('“415X”先进制造业集群');
  });

  it('is byte-identical when run twice', () => {
    expect(ingestRaw(readFileSync(RAW), RAW).fileText).toBe(result.fileText);
  });

  it('matches the committed article file', () => {
    expect(readFileSync(`content/articles/${result.slug}.md`, 'utf8')).toBe(result.fileText);
  });
});
