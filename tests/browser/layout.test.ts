import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSlugs } from '../helpers/dist.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = (await testSite('site')).dir;
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

/** WCAG relative luminance contrast of two computed "rgb(…)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(['light', 'dark'] as const)('keyboard focus in the %s theme', (colorScheme) => {
  it.each(PAGES)('is visible on every Tab stop of /%s (a 2 px ring, 3:1 against the page)', async (path) => {
    const page = await site.browser.newPage({ colorScheme });
    try {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const stops: Array<{ what: string; style: string; width: number; ratio: number }> = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          return {
            what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 12) ?? ''}`,
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            color: style.outlineColor,
            background: getComputedStyle(document.body).backgroundColor,
          };
        });
        if (!ring) break;
        stops.push({
          what: ring.what,
          style: ring.style,
          width: ring.width,
          ratio: contrast(ring.color, ring.background),
        });
      }
      expect(stops.length).toBeGreaterThan(2);
      for (const stop of stops) {
        expect(stop.style, stop.what).not.toBe('none');
        expect(stop.width, stop.what).toBeGreaterThanOrEqual(2);
        expect(stop.ratio, stop.what).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await page.close();
    }
  });
});
