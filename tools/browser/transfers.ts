/**
 * What a page fetched between two moments: how many requests and how many bytes of response
 * bodies (as sent, before decompression). Its search worker's requests count too (Playwright
 * reports a dedicated worker's requests as the page's). The bench counts what a search costs
 * before its first result (search-timing.ts gives the moments, on the browser's clock).
 */
import type { Page, Request } from 'playwright-core';

export interface Transfer {
  requests: number;
  bytes: number;
}

interface Fetched {
  /** Start and end on the browser's clock, ms since 1970. */
  start: number;
  end: number;
  bytes: number;
}

/** Undefined when the page closed before the browser said the request's size (it ended after the span). */
async function fetched(request: Request, seenAt: number): Promise<Fetched | undefined> {
  const timing = request.timing();
  const sizes = await request.sizes().catch(() => undefined);
  if (!sizes) return undefined;
  const { responseBodySize } = sizes;
  // responseEnd is relative to startTime, -1 when the browser did not say.
  const end = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : seenAt;
  return { start: timing.startTime, end, bytes: responseBodySize };
}

/** Starts counting the page's finished requests; `between(from, to)` sums those that started and ended in that span. */
export function watchTransfers(page: Page): { between(from: number, to: number): Promise<Transfer> } {
  const finished: Array<Promise<Fetched | undefined>> = [];
  page.on('requestfinished', (request) => {
    if (/^https?:/.test(request.url())) finished.push(fetched(request, Date.now()));
  });
  return {
    async between(from, to) {
      // The browser's events for requests that ended before `to` may still be on their way.
      await new Promise((done) => setTimeout(done, 200));
      // Clock readings are whole or fractional ms from two sources: allow 1 ms either side.
      const within = (await Promise.all(finished)).filter(
        (f): f is Fetched => f !== undefined && f.start >= from - 1 && f.end <= to + 1,
      );
      return { requests: within.length, bytes: within.reduce((sum, f) => sum + f.bytes, 0) };
    },
  };
}
