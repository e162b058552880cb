import { describe, expect, inject, it } from 'vitest';
import { articleSlugs } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = inject('siteDir');
const [seedSlug] = articleSlugs(siteDir);
const PAGES = [
  '',
  `articles/${seedSlug}/`,
  `search/?q=${encodeURIComponent('张雁云')}`,
  '404.html',
  'archive/2024/03/',
  `tags/${encodeURIComponent('知识产权')}/`,
  `sources/${encodeURIComponent('省市场监管局（省知识产权局）')}/`,
];

const site = siteInBrowser(siteDir);

describe.each(PAGES)('page /%s', (path) => {
  // 320 px is the narrowest phone; 640 px is a 1280 px window at 200% zoom.
  it.each([320, 640])('fits %i CSS px without horizontal scrolling', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });

  it('has one <h1>, header/main/footer landmarks, and a skip link as the first Tab stop', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('body > header, body header.site-header').count()).toBeGreaterThan(0);
      expect(await page.locator('main#main').count()).toBe(1);
      expect(await page.locator('footer').count()).toBeGreaterThan(0);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        text: document.activeElement?.textContent,
        href: document.activeElement?.getAttribute('href'),
        visible: (document.activeElement as HTMLElement).getBoundingClientRect().top >= 0,
      }));
      expect(focused).toEqual({ text: '跳到正文', href: '#main', visible: true });
    } finally {
      await page.close();
    }
  });
});
