import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { axeViolations } from '../helpers/axe.ts';
import { articleSlugs } from '../helpers/dist.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const siteDir = (await testSite('site')).dir;
const [seedSlug] = articleSlugs(siteDir);
const PAGES = {
  index: '',
  article: `articles/${seedSlug}/`,
  'search with results': `search/?q=${encodeURIComponent('知识产权')}`,
  '404': '404.html',
  archive: 'archive/',
  'archive month': 'archive/2024/03/',
  tag: `tags/${encodeURIComponent('知识产权')}/`,
  source: `sources/${encodeURIComponent('省市场监管局（省知识产权局）')}/`,
};

const site = siteInBrowser(siteDir);

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s', (colorScheme) => {
  it.each(Object.entries(PAGES))('%s page has no violations', async (name, path) => {
    // Axe is injected through the DevTools protocol; the page's own CSP stays on for everything else.
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      if (name === 'search with results') await searchSettled(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
