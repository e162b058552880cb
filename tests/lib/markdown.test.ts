import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown, renderWithText } from '../../src/lib/markdown.ts';
import { blocksToMarkdown, escapeMarkdown } from '../../src/lib/ingest/body.ts';

describe('renderMarkdown', () => {
  it('never passes raw HTML through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n正文<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders an image that was not archived as a captioned placeholder figure, not an <img>', () => {
    const html = renderMarkdown('![图](<微信图片_1.jpg>)', {
      images: [{ file: '微信图片_1.jpg', caption: '会议现场', archived: false }],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<p>');
    expect(html).toMatch(
      /<figure class="image-missing">.*<figcaption>会议现场（原图未存档）<\/figcaption><\/figure>/s,
    );
  });

  it('renders an archived image as a figure with its caption', () => {
    const html = renderMarkdown('![图](<photo.jpg>)', {
      images: [{ file: 'photo.jpg', caption: '合影', archived: true }],
    });
    expect(html).toContain('<figure><img src="photo.jpg" alt="图"');
    expect(html).toContain('<figcaption>合影</figcaption>');
  });

  it('shows an archived picture the page gave no caption for without its file name as caption or alt', () => {
    const file = 'W020190918234243033577.jpg';
    const html = renderMarkdown(`![${file}](<${file}>)`, {
      images: [{ file, caption: file, archived: true }],
    });
    expect(html).toBe(`<figure><img src="${file}" alt="" loading="lazy" decoding="async"></figure>\n`);
  });

  it('still names a lost picture by its file name when it has no caption', () => {
    const html = renderMarkdown('![a.jpg](<a.jpg>)', {
      images: [{ file: 'a.jpg', caption: 'a.jpg', archived: false }],
    });
    expect(html).toContain('<figcaption>a.jpg（原图未存档）</figcaption>');
  });
});

describe('renderWithText', () => {
  it('gives the page the same HTML and text as rendering and reading the article apart', () => {
    const md = '3月11日，**会议**召开。\n\n![图](<photo.jpg>)\n\n- 一是[强化](x)保护\n- 二是 `ＡＢＣ` 运用';
    const images = [{ file: 'photo.jpg', caption: '合影', archived: true }];
    const { html, paragraphs } = renderWithText(md, { images });
    expect(html).toBe(renderMarkdown(md, { images }));
    expect(html).toContain('<figcaption>合影</figcaption>');
    expect(paragraphs).toEqual(markdownToText(md));
    expect(paragraphs).toEqual(['3月11日，会议召开。', '一是强化保护', '二是 ＡＢＣ 运用']);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    '# 不是标题',
    '1. 不是列表',
    '- 不是列表',
    '*不是强调*',
    '[不是链接](x)',
    '&amp; 不是实体',
    'a_b_c',
    '> 不是引用',
    '`不是代码`',
  ])('text renders exactly as written: %s', (text) => {
    const md = blocksToMarkdown([{ kind: 'paragraph', text, line: 1 }]);
    expect(markdownToText(md)).toEqual([text]);
    expect(escapeMarkdown(text)).not.toBe('');
  });
});
