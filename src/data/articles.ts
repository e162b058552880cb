/** The article collection, newest first: the one place pages get their list from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/article.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getArticles(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort(newestFirst);
}
