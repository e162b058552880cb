import { describe, expect, it } from 'vitest';
import { feedHtml, feedText } from '../../src/lib/feed-html.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';

const PAGE = 'https://example.org/news/articles/x/';

describe('feed HTML', () => {
  it('keeps the text and makes links and images absolute against the article URL', () => {
    const html = renderMarkdown('第一段，见[附件](files/a.pdf)。\n\n![图](photo.jpg)', {
      images: [{ file: 'photo.jpg', caption: '会场', archived: true }],
    });
    const out = feedHtml(html, PAGE);
    expect(out).toContain(
      '<p>第一段，见<a href="https://example.org/news/articles/x/files/a.pdf">附件</a>。</p>',
    );
    expect(out).toContain('<img src="https://example.org/news/articles/x/photo.jpg" alt="图" />');
    expect(out).toContain('<figcaption>会场</figcaption>');
  });

  it('drops scripts, handlers and javascript: links', () => {
    const out = feedHtml(
      '<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a><iframe src="x"></iframe></p>',
      PAGE,
    );
    expect(out).toBe('<p>a<a>b</a></p>');
  });
});

describe('feedText', () => {
  it('keeps markup in a title or summary as text for readers that render it as HTML', () => {
    expect(feedText('关于<script>x</script>的通知 & "说明"')).toBe(
      '关于&#60;script&#62;x&#60;/script&#62;的通知 &#38; &#34;说明&#34;',
    );
    expect(feedText('2024年浙江省知识产权强省建设工作联席会议')).toBe(
      '2024年浙江省知识产权强省建设工作联席会议',
    );
  });
});
