/**
 * The route files: which shards may hold a query, read before any shard is opened. A shard left
 * out by mistake would lose its matches, so every case here is about what must be found.
 */
import { describe, expect, it } from 'vitest';
import { buildRoutes, recordWordCollector } from '../../src/search/build/route-writer.ts';
import {
  maskShards,
  ROUTES_MANIFEST,
  shardMask,
  type RouteFile,
  type RouteManifest,
} from '../../src/search/contract/route-files.ts';
import { routeShards, spellingWords } from '../../src/search/browser/route-lookup.ts';
import type { Article } from '../../src/lib/article.ts';
import { searchRecord, type SearchRecord } from '../../src/search/build/index-record.ts';
import { segmentWords } from '../../src/search/contract/segment.ts';
import { syntheticArticle } from '../../tools/archive/synthetic.ts';

/** An article's index record (index-record.ts), with only what the record reads. */
const record = (text: string, documentNumber?: string): SearchRecord =>
  searchRecord({
    id: 'a',
    body: text,
    data: {
      title: '通知',
      source: '省政府',
      publishedAt: '2024-03-15T09:58:00+08:00',
      tags: [],
      disclosure: documentNumber ? { documentNumber } : undefined,
    } as unknown as Article,
  });

function routesOf(shards: Array<Array<string | SearchRecord>>) {
  const collect = recordWordCollector();
  const words = shards.map((texts) => {
    const set = new Set<string>();
    for (const text of texts) collect((typeof text === 'string' ? record(text) : text).words, set);
    return set;
  });
  const spans = shards.map((texts, i) => ({
    first: `202${i}-01-01`,
    last: `202${i}-12-31`,
    articles: texts.length,
  }));
  const files = buildRoutes(words, spans);
  const manifest = JSON.parse(files.get(ROUTES_MANIFEST)!) as RouteManifest;
  const read: string[] = [];
  const route = (terms: string[][]) =>
    routeShards(terms, manifest.buckets, async (path) => {
      read.push(path);
      return JSON.parse(files.get(path)!) as RouteFile;
    }).then((found) => (found ? [...found.loose].sort() : undefined));
  return { files, manifest, read, route };
}

const archive = [
  ['省知识产权局召开联席会议。', '杭州市发布营商环境报告。'],
  ['张雁云出席知识产权保护大会。'],
  ['宁波港集团发布年报。', record('关于印发方案的通知。', '浙市监〔2024〕12号')],
  ['省政府召开常务会议，研究知识产权工作。'],
];

describe('routing a query to the shards that may hold it', () => {
  it('sends a word held by one shard to that shard alone, and a common one to all that hold it', async () => {
    const { route } = routesOf(archive);
    expect(await route([['宁波港']])).toEqual([2]);
    expect(await route([['知识产权']])).toEqual([0, 1, 3]);
  });

  it('matches as Pagefind does: a query word finds the longer words it begins', async () => {
    const { route } = routesOf(archive);
    expect(await route([['知识']])).toEqual([0, 1, 3]);
  });

  it('needs every term, and any spelling of a term', async () => {
    const { route } = routesOf(archive);
    expect(await route([['知识产权'], ['会议']])).toEqual([0, 3]);
    expect(await route([['宁波港', '营商环境']])).toEqual([0, 2]);
    expect(await route([['宁波港'], ['张雁云']])).toEqual([]);
  });

  it('finds a 文号 and a name the segmenter cuts into single characters', async () => {
    const { route } = routesOf(archive);
    expect(await route([['浙市监〔2024〕12号']])).toEqual([2]);
    expect(await route([['张雁云']])).toEqual([1]);
  });

  it("lists only the records' words, none of their markup: body or pagefind open no shard", async () => {
    const { route } = routesOf(archive);
    for (const markup of ['body', 'pagefind', 'data', 'weight']) expect(await route([[markup]])).toEqual([]);
    expect(await route([['通知']])).toEqual([0, 1, 2, 3]);
  });

  it('searches everywhere a query that has no word to route by', async () => {
    const { route } = routesOf(archive);
    expect(await route([['，。']])).toBeUndefined();
  });

  it('reads only the route files of the query words', async () => {
    // Thousands of distinct words (codes such as a3x17), too many for one file.
    const many = Array.from({ length: 8 }, (_, s) =>
      Array.from(
        { length: 50 },
        (_, i) => `知识产权 ${Array.from({ length: 20 }, (_, w) => `a${s}x${i * 20 + w}`).join(' ')}`,
      ),
    );
    const { route, read, manifest } = routesOf(many);
    expect(manifest.buckets).toBeGreaterThan(1);
    await route([['知识产权']]);
    // One file per word of the query, of the many the archive's words fill.
    expect(read.length).toBeLessThanOrEqual(spellingWords('知识产权').length);
    expect(read.length).toBeLessThan(manifest.buckets);
  });

  it('lists every word of every shard: any whole word of an article routes to its shard', async () => {
    const shards = Array.from({ length: 6 }, (_, s) =>
      Array.from({ length: 20 }, (_, i) => syntheticArticle(s * 20 + i).text),
    );
    const { route } = routesOf(shards);
    for (const [s, texts] of shards.entries()) {
      const words = segmentWords(texts.join('\n'))
        .split(' ')
        .filter((w) => w.length > 1);
      for (const word of words.filter((_, i) => i % 97 === 0)) expect(await route([[word]])).toContain(s);
    }
  });

  it('writes a mask that reads back as the same shards', () => {
    for (const shards of [[0], [3, 4], [0, 1, 2, 3, 4, 5, 6, 7, 8], [39], []])
      expect(maskShards(shardMask(shards))).toEqual(shards);
  });

  it('gives the same bytes for the same archive', () => {
    expect([...routesOf(archive).files]).toEqual([...routesOf(archive).files]);
  });
});
