/** The article collection, newest first: the one place pages get their list (and bodies) from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { newestFirst } from '../lib/article.ts';
import { articleFileBody } from '../lib/article-file.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getArticles(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort(newestFirst);
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
