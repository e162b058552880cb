import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { crawl } from '../helpers/crawl.ts';
import { articleSlugs, page as builtPage } from '../helpers/dist.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const siteDir = inject('siteDir');
const subpath = inject('subpath');
const DEPLOYS = [
  { name: 'at the root', dir: siteDir, base: '/' },
  { name: `under ${subpath.base}`, dir: subpath.dir, base: subpath.base },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(DEPLOYS)('the site deployed $name', ({ dir, base }) => {
  let server: StaticServer;
  const [seedSlug] = articleSlugs(dir);
  // The home page's canonical URL is SITE_URL + BASE_PATH as built.
  const published = builtPage(dir, '').root().find('link[rel="canonical"]').attr('href')!;

  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has no broken link, image, script or style on any page, and every SITE_URL link is a built page', async () => {
    const report = await crawl(dir, server.url, published);
    expect(report.broken).toEqual([]);
    // The crawl really went through the site: pages, the article, the search script.
    expect(report.checked).toContain(`${server.url}articles/${seedSlug}/`);
    expect(report.checked.some((url) => /\/_astro\/.+\.js$/.test(url))).toBe(true);
    expect(report.checked.every((url) => url.startsWith(server.url))).toBe(true);
    expect(report.siteUrlLinks).toContain(`${published}articles/${seedSlug}/`);
  });

  it('the search page finds the article, and its result opens it', async () => {
    const tab = await browser.newPage();
    try {
      const failed: string[] = [];
      tab.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await tab.goto(`${server.url}search/?q=${encodeURIComponent('知识产权')}`);
      const link = tab.locator('.search-result h2 a');
      await link.first().waitFor();
      expect(await link.count()).toBe(1);
      await link.click();
      // The result carries the query for the article to mark (?hl=), which loads its script under the base too.
      await tab.waitForURL((url) => `${url.origin}${url.pathname}` === `${server.url}articles/${seedSlug}/`);
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
