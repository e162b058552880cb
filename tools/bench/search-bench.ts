/**
 * Search timed in Chromium, each run in a new browser profile (nothing cached): the site's search
 * page over a built archive, and beside it Pagefind's stock UI over the anchor built from the
 * same content. A link (/search/?q=…) is timed from the start of navigation; a typed query on a
 * loaded page from submitting it (the site) or from typing it (the stock UI, which searches as
 * one types). Each also counts the requests and bytes fetched before the first result.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import {
  firstResult,
  firstStockResult,
  focusStockSearch,
  msToFirstResult,
  type FirstResult,
} from '../browser/search-timing.ts';
import { watchTransfers, type Transfer } from '../browser/transfers.ts';
import { serveStatic, type StaticServer } from '../static-server.ts';
import type { QueryKind } from './query-kinds.ts';
import type { SearchKindResult, SearchTiming, TransferSpread } from './results.ts';
import { spread, type Spread } from './stats.ts';

type Ui = 'site' | 'stock';
const HOWS = ['link', 'typed'] as const;
type How = (typeof HOWS)[number];

interface Measured {
  result: FirstResult;
  transfer: Transfer;
}

/** One search in a new browser: opened as a link, or typed on a loaded page. */
async function searchOnce(origin: string, ui: Ui, query: string, how: How): Promise<Measured> {
  const browser = await launchChromium();
  try {
    const page: Page = await browser.newPage();
    const transfers = watchTransfers(page);
    const time = ui === 'site' ? firstResult : firstStockResult;
    let result: FirstResult;
    if (how === 'link') {
      await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
      result = await time(page);
    } else {
      await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
      if (ui === 'stock') await focusStockSearch(page);
      result = await time(page, query);
    }
    return { result, transfer: await transfers.between(result.from, result.to) };
  } finally {
    await browser.close();
  }
}

function summary({ link, typed }: Record<How, Measured[]>): SearchTiming {
  const transfer = (runs: Measured[]): TransferSpread => ({
    requests: spread(runs.map((r) => r.transfer.requests)),
    kB: spread(runs.map((r) => r.transfer.bytes / 1024)),
  });
  return {
    linkMs: spread(link.map((r) => r.result.ms)),
    typedMs: spread(typed.map((r) => r.result.ms)),
    linkTransfer: transfer(link),
    typedTransfer: transfer(typed),
    found: [...link, ...typed].some((r) => r.result.found),
  };
}

const line = (t: SearchTiming): string =>
  `link ${t.linkMs.median.toFixed(0)} ms (${t.linkTransfer.requests.median} req, ${t.linkTransfer.kB.median.toFixed(0)} KB), ` +
  `typed ${t.typedMs.median.toFixed(0)} ms (${t.typedTransfer.requests.median} req, ${t.typedTransfer.kB.median.toFixed(0)} KB)` +
  (t.found ? '' : ', nothing found');

/** Each kind of query, `runs` times each way, on the site (siteDir) and, when given, the stock UI (stockDir). */
export async function measureKinds(
  kinds: readonly QueryKind[],
  runs: number,
  siteDir: string,
  stockDir?: string,
): Promise<SearchKindResult[]> {
  const site = await serveStatic(siteDir);
  const stock = stockDir ? await serveStatic(stockDir) : undefined;
  const servers: Array<[Ui, StaticServer]> = stock
    ? [
        ['site', site],
        ['stock', stock],
      ]
    : [['site', site]];
  try {
    const results: SearchKindResult[] = [];
    for (const { kind, query } of kinds) {
      const measured: Record<Ui, Record<How, Measured[]>> = {
        site: { link: [], typed: [] },
        stock: { link: [], typed: [] },
      };
      for (let i = 0; i < runs; i++)
        for (const [ui, server] of servers)
          for (const how of HOWS) measured[ui][how].push(await searchOnce(server.url, ui, query, how));
      const own = summary(measured.site);
      const theirs = stock ? summary(measured.stock) : undefined;
      results.push({ kind, query, ...own, ...(theirs ? { stock: theirs } : {}) });
      console.error(`  ${kind} ${query}: ${line(own)}${theirs ? `; stock UI ${line(theirs)}` : ''}`);
    }
    return results;
  } finally {
    await site.close();
    await stock?.close();
  }
}

/** The queries of the mixed cold, link and warm figures. */
const QUERIES = ['知识产权', '营商环境', '杭州', '科技创新', '乡村振兴', '数字经济', '张雁云', '生态环境'];

/**
 * Cold: a new browser profile loads /search/ and waits until the page has settled (it loads
 * Pagefind as it does for every visitor), then a query is submitted: timed from submit to the
 * first result. Link: a new profile opens /search/?q=…, timed from the start of navigation.
 * Warm: a further query on the same page. Each of QUERIES once in each role, so every size's
 * median is of the same queries (with five, the warm medians of two sizes differed by the mix:
 * one query takes three times as long as another at any size).
 */
export async function measureSearch(distDir: string): Promise<{ cold: Spread; link: Spread; warm: Spread }> {
  const server = await serveStatic(distDir);
  const cold: number[] = [];
  const link: number[] = [];
  const warm: number[] = [];
  try {
    for (let i = 0; i < QUERIES.length; i++) {
      const browser = await launchChromium(); // a new, empty profile each time: nothing cached
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
        cold.push(await msToFirstResult(page, QUERIES[i % QUERIES.length]!));
        warm.push(await msToFirstResult(page, QUERIES[(i + 3) % QUERIES.length]!));
      } finally {
        await browser.close();
      }
      const fresh = await launchChromium();
      try {
        const page = await fresh.newPage();
        await page.goto(`${server.url}search/?q=${encodeURIComponent(QUERIES[(i + 5) % QUERIES.length]!)}`, {
          waitUntil: 'domcontentloaded',
        });
        link.push(await msToFirstResult(page));
      } finally {
        await fresh.close();
      }
    }
  } finally {
    await server.close();
  }
  return { cold: spread(cold), link: spread(link), warm: spread(warm) };
}
