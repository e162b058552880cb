/**
 * npm run lighthouse [-- --runs N] [--json DIR]: Lighthouse (pinned in package.json) on Debian Chromium,
 * mobile profile, over the built site (dist/, or OUT_DIR) served like a static host. Scores the
 * article, index and search pages for performance, accessibility, best practices and SEO, and
 * exits 1 if any is below 100. Prints each page's LCP and TBT (the metrics that usually cost
 * points), and with --json writes every run's full report to DIR/<page>-<run>.json for
 * evidence (LCP element and breakdown, request chains, network requests). Build first:
 * npm run build.
 */
import { SITE } from '../src/lib/site.ts';
import { parseArgs } from 'node:util';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../tools/browser/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';
import { formatSpread, spread } from '../tools/bench/stats.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, json: { type: 'string' } },
});
const runs = Number(values.runs);
if (values.json) mkdirSync(values.json, { recursive: true });
const dist = SITE.outDir;
const base = SITE.base;
const [slug] = readdirSync(join(dist, 'articles')).sort();
const PAGES = {
  article: `articles/${slug}/`,
  index: '',
  search: `search/?q=${encodeURIComponent('知识产权')}`,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveStatic(dist, base);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROMIUM_FLAGS,
});
let failed = false;
try {
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`|---|${CATEGORIES.map(() => '---').join('|')}|`);
  for (const [name, path] of Object.entries(PAGES)) {
    const scores: Record<string, number[]> = {};
    const problems = new Set<string>();
    const lcp: number[] = [];
    const tbt: number[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.url + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (values.json) writeFileSync(join(values.json, `${name}-${i + 1}.json`), result.report as string);
      lcp.push(result.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      tbt.push(result.lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      for (const category of CATEGORIES) {
        const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
        (scores[category] ??= []).push(score);
        if (score < 100) {
          for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
            const audit = result.lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              problems.add(`${category}: ${audit.id} (${audit.displayValue ?? audit.score})`);
            }
          }
        }
      }
    }
    const cells = CATEGORIES.map((c) => {
      const s = spread(scores[c]!);
      if (s.min < 100) failed = true;
      return runs > 1 ? `${s.median} (${s.min}–${s.max})` : `${s.median}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
    console.log(`    LCP ${formatSpread(spread(lcp), 'ms')}, TBT ${formatSpread(spread(tbt), 'ms')}`);
    for (const p of problems) console.log(`    ${p}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
