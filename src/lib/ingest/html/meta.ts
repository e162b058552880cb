/**
 * What a government page says about itself in <head>: the meta tags of the 政府网站 norm
 * (ArticleTitle, PubDate, ContentSource, ColumnName, Keywords, Description, Url), read with
 * names in any case and empty values ignored; its <title>; and its own address (the Url meta,
 * the canonical link, or the comment a browser writes when it saves a page). Maketime (when the
 * page was last rebuilt) is never the publish time, so it is not read at all.
 */
import type { CheerioAPI } from 'cheerio/slim';

export interface PageMeta {
  articleTitle?: string;
  pubDate?: string;
  contentSource?: string;
  column?: string;
  keywords?: string[];
  description?: string;
  /** <title>, whole. */
  documentTitle?: string;
  /** The page's own absolute address, when it says. */
  url?: string;
  /** Publish-date metas other pages use (publishdate, firstpublishedtime…): read after the visible header. */
  otherDates: string[];
  /** A source meta other pages use (source: 来源：人民网): read after the visible header. */
  otherSource?: string;
  /** SiteName: the publishing site, the source of last resort. */
  siteName?: string;
}

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i;

const OTHER_DATES = ['publishdate', 'firstpublishedtime', 'article:published_time', 'publishtime', 'pubtime'];

/** An absolute http(s) address, or undefined. */
export function absoluteUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function readMeta($: CheerioAPI, html: string): PageMeta {
  const named = new Map<string, string>();
  $('meta').each((_, el) => {
    const name = (el.attribs.name ?? el.attribs.property ?? '').trim().toLowerCase();
    const content = (el.attribs.content ?? '').replace(/\s+/g, ' ').trim();
    if (name && content && !named.has(name)) named.set(name, content);
  });
  const documentTitle = $('title').first().text().replace(/\s+/g, ' ').trim() || undefined;
  const keywords = named
    .get('keywords')
    ?.split(/[,，;；、\s]+/)
    .filter(Boolean);
  // The Url meta may be relative (./t20190918_693227.shtml): resolved against the other two.
  const canonical = absoluteUrl($('link[rel="canonical"]').attr('href'));
  const savedFrom = absoluteUrl(SAVED_FROM.exec(html.slice(0, 2048))?.[1]);
  const base = canonical ?? savedFrom;
  const url = absoluteUrl(named.get('url'), base) ?? base;
  const otherSource = named.get('source')?.replace(/^(?:来源|信息来源)\s*[:：]\s*/, '');
  return {
    articleTitle: named.get('articletitle'),
    pubDate: named.get('pubdate'),
    contentSource: named.get('contentsource'),
    column: named.get('columnname'),
    ...(keywords?.length ? { keywords } : {}),
    description: named.get('description'),
    documentTitle,
    url,
    otherDates: OTHER_DATES.flatMap((n) => named.get(n) ?? []),
    ...(otherSource ? { otherSource } : {}),
    ...(named.get('sitename') ? { siteName: named.get('sitename') } : {}),
  };
}
