/**
 * 高级搜索 in Chromium over the search-quality archive: title only and a range of days in the
 * URL (reload, Back), filled in with the keyboard, combined with the 来源 filter, bad URL values
 * noted, folded on phones, hidden without JavaScript, and no axe violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { SEARCH_ARCHIVE } from '../../tools/archive/search-archive.ts';
import { axeViolations } from '../helpers/axe.ts';
import { tabTo } from '../helpers/keyboard.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';

const slugs = (await testSite('search')).slugs;
const path = (key: string) => `/articles/${slugs[key]}/`;
const site = siteInBrowser((await testSite('search')).dir);

/** The fixture's articles holding the query (in the title only, when asked) published within the days. */
function expected(query: string, titleOnly: boolean, from = '0000-00-00', to = '9999-99-99'): string[] {
  const day = ([y, m, d]: number[]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return SEARCH_ARCHIVE.filter(
    (a) =>
      (titleOnly ? a.title : a.title + a.paragraphs.join('')).includes(query) &&
      day(a.date) >= from &&
      day(a.date) <= to,
  )
    .map((a) => path(a.key))
    .sort();
}

const { withPage } = site;

const results = async (page: Page) =>
  (
    await page.$$eval('[data-search-results] .search-result h2 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
  ).sort();
const status = async (page: Page) => (await page.textContent('[data-search-status]')) ?? '';
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

async function open(page: Page, search: string): Promise<void> {
  await page.goto(`${site.url}search/${search}`);
  await searchSettled(page);
}

const ADVANCED = `?q=${encodeURIComponent('会议')}&in=title&from=2024-03-15&to=2025-01-08`;

describe('the advanced search', () => {
  it('finds in titles within a range of days, both included, from a shared link and after reload', () =>
    withPage({}, async (page) => {
      await open(page, ADVANCED);
      const wanted = expected('会议', true, '2024-03-15', '2025-01-08');
      expect(wanted.length, 'the fixture has title matches on both end days').toBe(2);
      expect(await results(page)).toEqual(wanted);
      expect(await status(page)).toContain('（仅搜索标题，发布于2024年3月15日至2025年1月8日）');
      expect(await page.getAttribute('[data-search-advanced]', 'open')).not.toBeNull();
      expect(await page.isChecked('input[name="in"][value="title"]')).toBe(true);
      expect(await page.inputValue('input[name="from"]')).toBe('2024-03-15');
      expect(await page.inputValue('input[name="to"]')).toBe('2025-01-08');
      await page.reload();
      await searchSettled(page);
      expect(await results(page)).toEqual(wanted);
    }));

  it('is filled in with the keyboard, held in the URL, and walked back with Back', () =>
    withPage({}, async (page) => {
      await open(page, `?q=${encodeURIComponent('会议')}`);
      expect(await results(page)).toEqual(expected('会议', false));
      await tabTo(page, '[data-search-advanced] summary');
      await page.keyboard.press('Enter');
      await tabTo(page, 'input[name="in"][value="all"]');
      await page.keyboard.press('ArrowRight');
      expect(await page.isChecked('input[name="in"][value="title"]')).toBe(true);
      await tabTo(page, 'input[name="from"]');
      // Typing into a date field depends on the browser's locale; the value is set as a picker would.
      await page.fill('input[name="from"]', '2025-01-01');
      await page.keyboard.press('Enter');
      await page.waitForURL(/from=2025-01-01/);
      await searchSettled(page);
      expect(params(page)).toEqual({ q: '会议', in: 'title', from: '2025-01-01' });
      expect(await results(page)).toEqual(expected('会议', true, '2025-01-01'));

      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('from='));
      await searchSettled(page);
      expect(await results(page)).toEqual(expected('会议', false));
      expect(await page.isChecked('input[name="in"][value="all"]')).toBe(true);
      expect(await page.inputValue('input[name="from"]')).toBe('');
    }));

  it('keeps its conditions with the 来源 filter, and 清除条件 drops only them', () =>
    withPage({}, async (page) => {
      await open(page, ADVANCED);
      const { source } = SEARCH_ARCHIVE.find((a) => a.key === 'hangzhou-exec')!;
      await page.check(`input[name="source"][value="${source}"]`);
      await page.waitForURL(/source=/);
      await searchSettled(page);
      expect(params(page)).toMatchObject({ in: 'title', from: '2024-03-15', to: '2025-01-08', source });
      const ofSource = SEARCH_ARCHIVE.filter((a) => a.source === source).map((a) => path(a.key));
      expect(await results(page)).toEqual(
        expected('会议', true, '2024-03-15', '2025-01-08').filter((p) => ofSource.includes(p)),
      );
      expect(await results(page)).toContain(path('hangzhou-exec'));
      await page.click('[data-search-advanced-clear]');
      await page.waitForURL((url) => !url.search.includes('in='));
      await searchSettled(page);
      expect(params(page)).toEqual({ q: '会议', source });
    }));

  it('ignores days it cannot use, with a visible note, and searches without them', () =>
    withPage({}, async (page) => {
      await open(page, `?q=${encodeURIComponent('会议')}&from=2024-13-01&to=2024`);
      const notes = page.locator('[data-search-ignored] li');
      expect(await notes.allTextContents()).toEqual([
        '起始日期“2024-13-01”无效（应写作 2024-01-31），已忽略。',
        '截止日期“2024”无效（应写作 2024-01-31），已忽略。',
      ]);
      expect(await page.isVisible('[data-search-ignored]')).toBe(true);
      expect(await results(page)).toEqual(expected('会议', false));
      await open(page, `?q=${encodeURIComponent('会议')}&from=2025-01-01&to=2024-01-01`);
      expect(await notes.allTextContents()).toEqual([
        '截止日期2024年1月1日早于起始日期2025年1月1日，已忽略日期范围。',
      ]);
      expect(await results(page)).toEqual(expected('会议', false));
    }));

  it('folds away on phones, even when its conditions are in use', () =>
    withPage({ viewport: { width: 390, height: 800 } }, async (page) => {
      await open(page, ADVANCED);
      expect(await page.getAttribute('[data-search-advanced]', 'open')).toBeNull();
      expect(await page.isVisible('[data-search-advanced] summary')).toBe(true);
      expect(await page.isVisible('input[name="from"]')).toBe(false);
    }));

  it('is not offered without JavaScript', () =>
    withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}search/${ADVANCED}`);
      expect(await page.isVisible('.search-page .notice')).toBe(true);
      expect(await page.isVisible('[data-search-advanced]')).toBe(false);
    }));

  it.each(['light', 'dark'] as const)('has no axe violations, open, with a note (%s)', (colorScheme) =>
    withPage({ colorScheme }, async (page) => {
      await open(page, `${ADVANCED}&to=2024-13-01`.replace('&to=2025-01-08', ''));
      expect(await page.isVisible('[data-search-ignored]')).toBe(true);
      expect(await page.isVisible('input[name="from"]')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    }),
  );
});
