/**
 * Tags and sources: two ways to list the same articles by a name they carry. One description
 * of each, so their index pages and paginated list pages are built the same way.
 */
import { getArticles, pageKey, writesListPages, type ArticleEntry } from './articles.ts';
import { groupByTerm } from '../lib/taxonomy.ts';
import { listPageRoutes } from '../lib/list-pages.ts';
import { SITE } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';
import { ui } from '../lib/i18n/zh-CN.ts';
import { columns } from '../lib/page-meta/columns.ts';
import type { Column } from '../lib/page-meta/gov-meta.ts';

export interface Taxonomy {
  /** Heading and title of the index page. */
  title: string;
  indexPath: string;
  termsOf: (article: ArticleEntry) => readonly string[];
  /** Site-relative path of page N of a term's list. */
  termPath: (name: string, page?: number) => string;
  termHeading: (name: string) => string;
  /** Column meta tags of the index page and of a term's list. */
  indexColumn: () => Column;
  termColumn: (name: string) => Column;
}

export const TAXONOMIES = {
  tags: {
    title: ui.tagsTitle,
    indexPath: paths.tags(),
    termsOf: (article) => article.data.tags,
    termPath: paths.tag,
    termHeading: ui.tagHeading,
    indexColumn: columns.tagsIndex,
    termColumn: columns.tag,
  },
  sources: {
    title: ui.sourcesTitle,
    indexPath: paths.sources(),
    termsOf: (article) => [article.data.source],
    termPath: paths.source,
    termHeading: ui.sourceHeading,
    indexColumn: columns.sourcesIndex,
    termColumn: columns.source,
  },
} satisfies Record<string, Taxonomy>;

/** Every term with its list path and count, most articles first. */
export async function termIndex(taxonomy: Taxonomy) {
  return groupByTerm(await getArticles(), taxonomy.termsOf).map((term) => ({
    name: term.name,
    path: taxonomy.termPath(term.name),
    count: term.items.length,
  }));
}

/** getStaticPaths for a taxonomy's [...path] route: each term's list, paginated like the index. */
export async function termListPaths(taxonomy: Taxonomy) {
  if (!writesListPages) return [];
  return groupByTerm(await getArticles(), taxonomy.termsOf).flatMap((term) =>
    listPageRoutes(term.segment, term.items, SITE.pageSize).map(({ path, page }) => ({
      params: { path },
      props: {
        page,
        heading: taxonomy.termHeading(term.name),
        pagePath: (n?: number) => taxonomy.termPath(term.name, n),
        column: taxonomy.termColumn(term.name),
      },
      cacheKey: pageKey([
        taxonomy.indexPath,
        term.name,
        path,
        page.page,
        page.newer,
        page.older,
        page.totalItems,
        page.items,
      ]),
    })),
  );
}
