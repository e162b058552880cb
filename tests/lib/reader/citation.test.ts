import { describe, expect, it } from 'vitest';
import { gbt7714Citation } from '../../../src/lib/reader/citation.ts';

describe('GB/T 7714-2015 citation of an electronic resource', () => {
  it('reads 责任者. 题名[EB/OL]. (发布日期)[引用日期]. URL.', () => {
    expect(
      gbt7714Citation({
        source: '省市场监管局（省知识产权局）',
        title: '2024年浙江省知识产权强省建设工作联席会议全体成员会议召开',
        publishedAt: '2024-03-15T09:58:00+08:00',
        accessedAt: new Date('2026-11-25T12:00:00Z'),
        url: 'https://example.org/articles/2024-03-15-fd1b3d7b/',
      }),
    ).toBe(
      '省市场监管局（省知识产权局）. 2024年浙江省知识产权强省建设工作联席会议全体成员会议召开[EB/OL]. (2024-03-15)[2026-11-25]. https://example.org/articles/2024-03-15-fd1b3d7b/.',
    );
  });

  it('dates both days in Shanghai', () => {
    const text = gbt7714Citation({
      source: '省教育厅',
      title: '通知',
      publishedAt: '2024-03-31T17:00:00Z',
      accessedAt: '2026-11-25T16:30:00Z',
      url: 'https://example.org/a/',
    });
    expect(text).toContain('(2024-04-01)[2026-11-26]');
  });
});
