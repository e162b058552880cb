/** Paginated list pages under a rest route ([...path].astro): page 1 at "<prefix>", page N at "<prefix>/page/N". */
import { paginate, type Page } from './paginate.ts';

export interface ListPageRoute<T> {
  /** The rest parameter: "2024/03" or "2024/03/page/2". */
  path: string;
  page: Page<T>;
}

export function listPageRoutes<T>(prefix: string, items: readonly T[], pageSize: number): ListPageRoute<T>[] {
  return paginate(items, pageSize).map((page) => ({
    path: page.page === 1 ? prefix : `${prefix}/page/${page.page}`,
    page,
  }));
}
