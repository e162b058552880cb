/**
 * Every internal URL goes through here so that a deploy under a subpath (BASE_PATH)
 * never produces a link to the host root.
 */

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

export const paths = {
  home: (): string => '',
  listPage: (page: number): string => (page <= 1 ? '' : `page/${page}/`),
  article: (slug: string): string => `articles/${encodeURIComponent(slug)}/`,
  search: (query?: string): string => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
};
