/**
 * The search page on the generated 45-article archive, where 杭州 is in every article: it reads
 * the text of one page of results only, and 加载更多 (keyboard operable) reads on.
 */
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const site = siteInBrowser((await testSite('fixture')).dir);

describe('a query matching more articles than one page', () => {
  it('reads 20 articles, not 45, and 加载更多 shows the rest from the keyboard', async () => {
    const page = await site.browser.newPage();
    try {
      let fragments = 0;
      page.on('request', (r) => {
        if (r.url().includes('/pagefind/fragment/')) fragments++;
      });
      await page.goto(`${site.url}search/?q=${encodeURIComponent('杭州')}`);
      await searchSettled(page);
      const results = () => page.$$eval('[data-search-results] .search-result a', (as) => as.length);
      expect(await results()).toBe(20);
      expect(fragments).toBeLessThan(45);
      // Pagefind's phrase matches stand in for the articles not read yet.
      expect(await page.textContent('[data-search-status]')).toContain('共找到约 45 篇文章');

      const more = page.locator('[data-search-more]');
      await more.focus();
      await page.keyboard.press('Enter');
      await searchSettled(page);
      expect(await results()).toBe(40);
      // Focus moves on to the first new result.
      expect(
        await page.evaluate(() => {
          const items = [...document.querySelectorAll('[data-search-results] li')];
          return items.indexOf(document.activeElement!.closest('li')!);
        }),
      ).toBe(20);

      await more.focus();
      await page.keyboard.press('Space');
      await searchSettled(page);
      expect(await results()).toBe(45);
      expect(await more.isHidden()).toBe(true);
      expect(await page.textContent('[data-search-status]')).toContain('共找到 45 篇文章');
    } finally {
      await page.close();
    }
  });
});
