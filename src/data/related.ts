/** 相关阅读 of every article, computed once per build from the whole collection. */
import type { ArticleEntry } from './articles.ts';
import { relatedReading } from '../lib/related/reading.ts';

export interface RelatedGroups {
  /** Newer articles on the subject (follow-ups, a policy's 解读), nearest in time first. */
  newer: ArticleEntry[];
  /** Earlier articles on the subject, nearest in time first. */
  earlier: ArticleEntry[];
}

/**
 * Articles newest first (as getArticles gives them, a stable order) → each one's related articles.
 * A pure function of the articles' data and that order (src/lib/related/reading.ts).
 */
export function relatedArticles(articles: readonly ArticleEntry[]): RelatedGroups[] {
  const oldestFirst = [...articles].reverse();
  const { lists } = relatedReading(oldestFirst.map((article) => article.data));
  return articles.map((_, i) => {
    const self = articles.length - 1 - i;
    const list = lists[self]!;
    return {
      newer: list
        .filter((j) => j > self)
        .sort((a, b) => a - b)
        .map((j) => oldestFirst[j]!),
      earlier: list
        .filter((j) => j < self)
        .sort((a, b) => b - a)
        .map((j) => oldestFirst[j]!),
    };
  });
}
