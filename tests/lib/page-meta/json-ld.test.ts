import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serialiseJsonLd } from '../../../src/lib/page-meta/json-ld.ts';

const input = {
  title: '标题',
  summary: '摘要',
  publishedAt: '2024-03-15T01:58:00Z',
  source: '省教育厅',
  tags: ['会议'],
  url: 'https://example.org/articles/x/',
  wordCount: 12,
  site: { name: '政务新闻档案', url: 'https://example.org/' },
};

describe('NewsArticle JSON-LD', () => {
  it('dates in +08:00 and names the page, the language and the issuing body', () => {
    const data = newsArticleJsonLd(input);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2024-03-15T09:58:00+08:00',
      inLanguage: 'zh-CN',
      mainEntityOfPage: { '@id': 'https://example.org/articles/x/' },
      sourceOrganization: { name: '省教育厅' },
      publisher: { name: '政务新闻档案' },
    });
  });

  it('cannot close its <script> element, whatever the text', () => {
    const json = serialiseJsonLd(
      newsArticleJsonLd({ ...input, title: '</script><script>alert(1)</script>' }),
    );
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as { headline: string }).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('JSON-LD of a policy document', () => {
  it('carries 索引号 and 文号 as identifiers, 发文机关, 成文日期, 主题分类 and 有效性', () => {
    const data = newsArticleJsonLd({
      ...input,
      disclosure: {
        indexNumber: '002482075/2024-00012',
        issuer: '浙江省人民政府办公厅',
        documentNumber: '浙政办发〔2024〕12号',
        topic: '综合政务',
        writtenOn: '2024-03-10',
        validity: '有效',
      },
    });
    expect(data).toMatchObject({
      identifier: [
        { '@type': 'PropertyValue', name: '索引号', value: '002482075/2024-00012' },
        { '@type': 'PropertyValue', name: '发文字号', value: '浙政办发〔2024〕12号' },
      ],
      creator: { '@type': 'GovernmentOrganization', name: '浙江省人民政府办公厅' },
      dateCreated: '2024-03-10',
      genre: '综合政务',
      creativeWorkStatus: '有效',
    });
  });

  it('adds none of those fields to a news release', () => {
    const data = newsArticleJsonLd(input);
    for (const key of ['identifier', 'creator', 'dateCreated', 'genre', 'creativeWorkStatus'])
      expect(data).not.toHaveProperty(key);
  });
});
