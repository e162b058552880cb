/**
 * The sitemap (sitemaps.org 0.9): every page's absolute URL, in natural order (page/2/ before
 * page/10/), in files of at most SITEMAP_LIMIT URLs, named by an index that robots.txt points at.
 * Written by the build from the pages it knows of (src/integrations/sitemap.ts): the pages it
 * wrote or kept, and for the lists part of a split build the article pages the other parts write.
 */
import { escapeHtml } from '../escape-html.ts';

export const SITEMAP_INDEX = 'sitemap-index.xml';
/** URLs per file: under the protocol's 50,000, as Astro's own sitemap integration does. */
export const SITEMAP_LIMIT = 45_000;
const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

// One collator for every comparison: localeCompare with options builds one per call, which took
// seconds for the 132,000 pages of a 100,000-article archive.
const natural = new Intl.Collator('en', { numeric: true });

/**
 * The sitemap files (name → XML) for `urls` (absolute, any order, repeats allowed); `fileUrl`
 * gives a sitemap file's absolute URL from its name.
 */
export function sitemapFiles(urls: Iterable<string>, fileUrl: (name: string) => string): Map<string, string> {
  const sorted = [...new Set(urls)].sort(natural.compare);
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < sorted.length; i++) {
    const name = `sitemap-${i}.xml`;
    const entries = sorted.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT);
    files.set(
      name,
      `${XML}<urlset xmlns="${NAMESPACE}">${entries.map((url) => `<url><loc>${escapeHtml(url)}</loc></url>`).join('')}</urlset>`,
    );
    names.push(name);
  }
  files.set(
    SITEMAP_INDEX,
    `${XML}<sitemapindex xmlns="${NAMESPACE}">${names.map((name) => `<sitemap><loc>${escapeHtml(fileUrl(name))}</loc></sitemap>`).join('')}</sitemapindex>`,
  );
  return files;
}
