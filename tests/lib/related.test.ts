import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/lib/article-file.ts';
import { syntheticArticle } from '../../tools/archive/synthetic.ts';
import { RELATED_LIMIT, relatedReading, type RelatedInput } from '../../src/lib/related.ts';

// A generated archive: each title names its topic (…召开2021年乡村振兴工作推进会…), oldest first.
const archive = Array.from(
  { length: 600 },
  (_, i) => parseArticleFile(syntheticArticle(i).text, `${i}.md`).data,
).sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
const topicOf = (title: string) => /\d{4}年(.+)工作推进会/.exec(title)![1];

describe('related reading on a generated archive', () => {
  const related = relatedReading(archive);

  it('lists related articles on the same topic as the article', () => {
    const pairs = related.flatMap((list, i) => list.map((j) => [i, j] as const));
    const sameTopic = pairs.filter(([i, j]) => topicOf(archive[i]!.title) === topicOf(archive[j]!.title));
    expect(pairs.length).toBeGreaterThan(archive.length * 4);
    expect(sameTopic.length / pairs.length).toBeGreaterThan(0.95);
  });

  it('gives at most five, each once, never the article itself, all published before it', () => {
    related.forEach((list, i) => {
      expect(list.length).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(new Set(list).size).toBe(list.length);
      for (const j of list) expect(j).toBeLessThan(i);
    });
  });

  it('is deterministic, and publishing a new article changes no earlier article’s list', () => {
    expect(relatedReading(archive)).toEqual(related);
    expect(relatedReading(archive.slice(0, 400))).toEqual(related.slice(0, 400));
  });
});

describe('related reading of articles with nothing in common', () => {
  const article = (title: string, tags: string[], source: string): RelatedInput => ({
    title,
    summary: title,
    tags,
    source,
  });

  it('relates by a shared tag, and not by the source alone', () => {
    const items = [
      article('全省知识产权保护工作推进会召开', ['知识产权'], '省市场监管局'),
      article('全省春季植树活动启动', [], '省林业局'),
      article('省市场监管局开展食品抽检', [], '省市场监管局'),
      article('商标品牌建设成果发布', ['知识产权'], '省知识产权局'),
    ];
    expect(relatedReading(items)).toEqual([[], [], [], [0]]);
  });
});
