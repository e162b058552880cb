/**
 * npm run bench:related -- [--articles 10000]
 * Times related reading (src/lib/related.ts) as the build runs it, a pure function over a
 * generated archive (tools/archive/synthetic.ts), and counts what it chose. Then measures how
 * many existing articles' lists change when one article is published (the newest) or
 * backfilled (dated in the middle of the archive).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseArticleFile } from '../src/lib/article-file.ts';
import { newestFirst } from '../src/lib/article.ts';
import { syntheticArticle } from '../tools/archive/synthetic.ts';
import { relatedReading, type RelatedInput } from '../src/lib/related.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 2) {
  throw new Error(`--articles="${values.articles}" is not a whole number ≥ 2`);
}

type Item = RelatedInput & { id: string; publishedAt: string };
const generate = (index: number): Item => {
  const { fileName, text } = syntheticArticle(index);
  return { ...parseArticleFile(text, fileName).data, id: fileName };
};
// Oldest first, as the site hands them over (the reverse of its newest-first lists).
const oldestFirst = (items: Item[]): Item[] =>
  items.sort((a, b) => newestFirst({ id: b.id, data: b }, { id: a.id, data: a }));

const started = performance.now();
const archive = oldestFirst(Array.from({ length: count }, (_, i) => generate(i)));
const generated = performance.now();
const lists = relatedReading(archive);
const timed = performance.now();

const byId = (items: readonly Item[], result: number[][]) =>
  new Map(items.map((item, i) => [item.id, result[i]!.map((j) => items[j]!.id).join(',')]));
const changedLists = (extra: Item): number => {
  const before = byId(archive, lists);
  const items = oldestFirst([...archive, extra]);
  const after = byId(items, relatedReading(items));
  return [...before].filter(([id, list]) => after.get(id) !== list).length;
};
const newest = { ...generate(count), publishedAt: '2030-01-01T09:00:00+08:00' };
const middle = { ...generate(count + 1), publishedAt: archive[Math.floor(count / 2)]!.publishedAt };

const withSection = lists.filter((l) => l.length > 0).length;
const links = lists.reduce((sum, l) => sum + l.length, 0);
console.log(
  JSON.stringify(
    {
      articles: count,
      generateMs: Math.round(generated - started),
      relatedMs: Math.round(timed - generated),
      articlesWithSection: withSection,
      links,
      meanListLength: Number((links / count).toFixed(2)),
      listsChangedByPublishingNewest: changedLists(newest),
      listsChangedByBackfillingMiddle: changedLists(middle),
      machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(1))) },
    },
    null,
    2,
  ),
);
