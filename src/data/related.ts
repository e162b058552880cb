/** 相关阅读 of every article, computed once per build from the whole collection. */
import type { ArticleEntry } from './articles.ts';
import { relatedReading } from '../lib/related.ts';

/** Articles newest first (as getArticles gives them) → each one's related articles, best first. */
export function relatedArticles(articles: readonly ArticleEntry[]): ArticleEntry[][] {
  const oldestFirst = [...articles].reverse();
  const lists = relatedReading(oldestFirst.map((article) => article.data));
  return articles.map((_, i) => lists[articles.length - 1 - i]!.map((j) => oldestFirst[j]!));
}
