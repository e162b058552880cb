/** The one memo of the search code (src/search/browser/memo.ts) and the one fetcher of search data built on it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDataFetcher } from '../../../src/search/browser/data-fetch.ts';
import { memo } from '../../../src/search/browser/memo.ts';

describe('memo', () => {
  it('loads once per key and shares the load with every caller', async () => {
    let loads = 0;
    const square = memo(
      async (n: number) => {
        loads++;
        return n * n;
      },
      (n) => String(n),
    );
    expect(await Promise.all([square(3), square(3), square(4)])).toEqual([9, 9, 16]);
    expect(await square(3)).toBe(9);
    expect(loads).toBe(2);
  });

  it('forgets a load that failed, so the next call tries again', async () => {
    let attempts = 0;
    const flaky = memo(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return 'loaded';
    });
    await expect(flaky()).rejects.toThrow('offline');
    expect(await flaky()).toBe('loaded');
    expect(await flaky()).toBe('loaded');
    expect(attempts).toBe(2);
  });

  it('keeps only the latest key when asked to', async () => {
    let loads = 0;
    const latest = memo(
      async (key: string) => `${key}${++loads}`,
      (key) => key,
      { latestOnly: true },
    );
    expect(await latest('a')).toBe('a1');
    expect(await latest('a')).toBe('a1');
    expect(await latest('b')).toBe('b2');
    expect(await latest('a')).toBe('a3');
  });
});

describe('the search data fetcher', () => {
  const requests: string[] = [];
  let failNext = true;
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url?.endsWith('flaky.json') && failNext) {
      failNext = false;
      response.statusCode = 503;
      response.end();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ url: request.url }));
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news-archive/`;
  });
  afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

  it('fetches each file once, under the base path, and fetches a failed one again', async () => {
    const fetchData = searchDataFetcher(base);
    expect(await fetchData('search-data/manifest.json')).toEqual({
      url: '/news-archive/search-data/manifest.json',
    });
    await fetchData('search-data/manifest.json');
    await expect(fetchData('search-data/flaky.json')).rejects.toThrow('search-data/flaky.json: 503');
    expect(await fetchData('search-data/flaky.json')).toEqual({
      url: '/news-archive/search-data/flaky.json',
    });
    expect(requests).toEqual([
      '/news-archive/search-data/manifest.json',
      '/news-archive/search-data/flaky.json',
      '/news-archive/search-data/flaky.json',
    ]);
  });
});
