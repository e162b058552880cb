/**
 * The query marked on arrival: a result opened from the search page marks the query in the
 * article (as the search matched it: folded, and a Traditional query's Simplified spelling),
 * scrolls to the first mark, and 清除高亮 removes them; the canonical link stays the plain URL.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';

const slugs = (await testSite('search')).slugs;
const path = (key: string) => `/articles/${slugs[key]}/`;
const site = siteInBrowser((await testSite('search')).dir);
/** A phone: the article's third paragraph is below the first screen. */
const PHONE = { width: 390, height: 600 };

async function withPage<T>(colorScheme: 'light' | 'dark', run: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ viewport: PHONE, colorScheme, bypassCSP: true });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Searches on the search page and opens the result for the article with this key. */
async function openResult(page: Page, query: string, key: string): Promise<void> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  const link = page.locator(`[data-search-results] a[href^="${path(key)}"]`);
  await link.click();
  await page.waitForURL((url) => url.pathname === path(key));
  await page.waitForSelector('mark[data-query-mark]');
}

const marks = (page: Page) => page.$$eval('article mark', (ms) => ms.map((m) => m.textContent));
const canonical = (page: Page) => page.getAttribute('link[rel="canonical"]', 'href');
const inViewport = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });

describe('the query marked on arrival', () => {
  it('marks the folded query, scrolls to it, and clears it; the canonical URL stays plain', () =>
    withPage('light', async (page) => {
      await page.goto(`${site.url}${path('ip-meeting').slice(1)}`);
      const plainCanonical = await canonical(page);
      expect(await page.$$('mark')).toHaveLength(0);
      const paragraph = 'article .prose p:nth-of-type(3)';
      expect(await page.textContent(paragraph)).toContain('415X');
      expect(await inViewport(page, paragraph), 'the paragraph starts below the first screen').toBe(false);

      // Fullwidth and lower case, as a reader may type it: the search folds it to 415x, the article says 415X.
      await openResult(page, '４１５ｘ', 'ip-meeting');
      expect(new URL(page.url()).searchParams.getAll('hl')).toEqual(['415x']);
      expect(await marks(page)).toEqual(['415X']);
      expect(await inViewport(page, 'mark[data-query-mark]')).toBe(true);
      expect(await page.textContent('.query-marks')).toContain('已在文中标出“415x”，共 1 处。');
      expect(await canonical(page)).toBe(plainCanonical);
      expect(new URL(plainCanonical!).search).toBe('');

      await page.click('.query-marks button');
      expect(await page.$$('mark')).toHaveLength(0);
      expect(await page.$('.query-marks')).toBeNull();
      expect(await page.textContent(paragraph)).toContain('“415X”先进制造业集群');
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await canonical(page)).toBe(plainCanonical);
    }));

  it('marks the Simplified spelling of a Traditional query, in the title and the text', () =>
    withPage('light', async (page) => {
      await openResult(page, '知識產權', 'ip-day');
      const marked = await marks(page);
      expect(new Set(marked)).toEqual(new Set(['知识产权']));
      // 全省知识产权宣传周活动启动; 世界知识产权日, 知识产权宣传周.
      expect(marked).toHaveLength(3);
      expect(await page.$$('article h1 mark')).toHaveLength(1);
      expect(await page.textContent('.query-marks p')).toBe('已在文中标出“知识产权”，共 3 处。');
    }));

  it.each(['light', 'dark'] as const)('has no axe violations with the marks shown (%s)', (scheme) =>
    withPage(scheme, async (page) => {
      await openResult(page, '知识产权', 'ip-meeting');
      expect(await axeViolations(page)).toEqual([]);
    }),
  );
});
