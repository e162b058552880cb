import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs } from '../helpers/dist.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = (await testSite('site')).dir;
const [seedSlug] = articleSlugs(siteDir);
const site = siteInBrowser(siteDir);

async function resultsFor(query: string) {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await searchSettled(page);
    return {
      status: (await page.textContent('[data-search-status]')) ?? '',
      links: await page.$$eval('.search-result h2 a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      ),
    };
  } finally {
    await page.close();
  }
}

describe('search in Chromium', () => {
  it.each(['知识产权', '张雁云', '联席会议', '快维权'])('finds the seed article for %s', async (query) => {
    const { status, links } = await resultsFor(query);
    expect(links).toEqual([`/articles/${seedSlug}/`]);
    expect(status).toContain('共找到 1 篇文章');
  });

  it('says so when nothing matches', async () => {
    const { status, links } = await resultsFor('鲸鱼');
    expect(links).toEqual([]);
    expect(status).toContain('没有找到');
  });

  it('the header search box on the article page leads to the results', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}articles/${seedSlug}/`);
      await page.fill('#header-search', '张雁云');
      await page.press('#header-search', 'Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await searchSettled(page);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=张雁云');
      const excerpt = await page.textContent('.search-result__excerpt mark');
      expect(excerpt).toBe('张雁云');
      // The placeholder for the missing photo is not article text.
      expect(await page.textContent('.search-result__excerpt')).not.toContain('图片未存档');
    } finally {
      await page.close();
    }
  });
});
