import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { markdownToText } from '../../../src/lib/markdown.ts';
import { sameArticle } from './same-article.ts';

const FIXTURES = 'tests/fixtures/raw/variants';
const ingestFixture = (name: string) => ingestRaw(readFileSync(`${FIXTURES}/${name}`), `${FIXTURES}/${name}`);
const reference = ingestFixture('one-copy.txt');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('one article in every layout gives the same article', () => {
  it('reads the reference fixture: title, source, time, body with its image', () => {
    expect(reference.article).toMatchObject({
      title: '杭州市召开2024年安全生产工作会议',
      source: '杭州市应急管理局',
      publishedAt: '2024-03-15T09:58:00+08:00',
      images: [{ file: '会议现场.jpg', caption: '会议现场.jpg', archived: false }],
    });
    expect(reference.article.dateOnly).toBeUndefined();
    expect(reference.copies).toBe(1);
  });

  it.each([
    ['two-copies.txt', 2],
    ['three-copies.txt', 3],
    ['spaces-and-tabs.txt', 1],
  ])('%s (%i copies in the scrape)', (name, copies) => {
    const result = ingestFixture(name);
    expect(result.copies).toBe(copies);
    expect(sameArticle(result)).toEqual(sameArticle(reference));
  });

  it('keeps a slogan quoted twice in the body twice, and each paragraph of the article once', () => {
    for (const name of ['one-copy.txt', 'two-copies.txt', 'three-copies.txt']) {
      const text = markdownToText(ingestFixture(name).body);
      expect(text.filter((p) => p === '人民至上、生命至上！')).toHaveLength(2);
      expect(text.filter((p) => p.startsWith('会议要求'))).toHaveLength(1);
      expect(text).toHaveLength(5);
    }
  });

  it('lists every removed line with its reason: header, chrome, duplicate copy', () => {
    const result = ingestFixture('three-copies.txt');
    const reasons = Object.fromEntries(result.dropped.map((d) => [d.text, d.reason]));
    expect(reasons).toMatchObject({
      '当前位置：首页 > 新闻中心 > 部门动态': 'chrome',
      '发布机构：杭州市应急管理局': 'header',
      '【字号：大 中 小】 【打印】 【关闭】': 'chrome',
      '分享到：微信 微博 QQ空间': 'chrome',
      扫一扫在手机打开当前页: 'chrome',
      '浏览次数：1024': 'chrome',
      '来源：杭州市应急管理局 发布日期：2024-03-15 09:58:00': 'header',
    });
    expect(result.dropped.filter((d) => d.reason === 'duplicate copy')).toHaveLength(
      // the title printed twice more, then the bodies of copy 2 (6 lines) and copy 3 (4 lines)
      2 + 6 + 4,
    );
  });
});

describe('publish dates in the forms government pages use, always in Shanghai time', () => {
  const scrape = (dateLine: string) =>
    utf8(`某区召开工作会议\n来源：某区政府办公室\n${dateLine}\n会议要求抓好落实。\n`);

  it.each([
    '发布日期：2024-03-15 09:58',
    '发布日期：2024- 03- 15 09: 58',
    '发布时间：2024年3月15日 09:58',
    '日期：2024/3/15 9:58',
    '发布日期：2024.03.15 09:58',
    '发布日期：2024-03-15 09:58:00',
    '发布日期：２０２４－０３－１５　０９：５８',
  ])('%s → 2024-03-15 09:58 +08:00', (line) => {
    const { article } = ingestRaw(scrape(line), 'date.txt');
    expect(article.publishedAt).toBe('2024-03-15T09:58:00+08:00');
    expect(article.dateOnly).toBeUndefined();
  });

  it('keeps seconds when the page gives them', () => {
    expect(ingestRaw(scrape('发布时间：2024-03-15 09:58:07'), 'date.txt').article.publishedAt).toBe(
      '2024-03-15T09:58:07+08:00',
    );
  });

  it.each(['发布日期：2024/3/15', '发布日期：2024.03.15', '日期：2024年3月15日', '发布日期：2024-03-15'])(
    '%s → the day only, marked dateOnly so no 00:00 is shown',
    (line) => {
      const result = ingestRaw(scrape(line), 'date.txt');
      expect(result.article.publishedAt).toBe('2024-03-15T00:00:00+08:00');
      expect(result.article.dateOnly).toBe(true);
      expect(result.fileText).toContain('\ndateOnly: true\n');
      expect(result.slug).toMatch(/^2024-03-15-/);
    },
  );

  it('prefers the copy that gives a time over one that gives only the day', () => {
    const text = `某区召开工作会议\n发布日期：2024/3/15\n来源：某区政府\n会议要求抓好落实。\n某区召开工作会议\n来源：某区政府\n发布日期：2024-03-15 09:58\n会议要求抓好落实。\n`;
    const { article } = ingestRaw(utf8(text), 'mixed.txt');
    expect(article.publishedAt).toBe('2024-03-15T09:58:00+08:00');
    expect(article.dateOnly).toBeUndefined();
  });
});

describe('a header above the title', () => {
  it('is read like one below it', () => {
    const text = '发布日期：2024-03-15 09:58\n某区召开工作会议\n来源：某区政府\n会议要求抓好落实。\n';
    const result = ingestRaw(utf8(text), 'above.txt');
    expect(result.article.publishedAt).toBe('2024-03-15T09:58:00+08:00');
    expect(result.dropped[0]).toMatchObject({ no: 1, reason: 'header' });
  });
});
