import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, SITEMAP_LIMIT, sitemapFiles } from '../../../src/lib/deploy/sitemap.ts';

const locs = (xml: string): string[] =>
  Array.from(new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName('loc')).map(
    (loc) => loc.textContent ?? '',
  );
const fileUrl = (name: string) => `https://news.example.org/sub/${name}`;

describe('the sitemap', () => {
  it('lists each page once, in natural order, and an index of its files', () => {
    const pages = ['page/10/', 'page/2/', '', 'tags/%E4%BC%9A%E8%AE%AE/', 'page/2/'].map(
      (p) => `https://news.example.org/sub/${p}`,
    );
    const files = sitemapFiles(pages, fileUrl);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
    expect(locs(files.get('sitemap-0.xml')!)).toEqual([
      'https://news.example.org/sub/',
      'https://news.example.org/sub/page/2/',
      'https://news.example.org/sub/page/10/',
      'https://news.example.org/sub/tags/%E4%BC%9A%E8%AE%AE/',
    ]);
    expect(locs(files.get(SITEMAP_INDEX)!)).toEqual(['https://news.example.org/sub/sitemap-0.xml']);
  });

  it(`starts a new file every ${SITEMAP_LIMIT} URLs, and escapes what XML must`, () => {
    const pages = Array.from({ length: SITEMAP_LIMIT + 1 }, (_, i) => `https://x.org/articles/${i}/?a=1&b=2`);
    const files = sitemapFiles(pages, (name) => `https://x.org/${name}`);
    expect(locs(files.get(SITEMAP_INDEX)!)).toEqual([
      'https://x.org/sitemap-0.xml',
      'https://x.org/sitemap-1.xml',
    ]);
    expect(locs(files.get('sitemap-1.xml')!)).toEqual([`https://x.org/articles/${SITEMAP_LIMIT}/?a=1&b=2`]);
    expect(files.get('sitemap-1.xml')).toContain('&#38;b=2');
  });
});
