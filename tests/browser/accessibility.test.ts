import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { articleSlugs } from '../helpers/dist.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const siteDir = inject('siteDir');
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

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s', (colorScheme) => {
  it.each(Object.entries(PAGES))('%s page has no violations', async (name, path) => {
    // Axe is injected through the DevTools protocol; the page's own CSP stays on for everything else.
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      if (name === 'search with results') await searchSettled(page);
      await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } }).then(r => r.violations)`,
      )) as AxeViolation[];
      const summary = violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
