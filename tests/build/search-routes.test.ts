/**
 * The route files as built over the search-quality archive in shards of 8: every word of every
 * indexed page routes to that page's shard, and the manifest gives each shard's dates, so the
 * search page opens only the shards that may hold a query and says which dates it searched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { shanghaiDay } from '../../src/lib/dates.ts';
import { routeShards } from '../../src/search/browser/route-lookup.ts';
import {
  ROUTES_MANIFEST,
  type RouteFile,
  type RouteManifest,
} from '../../src/search/contract/route-files.ts';
import { joinSegments, withoutHiddenWords } from '../../src/search/contract/segment.ts';
import { indexedPages } from '../helpers/dist.ts';

const searchDir = (await testSite('search')).dir;
const shards = indexedPages(searchDir);
const read = <T>(path: string): T => JSON.parse(readFileSync(join(searchDir, path), 'utf8')) as T;
const manifest = read<RouteManifest>(ROUTES_MANIFEST);
const route = (term: string) =>
  routeShards([[term]], manifest.buckets, async (path) => read<RouteFile>(path)).then((s) => [
    ...(s?.loose ?? []),
  ]);

describe('the search route files', () => {
  it('give each shard, oldest first, with its first and last day and its size', () => {
    expect(manifest.shards).toHaveLength(shards.length);
    manifest.shards.forEach((span, i) => {
      const days = shards[i]!.map((p) => shanghaiDay(p.meta.published!)).sort();
      expect(span).toEqual({ first: days[0], last: days.at(-1), articles: shards[i]!.length });
    });
  });

  it('route every word of every indexed page to the page’s shard', async () => {
    let checked = 0;
    for (const [i, pages] of shards.entries()) {
      for (const page of pages) {
        const words = withoutHiddenWords(page.content)
          .split(/\s+/u)
          .filter((w) => /^[\p{L}\p{N}]{2,}$/u.test(w));
        for (const word of words.filter((_, n) => n % 3 === 0)) {
          expect(await route(word), `${word} in ${page.url}`).toContain(i);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('route a word held by few articles to fewer shards than all, never missing one that holds it', async () => {
    const holders = (word: string) =>
      shards.flatMap((pages, i) =>
        pages.some((p) => joinSegments(withoutHiddenWords(p.content)).includes(word)) ? [i] : [],
      );
    for (const word of ['联席会议', '宁波']) {
      const routed = await route(word);
      expect(holders(word).length).toBeGreaterThan(0);
      for (const i of holders(word)) expect(routed).toContain(i);
      expect(routed.length).toBeLessThan(shards.length);
    }
  });
});
