/** The site's settings, read from the environment in one place (src/lib/site.ts) and checked there. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/lib/site.ts';

describe('the site settings', () => {
  it('have defaults for an empty environment', () => {
    const site = siteConfig({});
    expect(site).toMatchObject({
      url: 'http://localhost:4321',
      base: '/',
      pageSize: 20,
      outDir: 'dist',
      contentDir: resolve('content/articles'),
      buildHeapMB: undefined,
      searchShardSize: 2500,
      searchWindow: 10_000,
      buildCache: true,
    });
  });

  it('read each variable', () => {
    const site = siteConfig({
      SITE_URL: 'https://news.example.org',
      BASE_PATH: '/news-archive',
      CONTENT_DIR: 'tests/fixtures/hostile/articles',
      OUT_DIR: 'out',
      PAGE_SIZE: '5',
      BUILD_HEAP_MB: '4096',
      SEARCH_SHARD_SIZE: '8',
      SEARCH_WINDOW: '16',
      BUILD_CACHE: 'off',
    });
    expect(site).toMatchObject({
      url: 'https://news.example.org',
      base: '/news-archive/',
      contentDir: resolve('tests/fixtures/hostile/articles'),
      outDir: 'out',
      pageSize: 5,
      buildHeapMB: 4096,
      searchShardSize: 8,
      searchWindow: 16,
      buildCache: false,
    });
  });

  it('name the variable and the fix when a value is wrong', () => {
    expect(() => siteConfig({ BUILD_HEAP_MB: '4g' })).toThrow(/BUILD_HEAP_MB: "4g".*Unset it/);
    expect(() => siteConfig({ BUILD_HEAP_MB: '10' })).toThrow(/64 or more/);
    expect(siteConfig({ BUILD_HEAP_MB: ' ' }).buildHeapMB).toBeUndefined();
    expect(() => siteConfig({ PAGE_SIZE: '0' })).toThrow(/PAGE_SIZE="0" is not a whole number/);
    expect(() => siteConfig({ BUILD_CACHE: 'no' })).toThrow(/BUILD_CACHE="no"/);
    expect(() => siteConfig({ SITE_URL: 'https://example.org/news' })).toThrow(/BASE_PATH/);
  });
});
