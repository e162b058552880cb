/**
 * Every internal URL goes through here so that a deploy under a subpath (BASE_PATH)
 * never produces a link to the host root.
 */
import { termSegment } from './taxonomy.ts';

/** "" | "/" | "sub" | "/sub" | "/sub/" → "/" or "/sub/". Rejects what a path cannot hold. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\s\\]|:\/\//.test(trimmed)) {
    throw new Error(
      `BASE_PATH="${trimmed}" is not a path. Use the folder the site is served from, e.g. BASE_PATH=/news-archive/`,
    );
  }
  const inner = trimmed.replace(/^\/+|\/+$/g, '');
  return `/${inner}/`;
}

/** Join the base with a site-relative path: withBase('/sub/', 'articles/x/') → '/sub/articles/x/'. */
export function withBase(base: string, path: string): string {
  const root = normaliseBase(base);
  const rest = path.replace(/^\/+/, '');
  return root + rest;
}

/** Absolute URL for canonical links, feeds and sitemaps. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}

/** A list's front (its newest items) lives at its folder, page N (counted from the oldest) at folder/page/N/. */
const paged = (folder: string, page?: number): string =>
  page === undefined ? folder : `${folder}page/${page}/`;
const pad2 = (n: number): string => String(n).padStart(2, '0');

export const paths = {
  home: (): string => '',
  listPage: (page?: number): string => paged('', page),
  article: (slug: string): string => `articles/${encodeURIComponent(slug)}/`,
  archive: (): string => 'archive/',
  archiveYear: (year: number, page?: number): string => paged(`archive/${year}/`, page),
  archiveMonth: (year: number, month: number, page?: number): string =>
    paged(`archive/${year}/${pad2(month)}/`, page),
  tags: (): string => 'tags/',
  tag: (name: string, page?: number): string => paged(`tags/${encodeURIComponent(termSegment(name))}/`, page),
  sources: (): string => 'sources/',
  source: (name: string, page?: number): string =>
    paged(`sources/${encodeURIComponent(termSegment(name))}/`, page),
  rss: (): string => 'rss.xml',
  sitemap: (): string => 'sitemap-index.xml',
  catalogue: (): string => 'articles.json',
  search: (query?: string): string => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
};
