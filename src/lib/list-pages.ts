/**
 * Paginated list pages under a rest route ([...path].astro): the front at "<prefix>", the stable
 * pages (counted from the oldest, see paginate.ts) at "<prefix>/page/N".
 */
import { paginate, type Page } from './paginate.ts';

export interface ListPageRoute<T> {
  /** The rest parameter: "2024/03" or "2024/03/page/2". */
  path: string;
  page: Page<T>;
}

export function listPageRoutes<T>(prefix: string, items: readonly T[], pageSize: number): ListPageRoute<T>[] {
  const { front, pages } = paginate(items, pageSize);
  return [
    { path: prefix, page: front },
    ...pages.map((page) => ({ path: `${prefix}/page/${page.page}`, page })),
  ];
}
