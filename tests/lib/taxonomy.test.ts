import { describe, expect, it } from 'vitest';
import { groupByTerm, termSegment } from '../../src/lib/taxonomy.ts';
import { paths, withBase } from '../../src/lib/urls.ts';

describe('tag and source URLs', () => {
  it('keep Chinese names readable, fullwidth brackets included', () => {
    expect(termSegment('知识产权')).toBe('知识产权');
    expect(termSegment('省市场监管局（省知识产权局）')).toBe('省市场监管局（省知识产权局）');
    expect(decodeURIComponent(paths.source('省市场监管局（省知识产权局）'))).toBe(
      'sources/省市场监管局（省知识产权局）/',
    );
  });

  it('are percent-encoded UTF-8 in hrefs, under the base, with numbered pages under the front', () => {
    expect(withBase('/news-archive/', paths.tag('知识产权'))).toBe(
      '/news-archive/tags/%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83/',
    );
    expect(decodeURIComponent(paths.tag('知识产权', 2))).toBe('tags/知识产权/page/2/');
    expect(decodeURIComponent(paths.tag('知识产权', 1))).toBe('tags/知识产权/page/1/');
  });

  it('replace what a path segment cannot hold, and are the same for the same name however composed', () => {
    expect(termSegment(' 省教育厅/省语委 ')).toBe('省教育厅-省语委');
    expect(termSegment('A B?C#D%E')).toBe('A-B-C-D-E');
    expect(termSegment('e\u0301')).toBe(termSegment('\u00e9'));
  });

  it('refuse a name with nothing left to put in a URL', () => {
    expect(() => termSegment(' / ')).toThrow(/cannot be used in a URL/);
    expect(() => termSegment('..')).toThrow(/rename the tag or source/);
  });
});

describe('groupByTerm', () => {
  const items = [
    { id: 1, tags: ['营商环境', '知识产权'] },
    { id: 2, tags: ['知识产权'] },
    { id: 3, tags: ['会议', '会议'] },
  ];

  it('lists each term once with its items in input order, the largest first', () => {
    const terms = groupByTerm(items, (i) => i.tags);
    expect(terms.map((t) => [t.name, t.items.map((i) => i.id)])).toEqual([
      ['知识产权', [1, 2]],
      ['会议', [3]],
      ['营商环境', [1]],
    ]);
  });

  it('fails, naming both, when two names would share one URL', () => {
    expect(() => groupByTerm([{ tags: ['省教育厅/语委', '省教育厅 语委'] }], (i) => i.tags)).toThrow(
      /"省教育厅 语委" and "省教育厅\/语委" would share the URL segment "省教育厅-语委"/,
    );
  });
});
