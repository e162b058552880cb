/**
 * Pinyin, abbreviations and typo corrections on the built search page (search-quality archive):
 * the notes the status reads out, the 您是不是要找 links (a click runs that search and keeps it
 * in the URL), the data fetched for a pinyin query, and no axe violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';

const site = siteInBrowser((await testSite('search')).dir);

const { withPage } = site;

const status = async (page: Page) => (await page.textContent('[data-search-status]')) ?? '';
const q = (page: Page) => new URL(page.url()).searchParams.get('q');

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page, query);
}

describe('pinyin, abbreviations and corrections on the search page', () => {
  it('searches pinyin as the archive word, says so, and fetches only the pinyin data', () =>
    withPage({}, async (page) => {
      const data: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/search-data/')) data.push(new URL(r.url()).pathname);
      });
      await open(page, 'hangzhou');
      expect(await status(page)).toMatch(/^已按拼音“hangzhou”搜索“杭州”。“杭州”共找到 \d+ 篇文章。$/u);
      expect(await page.locator('[data-search-results] .search-result').count()).toBeGreaterThan(0);
      expect(data.length).toBeGreaterThan(0);
      expect(data.every((p) => p.endsWith('/manifest.json') || p.includes('/search-data/pinyin/'))).toBe(
        true,
      );
      // A Chinese query reads no pinyin file.
      data.length = 0;
      await open(page, '知识产权');
      expect(data.filter((p) => p.includes('/pinyin/'))).toEqual([]);
    }));

  it('searches the other spelling of an abbreviation too, and says so', () =>
    withPage({}, async (page) => {
      await open(page, '发改委');
      expect(await status(page)).toMatch(
        /^已同时搜索“发展和改革委员会”“发展改革委”。“发改委”共找到 1 篇文章。/u,
      );
      const title = page.locator('[data-search-results] .search-result h2 a');
      expect(await title.textContent()).toContain('产权');
      expect(
        await page.locator('[data-search-results] mark', { hasText: '发展改革委' }).count(),
      ).toBeGreaterThan(0);
    }));

  it('offers 您是不是要找 links to archive words; a click runs that search', () =>
    withPage({}, async (page) => {
      await open(page, '知识产全');
      expect(await status(page)).toContain('没有找到包含“知识产全”的文章。');
      const list = page.getByRole('list', { name: '您是不是要找：' });
      const first = list.getByRole('link').first();
      expect(await first.textContent()).toBe('知识产权');
      await first.click();
      await searchSettled(page, '知识产权');
      expect(q(page)).toBe('知识产权');
      expect(await page.inputValue('#search-page-input')).toBe('知识产权');
      expect(await status(page)).toMatch(/^“知识产权”共找到 \d+ 篇文章。$/u);
      expect(await page.isVisible('[data-search-corrections]')).toBe(false);
      // Back returns to the typo and its corrections.
      await page.goBack();
      await searchSettled(page, '知识产全');
      expect(await page.isVisible('[data-search-corrections]')).toBe(true);
    }));

  it('says 没有找到 for pinyin of no archive word, and offers no correction made up', () =>
    withPage({}, async (page) => {
      await open(page, 'zhang xiao yun');
      expect(await status(page)).toMatch(/^没有找到包含“zhang xiao yun”的文章。/u);
      expect(await page.locator('[data-search-results] .search-result').count()).toBe(0);
    }));

  it.each([
    ['light', 'hangzhou'],
    ['dark', '发改委'],
    ['light', '知识产全'],
    ['dark', '知识产全'],
  ] as const)('has no axe violations (%s, %s)', (colorScheme, query) =>
    withPage({ colorScheme }, async (page) => {
      await open(page, query);
      expect(await axeViolations(page)).toEqual([]);
    }),
  );
});
