import { describe, expect, it } from 'vitest';
import { listPageRoutes } from '../../src/lib/list-pages.ts';

describe('listPageRoutes', () => {
  it('puts page 1 at the prefix and later pages under page/N', () => {
    const routes = listPageRoutes('知识产权', [1, 2, 3, 4, 5], 2);
    expect(routes.map((r) => [r.path, r.page.items])).toEqual([
      ['知识产权', [1, 2]],
      ['知识产权/page/2', [3, 4]],
      ['知识产权/page/3', [5]],
    ]);
  });
});
