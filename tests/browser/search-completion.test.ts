/**
 * The header search box's completions (联想) in Chromium, over the built search-quality archive:
 * an ARIA 1.2 combobox driven by the keyboard, announced, with its data loaded only on focus,
 * a plain form without JavaScript, and no axe violations with the list open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs } from '../helpers/dist.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const searchDir = (await testSite('search')).dir;
const [slug] = articleSlugs(searchDir);
const site = siteInBrowser(searchDir);
const BOX = '#header-search';

async function withArticle(use: (page: Page, dataRequests: string[]) => Promise<void>, bypassCSP = false) {
  const context = await site.browser.newContext({ bypassCSP });
  const page = await context.newPage();
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-data/')) dataRequests.push(new URL(request.url()).pathname);
  });
  try {
    await page.goto(`${site.url}articles/${slug}/`, { waitUntil: 'networkidle' });
    await use(page, dataRequests);
  } finally {
    await context.close();
  }
}

const options = (page: Page) =>
  page.$$eval('[role="listbox"] [role="option"]', (os) => os.map((o) => o.textContent));

async function typeAndWait(page: Page, text: string) {
  await page.focus(BOX);
  await page.keyboard.insertText(text);
  await page.waitForSelector('[role="listbox"]:not([hidden]) [role="option"]');
}

describe('the header search box’s completions (联想)', () => {
  it('is a combobox that loads its data only once focused', async () => {
    await withArticle(async (page, dataRequests) => {
      const box = page.locator(BOX);
      expect(await box.getAttribute('role')).toBe('combobox');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(dataRequests).toEqual([]);
      await typeAndWait(page, '杭州');
      expect(dataRequests.length).toBeGreaterThan(0);
      expect(await options(page)).toEqual(
        expect.arrayContaining(['杭州市人民政府', '杭州第19届亚运会圆满闭幕']),
      );
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      expect(await page.textContent('[data-completion-status]')).toMatch(/有 \d+ 条搜索建议/);
    });
  });

  it('moves through the options with the arrow keys, and Escape restores what was typed', async () => {
    await withArticle(async (page) => {
      await typeAndWait(page, '杭州');
      const [first, second] = await options(page);
      await page.keyboard.press('ArrowDown');
      const box = page.locator(BOX);
      expect(await box.inputValue()).toBe(first);
      const active = await box.getAttribute('aria-activedescendant');
      expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
      await page.keyboard.press('ArrowDown');
      expect(await box.inputValue()).toBe(second);
      await page.keyboard.press('Escape');
      expect(await box.inputValue()).toBe('杭州');
      expect(await page.isHidden('[role="listbox"]')).toBe(true);
      expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    });
  });

  it('searches for the chosen option on Enter', async () => {
    await withArticle(async (page) => {
      await typeAndWait(page, '雁荡');
      await page.keyboard.press('ArrowDown');
      const chosen = await page.locator(BOX).inputValue();
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe(chosen);
    });
  });

  it('has no axe violations with the list open', async () => {
    await withArticle(async (page) => {
      await typeAndWait(page, '杭州');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    }, true);
  });

  it('is a plain search form without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}articles/${slug}/`);
      expect(await page.getAttribute(BOX, 'role')).toBeNull();
      await page.fill(BOX, '杭州');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press(BOX, 'Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('杭州');
    } finally {
      await context.close();
    }
  });
});
