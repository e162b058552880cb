/**
 * The reading controls in Chromium: 字体 大/中/小 and the theme, remembered across pages and
 * applied before first paint under the strict CSP; print media; the text rules for older readers.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs, page as builtPage } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { READING_PREFS_BOOT } from '../../src/lib/reader/reading-prefs.ts';

const siteDir = (await testSite('site')).dir;
const [seedSlug] = articleSlugs(siteDir);
const ARTICLE = `articles/${seedSlug}/`;
const site = siteInBrowser(siteDir);

interface FirstPaint {
  fontSize: string;
  background: string;
}
interface Watched {
  firstPaint?: FirstPaint;
  violations: string[];
}

/**
 * A context whose pages record the root font size and page background the moment <body> is
 * created (before anything in it can paint), and every CSP violation.
 */
async function newContext(options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const context = await site.browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __watched: Watched };
    w.__watched = { violations: [] };
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__watched.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.__watched.firstPaint = {
        fontSize: getComputedStyle(document.documentElement).fontSize,
        background: getComputedStyle(document.body).backgroundColor,
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return context;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(site.url + path);
  await page.waitForLoadState('load');
  (page as Page & { consoleErrors?: string[] }).consoleErrors = consoleErrors;
  return page;
}

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __watched: Watched }).__watched);
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const pressed = (page: Page, selector: string) => page.getAttribute(selector, 'aria-pressed');

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(13, 17, 23)';

describe('字体 大 / 中 / 小', () => {
  it('starts at 中 and changes the text size of the page', async () => {
    const context = await newContext();
    const page = await open(context, ARTICLE);
    expect(await pressed(page, '[data-font-size-option="medium"]')).toBe('true');
    expect(await rootFontSize(page)).toBe('16px');
    await page.click('[data-font-size-option="large"]');
    expect(await rootFontSize(page)).toBe('20px');
    expect(await pressed(page, '[data-font-size-option="large"]')).toBe('true');
    expect(await pressed(page, '[data-font-size-option="medium"]')).toBe('false');
    await context.close();
  });

  it('is remembered across pages and applied before first paint', async () => {
    const context = await newContext();
    const first = await open(context, ARTICLE);
    await first.click('[data-font-size-option="small"]');
    const next = await open(context, 'tags/');
    expect((await watched(next)).firstPaint?.fontSize).toBe('14px');
    expect(await rootFontSize(next)).toBe('14px');
    expect(await pressed(next, '[data-font-size-option="small"]')).toBe('true');
    await context.close();
  });

  it('works from the keyboard alone', async () => {
    const context = await newContext();
    const page = await open(context, ARTICLE);
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.fontSizeOption === 'large',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await rootFontSize(page)).toBe('20px');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await rootFontSize(page)).toBe('14px');
    await context.close();
  });
});

describe('dark mode', () => {
  it('follows the system, and the toggle shows it', async () => {
    for (const [scheme, bg] of [
      ['light', WHITE],
      ['dark', DARK],
    ] as const) {
      const context = await newContext({ colorScheme: scheme });
      const page = await open(context, ARTICLE);
      expect(await background(page)).toBe(bg);
      expect(await pressed(page, '[data-theme-toggle]')).toBe(String(scheme === 'dark'));
      await context.close();
    }
  });

  it('the toggle overrides the system, is remembered, and never flashes the other theme', async () => {
    const context = await newContext({ colorScheme: 'dark' });
    const page = await open(context, ARTICLE);
    await page.click('[data-theme-toggle]');
    expect(await background(page)).toBe(WHITE);
    expect(await pressed(page, '[data-theme-toggle]')).toBe('false');
    const next = await open(context, '');
    expect((await watched(next)).firstPaint?.background).toBe(WHITE);
    await next.click('[data-theme-toggle]');
    const third = await open(context, 'archive/');
    expect((await watched(third)).firstPaint?.background).toBe(DARK);
    expect(await pressed(third, '[data-theme-toggle]')).toBe('true');
    await context.close();
  });
});

describe('under the Content Security Policy', () => {
  it('the head script that applies the choices is hashed into the policy', () => {
    const $ = builtPage(siteDir, ARTICLE);
    const hash = createHash('sha256').update(READING_PREFS_BOOT).digest('base64');
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toContain(`'sha256-${hash}'`);
    expect($('head script:not([src]):not([type])').first().html()).toBe(READING_PREFS_BOOT);
  });

  it('using every control reports no violation and no error', async () => {
    const context = await newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    const page = await open(context, ARTICLE);
    await page.click('[data-font-size-option="large"]');
    await page.click('[data-theme-toggle]');
    await page.click('[data-citation-copy]');
    await page.waitForSelector('[data-citation-status]:has-text("已复制")');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^省市场监管局（省知识产权局）\. .+\[EB\/OL\]\. \(2024-03-15\)\[\d{4}-\d{2}-\d{2}\]\. http/,
    );
    const reopened = await open(context, ARTICLE);
    expect((await watched(page)).violations).toEqual([]);
    expect((await watched(reopened)).violations).toEqual([]);
    expect((page as Page & { consoleErrors?: string[] }).consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('printing an article', () => {
  it('prints only the article, with its source, date and URL', async () => {
    const context = await newContext();
    const page = await open(context, ARTICLE);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-footer',
      '.breadcrumbs',
      '.reading-controls',
      '.search-box',
      '.citation',
      '.article-nav',
    ]) {
      expect(await page.isVisible(hidden), hidden).toBe(false);
    }
    for (const shown of ['.article h1', '.article__meta', '.prose', '.article__url']) {
      expect(await page.isVisible(shown), shown).toBe(true);
    }
    expect(await page.textContent('.article__meta')).toContain('省市场监管局（省知识产权局）');
    expect(await page.textContent('.article__meta')).toContain('2024年3月15日 09:58');
    expect(await page.textContent('.article__url')).toBe(`本文网址：http://localhost:4321/${ARTICLE}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('.article__url')).toBe(false);
    await context.close();
  });
});

describe('text for older readers (适老化) and Chinese typography', () => {
  it('line height ≥ 1.3 × font size and paragraph spacing ≥ 1.3 × line spacing, at every size', async () => {
    const context = await newContext();
    const page = await open(context, ARTICLE);
    for (const size of ['small', 'medium', 'large']) {
      await page.click(`[data-font-size-option="${size}"]`);
      const m = await page.$eval('.prose p', (p) => {
        const s = getComputedStyle(p);
        return {
          font: parseFloat(s.fontSize),
          line: parseFloat(s.lineHeight),
          gap: parseFloat(s.marginBottom),
        };
      });
      expect(m.line / m.font, size).toBeGreaterThanOrEqual(1.3);
      // Read either way the rule is read: the pitch across a paragraph break (a line plus the
      // margin) against the line pitch, or the blank between paragraphs against the blank between lines.
      expect((m.line + m.gap) / m.line, size).toBeGreaterThanOrEqual(1.3);
      expect(m.gap / (m.line - m.font), size).toBeGreaterThanOrEqual(1.3);
    }
    await context.close();
  });

  it('uses the system CJK fonts, never a synthesised bold, and line breaking that keeps punctuation off line starts', async () => {
    const context = await newContext();
    const page = await open(context, ARTICLE);
    const style = await page.$eval('.prose p', (p) => {
      const s = getComputedStyle(p);
      return { family: s.fontFamily, synthesis: s.fontSynthesis, lineBreak: s.lineBreak };
    });
    expect(style.family).toMatch(/"PingFang SC".*"Noto Sans CJK SC".*"Microsoft YaHei"/);
    expect(style.synthesis).toBe('none');
    expect(style.lineBreak).toBe('strict');
    await context.close();
  });

  it.each(['', ARTICLE, 'archive/', 'tags/', 'sources/', '404.html'])(
    'reads at 320 px without sideways scrolling, even at 大 (%s)',
    async (path) => {
      const context = await newContext({ width: 320 });
      const page = await open(context, path);
      await page.click('[data-font-size-option="large"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await context.close();
    },
  );
});
