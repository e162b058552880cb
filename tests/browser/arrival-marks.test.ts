/**
 * The query marked on arrival, in Chromium over the built search-quality archive: an article
 * opened with ?hl=… marks the query, scrolls to it, and clears the marks on request; its
 * canonical URL is its own; opened plainly it marks nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import { arrivalHref } from '../../src/lib/search/arrival-marks.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const slugs = inject('searchSlugs');
const site = siteInBrowser(inject('searchDir'));
// 知识产权 is in the title and text of the 2024 联席会议 article.
const article = `articles/${slugs['ip-meeting']}/`;

describe('the query marked on arrival', () => {
  it('marks every occurrence, scrolls to the first, and keeps the canonical URL', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 500 } });
    const page = await context.newPage();
    try {
      await page.goto(site.url + arrivalHref(article, '知识产权'));
      await page.waitForSelector('mark.arrival-mark');
      const marks = await page.$$eval('mark.arrival-mark', (ms) => ms.map((m) => m.textContent));
      expect(marks.length).toBeGreaterThan(1);
      expect(new Set(marks)).toEqual(new Set(['知识产权']));
      expect(await page.locator('mark.arrival-mark').first().isVisible()).toBe(true);
      expect(await page.textContent('.arrival-bar')).toContain(`${marks.length} 处`);
      const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
      expect(canonical).not.toContain('hl=');
      expect(new URL(canonical!).pathname).toMatch(new RegExp(`/${article}$`));
    } finally {
      await context.close();
    }
  });

  it('clears the marks with the button, and the URL loses the query', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + arrivalHref(article, '知识产权'));
      const text = await page.textContent('article');
      await page.click('.arrival-bar button');
      expect(await page.$$('mark.arrival-mark')).toEqual([]);
      expect(await page.textContent('article')).toBe(text);
      expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    } finally {
      await page.close();
    }
  });

  it('marks nothing on an article opened plainly', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + article, { waitUntil: 'networkidle' });
      expect(await page.$$('mark.arrival-mark, .arrival-bar')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('has no axe violations with the marks shown', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(site.url + arrivalHref(article, '知识产权'));
      await page.waitForSelector('mark.arrival-mark');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
