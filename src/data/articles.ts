/** The article collection, newest first: the one place pages get their list (and bodies) from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { sortNewestFirst } from '../lib/article.ts';
import { articleFileBody } from '../lib/article-file.ts';
import { pageCacheKey, type KeyPart } from '../lib/page-cache-key.ts';
import { SITE } from '../lib/site.ts';
import { writesArticle, writesLists } from '../lib/build-parts.ts';
import { shardCount } from '../search/contract/shard-layout.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<ArticleEntry[]> | undefined;

/**
 * Every article, newest first. A build sorts them once for all its routes (at 100,000 articles
 * each sort took seconds); under `astro dev` the collection follows the content folder, so it is
 * read afresh each time.
 */
export function getArticles(): Promise<ArticleEntry[]> {
  const read = async () => sortNewestFirst(await getCollection('articles'));
  if (import.meta.env.DEV) return read();
  sorted ??= read();
  return sorted;
}

/**
 * An article's Markdown body, read from its file when its page (or the feed) is written. The
 * content store keeps only the frontmatter (src/loaders/articles.ts): holding every body in it
 * made it four times as large, and Astro keeps the whole store in memory for the build.
 */
export function articleBody(article: ArticleEntry): string {
  if (!article.filePath)
    throw new Error(`Article ${article.id}: the content store has no file path to read its body from.`);
  return articleFileBody(readFileSync(article.filePath, 'utf8'), article.filePath);
}

/**
 * Does this build write the page of the article at `i` of `count` (newest first)? Every one,
 * unless the build is one part of several (BUILD_PART, src/lib/build-parts.ts).
 */
export const writesArticlePage = (i: number, count: number): boolean =>
  writesArticle(SITE.buildPart, count - 1 - i, shardCount(count, SITE.searchShardSize), SITE.searchShardSize);

/** Does this build write the list pages (index pages of the main list, archive, tags, sources)? */
export const writesListPages: boolean = writesLists(SITE.buildPart);

const settings = JSON.stringify(SITE);

/** The incremental build's key of a page made from these parts (src/lib/page-cache-key.ts). */
export const pageKey = (parts: readonly KeyPart[]): string => pageCacheKey(settings, parts);
