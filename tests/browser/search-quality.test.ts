/**
 * Search quality over the labelled fixture archive (tools/archive/search-archive.ts), through the
 * real search page in Chromium: the exact section must hold only articles that contain the
 * query (precision 1.0); recall is reported and must be 1.0 too on this archive.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { LABELLED_QUERIES, type LabelledQuery } from '../fixtures/search-archive/queries.ts';

const slugs = (await testSite('search')).slugs;
const keyOf = new Map(Object.entries(slugs).map(([key, slug]) => [`/articles/${slug}/`, key]));

/**
 * The archive as one search window, and again under a base path with small windows (two
 * shards), where each query opens only the shards its route files name and 搜索更早的文章 is
 * pressed until every shard that may hold it has been searched.
 */
const SITES = [
  { name: 'one window', dir: (await testSite('search')).dir, base: undefined },
  {
    name: 'windows of two shards, under a base path',
    dir: (await testSite('search-subpath')).dir,
    base: '/news-archive/',
  },
];

describe.each(SITES)('search quality on the labelled archive: $name', ({ dir, base }) => {
  const site = siteInBrowser(dir, base);
  let page: Page;
  /** How many windows each query took to reach every match. */
  const windows: number[] = [];

  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.url}search/`);
  });
  afterAll(async () => {
    await page?.close();
  });

  /**
   * Types the query into the page's box, as a reader would (an advanced search opens its shared
   * link), opens every older window, and reads both sections, the status and the corrections.
   */
  async function search({ query, titleOnly, from, to }: LabelledQuery) {
    if (titleOnly || from || to) {
      const params = new URLSearchParams({ q: query });
      if (titleOnly) params.set('in', 'title');
      if (from) params.set('from', from);
      if (to) params.set('to', to);
      await page.goto(`${site.url}search/?${params}`);
    } else {
      await page.fill('#search-page-input', query);
      await page.press('#search-page-input', 'Enter');
    }
    await searchSettled(page, query);
    let opened = 1;
    const earlier = page.locator('[data-search-earlier]');
    while (await earlier.isVisible()) {
      expect(await page.textContent('[data-search-status]')).toContain('尚未搜索');
      await earlier.click();
      await searchSettled(page, query);
      opened++;
    }
    windows.push(opened);
    const keys = (selector: string) =>
      page.$$eval(selector, (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/news-archive\//, '/')),
      );
    return {
      exact: (await keys('[data-search-results] .search-result a')).map((p) => keyOf.get(p) ?? p),
      related: (await keys('[data-search-related] .search-result a')).map((p) => keyOf.get(p) ?? p),
      status: (await page.textContent('[data-search-status]')) ?? '',
      corrections: await page.$$eval('[data-search-corrections]:not([hidden]) a', (as) =>
        as.map((a) => a.textContent ?? ''),
      ),
    };
  }

  const scores: Array<{ query: string; precision: number; recall: number }> = [];

  afterAll(() => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `search quality over ${scores.length} queries: precision ${mean(scores.map((s) => s.precision)).toFixed(3)}, recall ${mean(scores.map((s) => s.recall)).toFixed(3)}; windows opened: ${windows.filter((n) => n === 1).length} queries in one, ${windows.filter((n) => n > 1).length} in more (at most ${Math.max(...windows)})`,
    );
    for (const s of scores.filter((s) => s.precision < 1 || s.recall < 1)) {
      console.log(`  ${s.query}: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`);
    }
  });

  it.each(LABELLED_QUERIES)('$kind: $query', async (label) => {
    const { query, expected, converted, kind, searchedAs, corrects } = label;
    const { exact, related, status, corrections } = await search(label);
    const wanted = new Set(expected);
    const correct = exact.filter((k) => wanted.has(k)).length;
    // An empty exact section for a query with no expected article is perfectly precise.
    const precision = exact.length ? correct / exact.length : expected.length ? 0 : 1;
    const recall = expected.length ? correct / expected.length : 1;
    scores.push({ query, precision, recall });

    expect(new Set(exact).size, 'no article listed twice').toBe(exact.length);
    expect(
      exact.filter((k) => !wanted.has(k)),
      'exact results that do not contain the query',
    ).toEqual([]);
    expect(precision).toBe(1);
    expect(
      expected.filter((k) => !exact.includes(k)),
      'articles containing the query that were missed',
    ).toEqual([]);
    expect(
      related.filter((k) => wanted.has(k)),
      'an exact match shown as related',
    ).toEqual([]);
    if (expected.length === 0) expect(status).toContain('没有找到');
    if (converted) expect(status).toContain(`已将繁体“${query}”转换为简体“${converted}”`);
    const words = searchedAs?.map((spellings) => spellings.join('、')).join(' ');
    if (kind === 'pinyin' && words) expect(status).toContain(`已按拼音“${query}”搜索“${words}”`);
    if (kind === 'initials') expect(status).toContain(`已按拼音首字母“${query}”搜索“${words}”`);
    if (kind === 'pinyin' && !words) expect(status).not.toContain('已按拼音');
    if (kind === 'abbreviation')
      for (const other of searchedAs![0]!.slice(1)) expect(status).toContain(`“${other}”`);
    if (kind === 'abbreviation') expect(status).toContain('已同时搜索');
    if (corrects) expect(corrections).toContain(corrects);
  });
});
