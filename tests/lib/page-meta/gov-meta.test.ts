import { describe, expect, it } from 'vitest';
import { articleMetaTags, columnMetaTags, siteMetaTags } from '../../../src/lib/page-meta/gov-meta.ts';
import { columns } from '../../../src/lib/page-meta/columns.ts';
import { formatPubDate } from '../../../src/lib/dates.ts';
import { readSiteIdCode } from '../../../src/lib/site.ts';

const asRecord = (tags: Array<{ name: string; content: string }>) =>
  Object.fromEntries(tags.map((t) => [t.name, t.content]));

describe('government page meta tags', () => {
  it('names the site on every page, with SiteIDCode only when it is configured', () => {
    const site = { name: '政务新闻档案', domain: 'news.example.gov.cn', siteIdCode: undefined };
    expect(asRecord(siteMetaTags(site))).toEqual({
      SiteName: '政务新闻档案',
      SiteDomain: 'news.example.gov.cn',
    });
    expect(asRecord(siteMetaTags({ ...site, siteIdCode: '3300000035' }))).toMatchObject({
      SiteIDCode: '3300000035',
    });
  });

  it('describes a list page as a column', () => {
    const tags = columnMetaTags({
      name: '知识产权',
      description: '标签为“知识产权”的全部文章',
      keywords: ['知识产权', '专利'],
      type: '标签',
    });
    expect(tags.map((t) => t.name)).toEqual([
      'ColumnName',
      'ColumnDescription',
      'ColumnKeywords',
      'ColumnType',
    ]);
    expect(asRecord(tags).ColumnKeywords).toBe('知识产权,专利');
  });

  it('gives an article its title, Shanghai publish time, source and tags as keywords', () => {
    const article = {
      title: '某区召开工作会议',
      publishedAt: '2024-03-15T01:58:00Z',
      source: '某区政府',
      tags: ['会议', '营商环境'],
    };
    expect(asRecord(articleMetaTags(article))).toEqual({
      ArticleTitle: '某区召开工作会议',
      PubDate: '2024-03-15 09:58',
      ContentSource: '某区政府',
      Keywords: '会议,营商环境',
    });
    const dayOnly = { ...article, publishedAt: '2024-03-15T00:00:00+08:00', dateOnly: true };
    expect(asRecord(articleMetaTags(dayOnly)).PubDate).toBe('2024-03-15');
  });
});

describe('the columns of the site', () => {
  it.each([
    ['latest', columns.latest()],
    ['period', columns.period('2024年3月')],
    ['archive index', columns.archiveIndex()],
    ['tag', columns.tag('知识产权')],
    ['tags index', columns.tagsIndex()],
    ['source', columns.source('省教育厅')],
    ['sources index', columns.sourcesIndex()],
  ])('%s: its keywords include its name, and it says what it lists', (_, column) => {
    expect(column.keywords).toContain(column.name);
    expect(column.description).toMatch(/文章/);
    expect(['最新发布', '归档', '标签', '来源']).toContain(column.type);
  });
});

describe('formatPubDate', () => {
  it('is yyyy-MM-dd HH:mm in Shanghai, across the day boundary in UTC', () => {
    expect(formatPubDate('2024-12-31T16:30:00Z')).toBe('2025-01-01 00:30');
    expect(formatPubDate('2024-12-31T16:00:00Z', true)).toBe('2025-01-01');
  });
});

describe('SITE_ID_CODE', () => {
  it('accepts the two forms of 政府网站标识码 and leaves an unset one out', () => {
    expect(readSiteIdCode('3300000035')).toBe('3300000035');
    expect(readSiteIdCode(' bm01000001 ')).toBe('bm01000001');
    expect(readSiteIdCode('')).toBeUndefined();
    expect(readSiteIdCode(undefined)).toBeUndefined();
  });

  it.each(['330000003', '33000000351', 'b001000001', '3300-00035'])(
    'rejects %s, saying what the code looks like',
    (code) => {
      expect(() => readSiteIdCode(code)).toThrow(`SITE_ID_CODE="${code}" is not a 政府网站标识码`);
      expect(() => readSiteIdCode(code)).toThrow(/unset SITE_ID_CODE to leave the SiteIDCode tag out/);
    },
  );
});
