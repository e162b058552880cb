/**
 * One query of each kind a reader types, timed apart: a design fast for one kind can be slow for
 * another. The identifiers are taken from the generated archive itself (its titles end in
 * （第N期）, N the article's place in the generator, whatever its date).
 */
import { readPublishedAt } from '../../src/lib/article-file.ts';
import { articleTexts } from '../../src/lib/article-files.ts';

export interface QueryKind {
  kind: string;
  query: string;
}

/** An article's issue number (第N期 in its title) and its date. */
export interface NumberedArticle {
  issue: number;
  publishedAt: string;
}

/**
 * The issue number of the oldest article whose number begins ten others (N0 … N9 all exist):
 * searched for, it finds its own article and, by prefix, longer numbers, most of them in newer
 * articles and so in newer shards than the one that holds it.
 */
export function prefixingIssue(articles: readonly NumberedArticle[]): number | undefined {
  const issues = new Set(articles.map((a) => a.issue));
  const prefixing = articles.filter((a) =>
    Array.from({ length: 10 }, (_, d) => a.issue * 10 + d).every((n) => issues.has(n)),
  );
  return prefixing.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt))[0]?.issue;
}

const TITLE_ISSUE = /^title: .*第(\d+)期/m;

/** Every article's issue number and date (generated archives only; others have no 第N期). */
function numberedArticles(contentDir: string): NumberedArticle[] {
  const articles: NumberedArticle[] = [];
  for (const { text, file } of articleTexts(contentDir)) {
    const issue = TITLE_ISSUE.exec(text)?.[1];
    if (issue) articles.push({ issue: Number(issue), publishedAt: readPublishedAt(text, file) });
  }
  return articles;
}

/**
 * The kinds of query of a generated archive. The rare identifier is the issue number of its oldest
 * article: held by one article in the oldest shard, the farthest from where a search starts.
 */
export function queryKinds(contentDir: string): QueryKind[] {
  const articles = numberedArticles(contentDir);
  if (articles.length === 0)
    throw new Error(`bench: no article of ${contentDir} has an issue number (第N期) in its title`);
  const oldest = articles.reduce((a, b) => (Date.parse(b.publishedAt) < Date.parse(a.publishedAt) ? b : a));
  const prefixing = prefixingIssue(articles);
  return [
    { kind: 'common word', query: '知识产权' },
    { kind: 'place', query: '杭州' },
    { kind: 'name', query: '张雁云' },
    { kind: 'rare identifier', query: `第${oldest.issue}期` },
    ...(prefixing === undefined ? [] : [{ kind: 'number that prefixes others', query: `第${prefixing}期` }]),
    { kind: 'several terms', query: '杭州 数字经济' },
    { kind: 'Traditional', query: '數字經濟' },
  ];
}
