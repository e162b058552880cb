/**
 * The page metadata of 《政府网站发展指引》 (2017), page design annex: <meta name> tags that
 * inspection tools and crawlers read. Every value comes from the SITE config or the article.
 * Description is the page's one <meta name="description"> (meta names are case-insensitive),
 * so BaseHead does not write it a second time.
 */
import type { Article } from '../article.ts';
import { formatPubDate } from '../dates.ts';
import type { SiteConfig } from '../site.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** A list page: the "column" (栏目) the annex describes. */
export interface Column {
  name: string;
  description: string;
  keywords: readonly string[];
  /** What kind of column it is, e.g. 最新发布, 归档, 标签, 来源. */
  type: string;
}

/** Every page: SiteName, SiteDomain, and SiteIDCode when the site has one. */
export function siteMetaTags(site: Pick<SiteConfig, 'name' | 'domain' | 'siteIdCode'>): MetaTag[] {
  return [
    { name: 'SiteName', content: site.name },
    { name: 'SiteDomain', content: site.domain },
    ...(site.siteIdCode ? [{ name: 'SiteIDCode', content: site.siteIdCode }] : []),
  ];
}

/** List pages (index, archive, tag and source pages). */
export function columnMetaTags(column: Column): MetaTag[] {
  return [
    { name: 'ColumnName', content: column.name },
    { name: 'ColumnDescription', content: column.description },
    { name: 'ColumnKeywords', content: column.keywords.join(',') },
    { name: 'ColumnType', content: column.type },
  ];
}

/** Article pages; their Description is the summary, written once as the page description. */
export function articleMetaTags(
  article: Pick<Article, 'title' | 'publishedAt' | 'dateOnly' | 'source'> & { tags: readonly string[] },
): MetaTag[] {
  return [
    { name: 'ArticleTitle', content: article.title },
    { name: 'PubDate', content: formatPubDate(article.publishedAt, article.dateOnly) },
    { name: 'ContentSource', content: article.source },
    { name: 'Keywords', content: article.tags.join(',') },
  ];
}
