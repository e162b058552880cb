/**
 * npm run bench:search [-- RUNS]: cold time to first result and warm query time of the
 * search page, in headless Chromium, over the search-quality fixture archive
 * (tools/archive/search-archive.ts), built here with CONTENT_DIR. Prints median and min–max.
 * Cold = a fresh browser context (empty cache) loading /search/?q=…, from the navigation's start
 * to the first result; warm = a further query typed into the same page, from submit to the first
 * result (tools/browser/search-timing.ts, shared with npm run bench:site).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tools/browser/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';
import { writeSearchArchive } from '../tools/archive/write.ts';
import { msToFirstResult } from '../tools/browser/search-timing.ts';
import { formatSpread, spread } from '../tools/bench/stats.ts';
import { buildSite } from '../tools/build-site.ts';

const runs = Number(process.argv[2] ?? 7);
const COLD_QUERIES = ['知识产权', '415X'];
const WARM_QUERIES = ['张雁云', '维权', '浙江大学', '數字經濟', '2024', 'Asian Games'];

const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
const content = join(work, 'content');
const site = join(work, 'site');
writeSearchArchive(content);
await buildSite({ contentDir: content, outDir: site });

const summary = (ms: number[]): string => formatSpread(spread(ms), 'ms');

async function measure(
  browser: Browser,
  url: string,
): Promise<{ cold: Record<string, number[]>; warm: number[] }> {
  const cold: Record<string, number[]> = Object.fromEntries(COLD_QUERIES.map((q) => [q, []]));
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of COLD_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
      cold[query]!.push(await msToFirstResult(page));
      if (query === COLD_QUERIES[0]) {
        for (const next of WARM_QUERIES) warm.push(await msToFirstResult(page, next));
      }
      await context.close();
    }
  }
  return { cold, warm };
}

const server = await serveStatic(site);
const browser = await launchChromium();
try {
  const { cold, warm } = await measure(browser, server.url);
  for (const query of COLD_QUERIES) console.log(`cold, first result for ${query}: ${summary(cold[query]!)}`);
  console.log(`warm query (${WARM_QUERIES.join(', ')}): ${summary(warm)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
