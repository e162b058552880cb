import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serialiseJsonLd } from '../../src/lib/json-ld.ts';

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
