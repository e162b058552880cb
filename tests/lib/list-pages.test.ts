import { describe, expect, it } from 'vitest';
import { listPageRoutes } from '../../src/lib/list-pages.ts';
import { paginate } from '../../src/lib/paginate.ts';

/** Items 1…n, newest first (as the site lists articles): n is the newest. */
const newestFirst = (n: number): number[] => Array.from({ length: n }, (_, i) => n - i);

describe('paginate', () => {
  it('numbers pages from the oldest, each newest first, and the front shows the newest', () => {
    const { front, pages } = paginate(newestFirst(5), 2);
    expect(front).toEqual({ items: [5, 4], totalItems: 5, older: 2 });
    expect(pages.map((p) => [p.page, p.items, p.newer, p.older])).toEqual([
      [1, [2, 1], 2, undefined],
      [2, [4, 3], 3, 1],
      [3, [5], undefined, 2],
    ]);
  });

  it('keeps every full page the same when a newer item arrives', () => {
    const before = paginate(newestFirst(6), 2).pages;
    const after = paginate(newestFirst(7), 2).pages;
    // Pages 1 and 2 are untouched; page 3 gains its link to the new page 4, which holds item 7.
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toEqual({ ...before[2], newer: 4 });
    expect(after[3]).toEqual({ items: [7], page: 4, older: 3 });
  });

  it('puts a short list on its front alone', () => {
    expect(paginate(newestFirst(2), 2)).toEqual({ front: { items: [2, 1], totalItems: 2 }, pages: [] });
    expect(paginate([], 2)).toEqual({ front: { items: [], totalItems: 0 }, pages: [] });
  });

  it('rejects a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/page size/);
  });
});

describe('listPageRoutes', () => {
  it('puts the front at the prefix and the pages, from the oldest, under page/N', () => {
    const routes = listPageRoutes('知识产权', newestFirst(5), 2);
    expect(routes.map((r) => [r.path, r.page.items])).toEqual([
      ['知识产权', [5, 4]],
      ['知识产权/page/1', [2, 1]],
      ['知识产权/page/2', [4, 3]],
      ['知识产权/page/3', [5]],
    ]);
  });
});
