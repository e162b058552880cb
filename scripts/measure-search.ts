/**
 * npm run measure-search [-- RUNS]: cold time to first result and warm query time of the
 * search page, in headless Chromium, over the search-quality fixture archive
 * (tests/fixtures/search-archive), built here with CONTENT_DIR. Prints median and min–max.
 * Cold = a fresh browser context (empty cache) loading /search/?q=…; warm = a further query
 * typed into the same page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/serve.ts';
import { writeSearchArchive } from '../tests/fixtures/search-archive/write.ts';

const runs = Number(process.argv[2] ?? 7);
const COLD_QUERIES = ['知识产权', '415X'];
const WARM_QUERIES = ['张雁云', '维权', '浙江大学', '數字經濟', '2024', 'Asian Games'];

const work = mkdtempSync(join(tmpdir(), 'measure-search-'));
const content = join(work, 'content');
const site = join(work, 'site');
writeSearchArchive(content);
const built = spawnSync('astro', ['build'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: site },
  encoding: 'utf8',
});
if (built.status !== 0) throw new Error(`astro build failed:\n${built.stdout}\n${built.stderr}`);

const summary = (ms: number[]): string => {
  const sorted = [...ms].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return `median ${Math.round(median)} ms (min ${Math.round(sorted[0]!)}, max ${Math.round(sorted.at(-1)!)}, ${ms.length} runs)`;
};

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
      // performance.now() counts from the start of the navigation.
      cold[query]!.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const root = document.querySelector<HTMLElement>('[data-search-root]')!;
              const check = () =>
                root.dataset.searchState === 'done'
                  ? resolve(performance.now())
                  : requestAnimationFrame(check);
              check();
            }),
        ),
      );
      if (query === COLD_QUERIES[0]) {
        for (const next of WARM_QUERIES) {
          warm.push(
            await page.evaluate(
              (q) =>
                new Promise<number>((resolve) => {
                  const root = document.querySelector<HTMLElement>('[data-search-root]')!;
                  const form = root.querySelector<HTMLFormElement>('form.search-box')!;
                  const started = performance.now();
                  form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
                  form.requestSubmit();
                  const check = () =>
                    root.dataset.searchState === 'done'
                      ? resolve(performance.now() - started)
                      : setTimeout(check, 1);
                  check();
                }),
              next,
            ),
          );
        }
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
