/**
 * Crawl a served site with linkinator: every built page is a starting point, so pages nothing
 * links to (404.html) are checked too. Only the local server is fetched. Absolute URLs at the
 * configured SITE_URL (canonical, OpenGraph, feeds, sitemaps) are not fetched from the network:
 * they are collected, mapped onto the local server, and must answer 200 there.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { builtFiles } from '../../src/lib/deploy/built-site.ts';

export interface CrawlReport {
  /** Pages, scripts, styles, images and links checked on the local server. */
  checked: string[];
  /** "status url ← parent" for each broken one. */
  broken: string[];
  /** SITE_URL links found, as they appear in the pages. */
  siteUrlLinks: string[];
}

/** Where a built file is served: index.html files as their folder. */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** `published` is the site's home as SITE_URL + BASE_PATH, e.g. https://news.example.org/news-archive/ */
export async function crawl(dir: string, serverUrl: string, published: string): Promise<CrawlReport> {
  const local = new URL(serverUrl);
  const siteUrlLinks = new Set<string>();
  const starts = builtFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => new URL(servedPath(file), serverUrl).href);
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    checkCss: true,
    concurrency: 4,
    timeout: 10_000,
    linksToSkip: async (link) => {
      if (link.startsWith(published)) siteUrlLinks.add(link);
      return new URL(link).origin !== local.origin;
    },
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.status ?? 'error'} ${link.url} ← ${link.parent ?? '(start)'}`);
  for (const link of siteUrlLinks) {
    const mapped = new URL(link.slice(published.length), serverUrl).href;
    const response = await fetch(mapped);
    if (response.status !== 200) broken.push(`${response.status} ${link} (served as ${mapped})`);
  }
  return {
    checked: result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url),
    broken,
    siteUrlLinks: [...siteUrlLinks].sort(),
  };
}
