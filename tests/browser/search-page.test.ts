/**
 * The search page in Chromium over the search-quality archive: exact results first, related
 * ones under their own heading, excerpts, Traditional queries, filters and sort in the URL,
 * Back and reload, keyboard only, no JavaScript, and a subpath deploy under the strict CSP.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { focusedIs, tabTo } from '../helpers/keyboard.ts';

const slugs = (await testSite('search')).slugs;
const path = (key: string) => `/articles/${slugs[key]}/`;
const site = siteInBrowser((await testSite('search')).dir);
const subpathDir = (await testSite('search-subpath')).dir;

async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const page = await site.browser.newPage();
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

const links = (page: Page, section: 'results' | 'related') =>
  page.$$eval(`[data-search-${section}] .search-result a`, (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );

const status = async (page: Page) => (await page.textContent('[data-search-status]')) ?? '';

async function open(page: Page, search: string): Promise<void> {
  await page.goto(`${site.url}search/${search}`);
  await searchSettled(page);
}

describe('the search page', () => {
  it('lists exact matches first and loose ones under 相关结果', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('浙江大学')}`);
      expect(await links(page, 'results')).toEqual([path('zju-agreement')]);
      expect(await page.isVisible('#search-related-heading')).toBe(true);
      expect(await page.textContent('#search-related-heading')).toBe('相关结果');
      expect(await links(page, 'related')).toContain(path('zjut-contest'));
      expect(await status(page)).toContain('共找到 1 篇文章');
    }));

  it('says 没有找到 for a name that is in no article, with no exact results', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('张小云')}`);
      expect(await links(page, 'results')).toEqual([]);
      expect(await status(page)).toContain('没有找到包含“张小云”的文章');
      // Articles that only hold 张, 小 and 云 apart are not offered as related either.
      expect(await page.isVisible('#search-related-heading')).toBe(false);
    }));

  it('highlights the matched phrase itself in excerpts and titles', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('维权')}`);
      const marks = await page.$$eval('[data-search-results] mark', (ms) => ms.map((m) => m.textContent));
      expect(marks.length).toBeGreaterThanOrEqual(4);
      expect(new Set(marks)).toEqual(new Set(['维权']));
    }));

  it('converts a Traditional query and says so', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('知識產權')}`);
      expect(await status(page)).toContain('已将繁体“知識產權”转换为简体“知识产权”搜索');
      expect((await links(page, 'results')).sort()).toEqual(
        ['ip-meeting', 'ip-day', 'court', 'ip-meeting-2025'].map(path).sort(),
      );
      expect(await page.$$eval('[data-search-results] mark', (ms) => ms[0]?.textContent)).toBe('知识产权');
    }));

  it.each([
    ['2024', 'pension'],
    ['315', 'sci-tech'],
    ['415x', 'manufacturing'],
    ['Expo', 'import-expo'],
    ['Asian Games', 'asian-games'],
  ])('finds Latin letters and digits from the header box of a Chinese page: %s', (query, key) =>
    withPage(async (page) => {
      await page.goto(`${site.url}${path('ip-meeting').slice(1)}`);
      await page.fill('#header-search', query);
      await page.press('#header-search', 'Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await searchSettled(page);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      expect(await links(page, 'results')).toContain(path(key));
    }),
  );

  it('sorts by date across the index shards (the test build has shards of 8 articles)', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('维权')}&sort=date`);
      const dates = await page.$$eval('[data-search-results] .search-result .meta', (ps) =>
        ps.map((p) => {
          const [, y, m, d, hh, mm] =
            /(\d+)年(\d+)月(\d+)日(?: (\d+):(\d+))?/.exec(p.textContent ?? '') ?? [];
          return [y, m, d, hh ?? '0', mm ?? '0'].map((n) => String(n).padStart(4, '0')).join('');
        }),
      );
      expect(new Set(dates.map((d) => d.slice(0, 4))).size, 'results from several years').toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort().reverse());
    }));

  it('filters by 年份 with counts, keeps filters and sort in the URL, and walks back with Back', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('维权')}`);
      const yearOptions = await page.$$eval('fieldset.search-facet', (sets) =>
        sets.map((s) => [
          s.querySelector('legend')?.textContent,
          [...s.querySelectorAll('label')].map((l) => l.textContent),
        ]),
      );
      expect(yearOptions).toContainEqual(['年份', ['2025（1）', '2024（1）', '2023（2）']]);
      expect(yearOptions.map(([legend]) => legend)).toEqual(['来源', '年份', '标签']);

      await page.check('input[name="year"][value="2023"]');
      await page.waitForURL(/year=2023/);
      await searchSettled(page);
      expect((await links(page, 'results')).sort()).toEqual([path('ip-day'), path('court')].sort());
      expect(await status(page)).toContain('筛选后显示 2 篇');

      await page.selectOption('select[name="sort"]', 'date');
      await page.waitForURL(/sort=date/);
      await searchSettled(page);
      expect(await links(page, 'results')).toEqual([path('ip-day'), path('court')]); // 4月26日, 4月20日

      await page.reload();
      await searchSettled(page);
      expect(await page.isChecked('input[name="year"][value="2023"]')).toBe(true);
      expect(await page.inputValue('select[name="sort"]')).toBe('date');
      expect(await links(page, 'results')).toEqual([path('ip-day'), path('court')]);

      await page.goBack();
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('year='));
      await searchSettled(page);
      expect(await links(page, 'results')).toHaveLength(4);
      expect(await page.isChecked('input[name="year"][value="2023"]')).toBe(false);
    }));

  it('shows the earlier query again on Back after a new search', () =>
    withPage(async (page) => {
      await open(page, `?q=${encodeURIComponent('钱塘江')}`);
      await page.fill('#search-page-input', '雁荡山');
      await page.press('#search-page-input', 'Enter');
      await page.waitForURL(/q=%E9%9B%81/);
      await searchSettled(page);
      expect(await links(page, 'results')).toEqual([path('yandang-tourism')]);
      await page.goBack();
      await page.waitForURL(/q=%E9%92%B1/);
      await searchSettled(page);
      expect(await page.inputValue('#search-page-input')).toBe('钱塘江');
      expect(await links(page, 'results')).toEqual([path('seawall')]);
    }));

  it('works with the keyboard alone, announces the count and shows where focus is', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}`);
      await tabTo(page, '#header-search');
      await page.keyboard.type('知识产权');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await searchSettled(page);

      const live = await page.$eval('[data-search-status]', (s) => [
        s.getAttribute('role'),
        s.getAttribute('aria-live'),
      ]);
      expect(live).toEqual(['status', 'polite']);
      expect(await status(page)).toContain('共找到 4 篇文章');

      await tabTo(page, 'input[name="year"][value="2025"]');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Space');
      await page.waitForURL(/year=2025/);
      await searchSettled(page);
      expect(await focusedIs(page, 'input[name="year"][value="2025"]')).toBe(true);
      expect(await links(page, 'results')).toEqual([path('ip-meeting-2025')]);

      await tabTo(page, '[data-search-results] .search-result a');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === path('ip-meeting-2025'));
    }));

  it('says search needs JavaScript, with a link to the archive, when scripts are off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}search/?q=${encodeURIComponent('知识产权')}`);
      const notice = page.locator('.search-page .notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('站内搜索需要启用 JavaScript');
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/', '/archive/', '/tags/', '/sources/']);
    } finally {
      await context.close();
    }
  });
});

describe('the search page under a subpath and the strict CSP', () => {
  const sub = siteInBrowser(subpathDir, '/news-archive/');

  it('finds, converts and filters with no CSP violation and links under the base', async () => {
    const page = await sub.browser.newPage();
    try {
      const problems: string[] = [];
      page.on('console', (m) => {
        // The browser's own /favicon.ico request (the site has none) is not the page's doing.
        if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const csp = await (await fetch(`${sub.url}search/`)).text();
      expect(csp).toContain("'wasm-unsafe-eval'");

      await page.goto(`${sub.url}search/?q=${encodeURIComponent('聯席會議')}`);
      await searchSettled(page);
      expect(await status(page)).toContain('已将繁体');
      expect((await links(page, 'results')).sort()).toEqual(
        ['ip-meeting', 'ip-meeting-2025'].map((k) => `/news-archive${path(k)}`).sort(),
      );
      await page.check('input[name="year"][value="2025"]');
      await page.waitForURL(/\/news-archive\/search\/\?.*year=2025/);
      await searchSettled(page);
      expect(await links(page, 'results')).toEqual([`/news-archive${path('ip-meeting-2025')}`]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a search over more shards than one window (the subpath site: windows of two shards)', () => {
  const sub = siteInBrowser(subpathDir, '/news-archive/');
  const unprefixed = (urls: string[]) => urls.map((u) => u.replace(/^\/news-archive\//, '/')).sort();

  it('shows the newest window first, says which dates it searched, and 搜索更早的文章 finds the rest', async () => {
    const query = '会议';
    const everything = await withPage(async (page) => {
      await open(page, `?q=${query}`);
      return unprefixed(await links(page, 'results'));
    });
    const page = await sub.browser.newPage();
    try {
      await page.goto(`${sub.url}search/?q=${encodeURIComponent(query)}`);
      await searchSettled(page, query);
      const first = unprefixed(await links(page, 'results'));
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(everything.length);
      expect(await status(page)).toMatch(
        /已搜索\d{4}年\d+月\d+日至\d{4}年\d+月\d+日发布的文章；更早的约 \d+ 篇文章尚未搜索。/,
      );
      const earlier = page.locator('[data-search-earlier]');
      let clicks = 0;
      while (await earlier.isVisible()) {
        await earlier.click();
        await searchSettled(page, query);
        clicks++;
      }
      expect(clicks).toBeGreaterThan(0);
      expect(await status(page)).not.toContain('尚未搜索');
      expect(unprefixed(await links(page, 'results'))).toEqual(everything);
    } finally {
      await page.close();
    }
  });
});
