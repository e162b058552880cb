/** The article collection, newest first: the one place pages get their list from. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getArticles(): Promise<ArticleEntry[]> {
  const all = await getCollection('articles');
  return all.sort(
    (a, b) => Date.parse(b.data.publishedAt) - Date.parse(a.data.publishedAt) || a.id.localeCompare(b.id),
  );
}
