/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key is the
 * same as in the last build is kept from it instead of rendered again. A key is a digest of
 * everything the page is made from besides code (Astro hashes each route's code itself): the
 * build's settings, and every article the page shows, by its slug and the digest of its file
 * (neighbours, related reading and list members included), with the page's own place in a list.
 */
import { createHash } from 'node:crypto';

/** An article as a page key sees it: its slug, and the digest of its whole file. */
export interface KeyedArticle {
  id: string;
  digest?: string | number;
}

/** One part of what a page shows: an article, a list of them, or a plain value (a heading, a page number). */
export type KeyPart = KeyedArticle | readonly KeyedArticle[] | string | number | boolean | undefined;

const partText = (part: KeyPart): string => {
  if (part === undefined) return '-';
  if (typeof part !== 'object') return JSON.stringify(part);
  const articles: readonly KeyedArticle[] = Array.isArray(part) ? part : [part as KeyedArticle];
  return `[${articles.map(({ id, digest }) => `${id}@${digest ?? ''}`).join(',')}]`;
};

/** `settings`: the build's settings as text (the same for every page of a build). */
export function pageCacheKey(settings: string, parts: readonly KeyPart[]): string {
  const hash = createHash('sha256').update(settings);
  for (const part of parts) hash.update(`\u0000${partText(part)}`);
  return hash.digest('base64url');
}
