/**
 * The site with JavaScript off, in Chromium: the article is readable (title, source, date and
 * every paragraph shown), no button is left that would do nothing, and every link a reader
 * follows from an article (breadcrumbs, source, tags, 上一篇/下一篇) leads to a page.
 * The index and search pages too. Contrast is checked by the axe tests (accessibility.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { parseArticleFile } from '../../src/lib/article-file.ts';
import { markdownToText } from '../../src/lib/markdown.ts';
import { ui } from '../../src/lib/i18n/zh-CN.ts';
import { articleSlugs } from '../helpers/dist.ts';
import { siteInBrowser, type SiteInBrowser } from '../helpers/site-in-browser.ts';

const fixtureDir = (await testSite('fixture')).dir;
const fixtureArticles = (await testSite('fixture')).articles;
const siteDir = (await testSite('site')).dir;
// The generated archive: an article with both neighbours, tags and a linked source.
const fixture = siteInBrowser(fixtureDir);
// The committed article: real text, its paragraphs as ingest wrote them.
const committed = siteInBrowser(siteDir);

const WIDTHS = [390, 1280];

async function withoutJs<T>(
  site: SiteInBrowser,
  width: number,
  use: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await site.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width, height: 900 },
  });
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

/** Shown, with a size, not hidden by visibility or opacity. */
async function readable(locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  if (!box || box.width === 0 || box.height === 0) return false;
  return locator.evaluate((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
    }
    return true;
  });
}

/** Buttons a reader can see that do nothing without JavaScript (only a form's submit button works). */
async function deadButtons(page: Page): Promise<string[]> {
  const dead: string[] = [];
  for (const button of await page.locator('button').all()) {
    if (!(await button.isVisible())) continue;
    const works = await button.evaluate(
      (b) => (b as HTMLButtonElement).type === 'submit' && !!(b as HTMLButtonElement).form,
    );
    if (!works) dead.push((await button.textContent())?.trim() ?? '');
  }
  return dead;
}

/** Follows the link as a reader does: the status and heading of the page it leads to, then back. */
async function follow(page: Page, link: Locator): Promise<{ status: number; heading: string }> {
  const target = new URL((await link.getAttribute('href'))!, page.url()).href;
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.url() === target),
    link.click(),
  ]);
  await page.waitForLoadState('load');
  const heading = ((await page.locator('h1').first().textContent()) ?? '').trim();
  await page.goBack();
  return { status: response.status(), heading };
}

describe('an article with JavaScript off', () => {
  it.each(WIDTHS)('shows the title, source, date and every paragraph at %i px', (width) =>
    withoutJs(committed, width, async (context) => {
      const [slug] = articleSlugs(siteDir);
      const { data, body } = parseArticleFile(
        readFileSync(join('content/articles', `${slug}.md`), 'utf8'),
        `${slug}.md`,
      );
      const page = await context.newPage();
      await page.goto(`${committed.url}articles/${slug}/`);

      const title = page.locator('article h1');
      expect(await title.textContent()).toBe(data.title);
      expect(await readable(title)).toBe(true);
      const source = page.locator('.article__meta a', { hasText: data.source });
      expect(await readable(source)).toBe(true);
      const date = page.locator('.article__meta time');
      expect(await readable(date)).toBe(true);
      expect(await date.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}/);

      const paragraphs = markdownToText(body);
      expect(paragraphs.length).toBeGreaterThan(3);
      const shown = page.locator('.prose p');
      const texts = (await shown.allTextContents()).map((t) => t.trim());
      for (const paragraph of paragraphs) {
        const i = texts.indexOf(paragraph.trim());
        expect(i, paragraph.slice(0, 20)).toBeGreaterThanOrEqual(0);
        expect(await readable(shown.nth(i)), paragraph.slice(0, 20)).toBe(true);
      }
    }),
  );

  it.each(WIDTHS)('shows no button that needs JavaScript at %i px', (width) =>
    withoutJs(committed, width, async (context) => {
      const page = await context.newPage();
      await page.goto(`${committed.url}articles/${articleSlugs(siteDir)[0]}/`);
      // 字体 大/中/小, 深色模式 and 复制引用 work through scripts: without them they are not shown.
      expect(await page.locator('.reading-controls').isVisible()).toBe(false);
      expect(await page.locator('[data-citation-copy]').isVisible()).toBe(false);
      expect(await deadButtons(page)).toEqual([]);
      // The citation itself is still there to copy by hand.
      expect(await readable(page.locator('[data-citation-text]'))).toBe(true);
    }),
  );

  it('has working breadcrumbs, source, tag and 上一篇/下一篇 links', () =>
    withoutJs(fixture, 390, async (context) => {
      const middle = fixtureArticles[Math.floor(fixtureArticles.length / 2)]!;
      const page = await context.newPage();
      await page.goto(`${fixture.url}articles/${middle.slug}/`);
      expect(await page.locator('article h1').textContent()).toBe(middle.title);

      const links: Array<[string, Locator]> = [
        ['breadcrumb 首页', page.locator('.breadcrumbs a').nth(0)],
        ['breadcrumb month', page.locator('.breadcrumbs a').nth(1)],
        ['source', page.locator('.article__meta dd a').first()],
        ...(await page.locator('.tag-list a').all()).map((a, i): [string, Locator] => [`tag ${i}`, a]),
        [ui.previousArticle, page.locator('.article-nav a[rel="prev"]')],
        [ui.nextArticle, page.locator('.article-nav a[rel="next"]')],
      ];
      expect(links.length).toBeGreaterThanOrEqual(6);
      for (const [name, link] of links) {
        expect(await readable(link), name).toBe(true);
        const { status, heading } = await follow(page, link);
        expect(status, name).toBe(200);
        expect(heading, name).not.toBe('');
      }
    }));
});

describe('the index and search pages with JavaScript off', () => {
  it.each(WIDTHS)('the index lists articles with working links and no dead button at %i px', (width) =>
    withoutJs(fixture, width, async (context) => {
      const page = await context.newPage();
      await page.goto(fixture.url);
      expect(await deadButtons(page)).toEqual([]);
      const first = page.locator('main li a').first();
      expect(await readable(first)).toBe(true);
      const { status, heading } = await follow(page, first);
      expect(status).toBe(200);
      expect(fixtureArticles.map((a) => a.title)).toContain(heading);
      const next = page.locator('a[rel="next"]').first();
      expect((await follow(page, next)).status).toBe(200);
    }),
  );

  it.each(WIDTHS)('the search page says search needs JavaScript and links to the lists at %i px', (width) =>
    withoutJs(fixture, width, async (context) => {
      const page = await context.newPage();
      await page.goto(`${fixture.url}search/?q=${encodeURIComponent('知识产权')}`);
      const notice = page.locator('.search-page .notice');
      expect(await readable(notice)).toBe(true);
      expect(await notice.textContent()).toContain(ui.searchNeedsJs);
      // No prompt to type a query the page cannot run, and no button that does nothing.
      expect(await page.locator('[data-search-status]').isVisible()).toBe(false);
      expect(await deadButtons(page)).toEqual([]);
      // No blank screen kept for results that cannot come: the footer follows the notice.
      const footer = await page.locator('.site-footer').boundingBox();
      expect(footer!.y).toBeLessThan(900);
      const lists = await notice.locator('a').all();
      expect(lists).toHaveLength(4);
      for (const link of lists) expect((await follow(page, link)).status).toBe(200);
    }),
  );
});
