import { describe, expect, it } from 'vitest';
import { absoluteUrl, normaliseBase, paths, withBase } from '../../src/lib/urls.ts';

describe('URL helpers', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['news-archive', '/news-archive/'],
    ['/news-archive', '/news-archive/'],
    ['/a/b/', '/a/b/'],
  ])('normaliseBase(%s) → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });

  it('rejects a base that is not a path, naming the variable', () => {
    expect(() => normaliseBase('https://example.com/x')).toThrow(/BASE_PATH/);
  });

  it('prefixes every internal path with the base', () => {
    expect(withBase('/', paths.article('2024-03-15-fd1b3d7b'))).toBe('/articles/2024-03-15-fd1b3d7b/');
    expect(withBase('/news-archive/', paths.article('x'))).toBe('/news-archive/articles/x/');
    expect(withBase('/news-archive/', paths.home())).toBe('/news-archive/');
    expect(withBase('/news-archive/', paths.listPage())).toBe('/news-archive/');
    expect(withBase('/news-archive/', paths.listPage(1))).toBe('/news-archive/page/1/');
    expect(withBase('/news-archive/', paths.listPage(3))).toBe('/news-archive/page/3/');
    expect(withBase('/', paths.search('知识产权'))).toBe('/search/?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83');
  });

  it('builds absolute URLs under the base', () => {
    expect(absoluteUrl('https://example.org', '/news-archive/', 'articles/x/')).toBe(
      'https://example.org/news-archive/articles/x/',
    );
  });
});
