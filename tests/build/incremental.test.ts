/**
 * Reproducible and incremental builds over 60 synthetic articles, pages of 5 and
 * search shards of 8: the same content builds to the same bytes, and one article newer than
 * all changes only the fronts and newest pages of its lists, its neighbour, the site-wide
 * indexes and the newest search shard. A deploy then uploads a handful of files.
 */
import { ROUTES_FOLDER } from '../../src/search/contract/route-files.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { diffSites } from '../../tools/site-diff.ts';
import { shardFolder } from '../../src/search/contract/shard-layout.ts';
import { expectSameSite } from '../helpers/builds.ts';
import { page } from '../helpers/dist.ts';

const { first, second, plusOne, addedSlug } = await testSite('stable');

describe('building the same content twice', () => {
  it('gives byte-identical sites, whatever the content folder and the machine’s zone', () => {
    expectSameSite(second, first, 150);
  });
});

describe('adding one article newer than all', () => {
  const diff = diffSites(first, plusOne);
  const touched = [...diff.added, ...diff.changed, ...diff.removed];
  /** The highest page number of a list folder ("" for the main list, "tags/X/"), in a build. */
  const newestPage = (dir: string, list: string): number =>
    Math.max(...readdirSync(join(dir, list, 'page')).map(Number));
  // 60 articles: 8 shards, the last holding 4; the 61st joins it.
  const newestShard = shardFolder(7);

  it('adds its page, and the main list only a new newest page: pages 1–11 stay as they were', () => {
    expect(diff.added.filter((f) => !f.startsWith('pagefind/'))).toContain(
      `articles/${addedSlug}/index.html`,
    );
    expect(newestPage(first, '')).toBe(12);
    expect(diff.added).toContain('page/13/index.html');
    // Page 12 gains its link to page 13; the front shows the new article.
    expect(touched.filter((f) => /^(page\/|index\.html)/.test(f)).sort()).toEqual([
      'index.html',
      'page/12/index.html',
      'page/13/index.html',
    ]);
    expect(page(plusOne, '/page/13/')('.article-summary h2 a').attr('href')).toBe(`/articles/${addedSlug}/`);
  });

  it('changes only the front and the two newest pages of any list', () => {
    const numbered = touched.filter((f) => /\/page\/\d+\/index\.html$/.test(f));
    expect(numbered.length).toBeGreaterThan(0);
    for (const file of numbered) {
      const [, list, n] = /^(.*?)page\/(\d+)\/index\.html$/.exec(file)!;
      expect(Number(n), file).toBeGreaterThanOrEqual(newestPage(plusOne, list!) - 1);
    }
  });

  it('removes no page a reader may have bookmarked', () => {
    expect(diff.removed.filter((f) => f.endsWith('.html'))).toEqual([]);
  });

  it('changes only the newest search shard: the seven full ones keep their bytes', () => {
    const search = touched.filter((f) => f.startsWith('pagefind/') && !f.startsWith(ROUTES_FOLDER));
    expect(search.length).toBeGreaterThan(0);
    for (const file of search) expect(file.startsWith(newestShard), file).toBe(true);
  });

  it('changes a few dozen files of the whole site', () => {
    const outsideSearch = touched.filter((f) => !f.startsWith('pagefind/'));
    // The article, its older neighbour, the ≤ 5 older articles it links to (their 相关阅读 may
    // gain it), the fronts and newest pages of its lists (main, year, month, source, tags), the
    // three indexes, the feed, the catalogue, the sitemap, _headers.
    expect(outsideSearch.length).toBeLessThanOrEqual(30);
    // The newest shard adds one fragment and re-cuts its few index, filter and metadata files;
    // the route manifest gives the newest shard's new last day, and the route file of the new
    // article's words (one file at this size) adds the newest shard to them.
    expect(touched.length - outsideSearch.length).toBeLessThanOrEqual(17);
    expect(touched.filter((f) => f.startsWith(ROUTES_FOLDER)).length).toBeLessThanOrEqual(2);
  });
});
