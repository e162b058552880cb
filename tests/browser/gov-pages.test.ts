/**
 * A policy document on the generated archive, in Chromium: the 政府信息公开 table at phone and
 * desktop widths in light and dark (screenshots in tests/.output/screenshots/ to look at), axe,
 * print, and search by 文号 and 索引号 typed with any bracket.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = join('tests', '.output', 'screenshots');

const fixtureArticles = (await testSite('fixture')).articles;
// One policy document cites another by its 文号 in its text.
const citing = fixtureArticles.find((a) => a.citesDocumentNumber);
const cited = fixtureArticles.find((a) => a.disclosure?.documentNumber === citing?.citesDocumentNumber);
const articlePath = `articles/${cited!.slug}/`;
const site = siteInBrowser((await testSite('fixture')).dir);

describe.each(['light', 'dark'] as const)('the 信息公开 table, %s', (colorScheme) => {
  it.each([390, 1280])('fits %i px without scrolling sideways, every label on one line', async (width) => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(site.url + articlePath, { waitUntil: 'networkidle' });
      const table = page.locator('table.disclosure');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await table.screenshot({ path: join(SCREENSHOTS, `disclosure-${width}-${colorScheme}.png`) });
      const layout = await page.evaluate(() => {
        const table = document.querySelector('table.disclosure')!.getBoundingClientRect();
        const lineHeights = [...document.querySelectorAll('table.disclosure th')].map((th) => {
          const style = getComputedStyle(th);
          return (
            th.getBoundingClientRect().height -
              parseFloat(style.paddingTop) -
              parseFloat(style.paddingBottom) <
            parseFloat(style.lineHeight) * 1.5
          );
        });
        return {
          scrollWidth: document.documentElement.scrollWidth,
          tableRight: table.right,
          labelsOnOneLine: lineHeights.every(Boolean),
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(width);
      expect(layout.tableRight).toBeLessThanOrEqual(width);
      expect(layout.labelsOnOneLine).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA), related reading included', async () => {
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(site.url + `articles/${citing!.slug}/`, { waitUntil: 'networkidle' });
      expect(await page.locator('table.disclosure').count()).toBe(1);
      expect(await page.locator('section.related li').count()).toBeGreaterThan(0);
      await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } }).then(r => r.violations)`,
      )) as Array<{ id: string; nodes: Array<{ target: string[] }> }>;
      expect(violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
        [],
      );
    } finally {
      await context.close();
    }
  });
});

describe('printing a policy document', () => {
  it('prints the 信息公开 table and the page URL, not the related reading', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + articlePath);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('table.disclosure').isVisible()).toBe(true);
      expect(
        await page
          .locator('table.disclosure td', { hasText: cited!.disclosure!.documentNumber! })
          .isVisible(),
      ).toBe(true);
      const url = page.locator('.article__url');
      expect(await url.isVisible()).toBe(true);
      expect(await url.textContent()).toContain(`/articles/${cited!.slug}/`);
      expect(await page.locator('section.related').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(await url.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('search by 文号 and 索引号', () => {
  const number = cited!.disclosure!.documentNumber!;
  const [issuer, year, serial] = /^(.+)〔(\d{4})〕(\d+)号$/.exec(number)!.slice(1);
  const results = async (query: string) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await searchSettled(page);
      return await page.$$eval('[data-search-results] .search-result a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    } finally {
      await page.close();
    }
  };

  it.each([
    `${issuer}[${year}]${serial}号`,
    `${issuer}（${year}）${serial}号`,
    `${issuer}【${year}】${serial}号`,
    number,
  ])('%s finds the document first, then the one citing it', async (query) => {
    const found = await results(query);
    expect(found[0]).toBe(`/${articlePath}`);
    expect(found).toContain(`/articles/${citing!.slug}/`);
  });

  it('finds a document by its 索引号', async () => {
    expect((await results(cited!.disclosure!.indexNumber!))[0]).toBe(`/${articlePath}`);
  });
});
