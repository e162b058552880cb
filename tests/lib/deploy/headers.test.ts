import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheRules,
  headerPolicy,
  headerRules,
  headersFor,
  metaPolicy,
  parseHeadersFile,
  renderHeadersFile,
  renderNginxSnippet,
  sitePolicy,
} from '../../../src/lib/deploy/headers.ts';

const PAGE = (policy: string): string =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"><title>x</title></head>`;
const POLICY =
  "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AB+/=';";

describe('deploy headers', () => {
  it('reads the policy Astro writes into a page, decoding the attribute', () => {
    expect(metaPolicy(PAGE('default-src &#39;self&#39;; style-src &quot;x&quot;'))).toBe(
      `default-src 'self'; style-src "x"`,
    );
    expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
  });

  it('sends the page policy as a header, adding only what a <meta> cannot carry', () => {
    expect(headerPolicy(POLICY)).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AB+/='; frame-ancestors 'none'",
    );
    expect(headerPolicy("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
  });

  it('finds the one site policy, and names the pages when one is missing or they differ', () => {
    expect(
      sitePolicy([
        { file: 'a.html', html: PAGE(POLICY) },
        { file: 'b.html', html: PAGE(POLICY) },
      ]),
    ).toContain("'sha256-AB+/='");
    expect(() => sitePolicy([{ file: 'x/index.html', html: '<p>' }])).toThrow(/x\/index\.html: no <meta/);
    expect(() =>
      sitePolicy([
        { file: 'a.html', html: PAGE(POLICY) },
        { file: 'b.html', html: PAGE("default-src 'none'") },
      ]),
    ).toThrow(/different Content Security Policies[\s\S]*a\.html[\s\S]*b\.html/);
  });

  it('gives each path one cache rule: hashed folders a year, the rest revalidate', () => {
    const rules = cacheRules([
      'index.html',
      'articles/a/index.html',
      '_astro/app.1234.js',
      'pagefind/pagefind.js',
      'pagefind/fragment/zh_1.pf_fragment',
      'pagefind/shard-2/pagefind-entry.json',
      'pagefind/shard-2/index/und_1.pf_index',
      'rss.xml',
    ]);
    expect(rules).toEqual([
      { path: '', cacheControl: CACHE_REVALIDATE },
      { path: '_astro/*', cacheControl: CACHE_IMMUTABLE },
      { path: 'articles/*', cacheControl: CACHE_REVALIDATE },
      { path: 'index.html', cacheControl: CACHE_REVALIDATE },
      { path: 'pagefind/fragment/*', cacheControl: CACHE_IMMUTABLE },
      { path: 'pagefind/pagefind.js', cacheControl: CACHE_REVALIDATE },
      { path: 'pagefind/shard-2/index/*', cacheControl: CACHE_IMMUTABLE },
      { path: 'pagefind/shard-2/pagefind-entry.json', cacheControl: CACHE_REVALIDATE },
      { path: 'rss.xml', cacheControl: CACHE_REVALIDATE },
    ]);
  });

  it('writes a _headers file under the base that reads back the same, matched as Netlify does', () => {
    const rules = headerRules({
      base: '/news-archive/',
      pagePolicy: POLICY,
      files: ['index.html', '_astro/a.js'],
    });
    const text = renderHeadersFile(rules);
    expect(text).toContain('\n/news-archive/*\n  Content-Security-Policy: default-src');
    expect(parseHeadersFile(text)).toEqual(rules);
    expect(headersFor(rules, '/news-archive/_astro/a.js')).toMatchObject({
      'Cache-Control': CACHE_IMMUTABLE,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(headersFor(rules, '/news-archive/')['Cache-Control']).toBe(CACHE_REVALIDATE);
    expect(headersFor(rules, '/other/')).toEqual({});
  });

  it('writes the same headers as nginx add_header lines, quotes escaped', () => {
    const snippet = renderNginxSnippet({ path: '/*', headers: { 'X-Test': 'a "b" \\c' } });
    expect(snippet).toContain('add_header X-Test "a \\"b\\" \\\\c" always;');
  });
});
