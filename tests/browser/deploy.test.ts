import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { crawl } from '../helpers/crawl.ts';
import { articleSlugs, page as builtPage } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = (await testSite('site')).dir;
const subpath = await testSite('subpath');
const DEPLOYS = [
  { name: 'at the root', dir: siteDir, base: '/' },
  { name: `under ${subpath.base}`, dir: subpath.dir, base: subpath.base },
];

describe.each(DEPLOYS)('the site deployed $name', ({ dir, base }) => {
  const site = siteInBrowser(dir, base);
  const [seedSlug] = articleSlugs(dir);
  // The home page's canonical URL is SITE_URL + BASE_PATH as built.
  const published = builtPage(dir, '').root().find('link[rel="canonical"]').attr('href')!;

  it('has no broken link, image, script or style on any page, and every SITE_URL link is a built page', async () => {
    const report = await crawl(dir, site.url, published);
    expect(report.broken).toEqual([]);
    // The crawl really went through the site: pages, the article, the search script.
    expect(report.checked).toContain(`${site.url}articles/${seedSlug}/`);
    expect(report.checked.some((url) => /\/_astro\/.+\.js$/.test(url))).toBe(true);
    expect(report.checked.every((url) => url.startsWith(site.url))).toBe(true);
    expect(report.siteUrlLinks).toContain(`${published}articles/${seedSlug}/`);
  });

  it('the search page finds the article, and its result opens it', async () => {
    const tab = await site.browser.newPage();
    try {
      const failed: string[] = [];
      tab.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await tab.goto(`${site.url}search/?q=${encodeURIComponent('知识产权')}`);
      await searchSettled(tab);
      const link = tab.locator('.search-result h2 a');
      expect(await link.count()).toBe(1);
      await link.click();
      // The result carries the query for the article to mark (?hl=), which loads its script under the base too.
      await tab.waitForURL((url) => `${url.origin}${url.pathname}` === `${site.url}articles/${seedSlug}/`);
      expect(new URL(tab.url()).searchParams.get('hl')).toBe('知识产权');
      await tab.locator('article h1 mark').waitFor();
      expect(await tab.textContent('h1')).toContain('知识产权');
      // Pagefind's bundle, index and WebAssembly, and the marking script, all came from under the base.
      expect(failed).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
