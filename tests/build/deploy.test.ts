import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { builtFiles, readSitePolicy } from '../../src/lib/deploy/built-site.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  headerPolicy,
  parseHeadersFile,
  ruleMatches,
} from '../../src/lib/deploy/headers.ts';
import { servedPath } from '../helpers/crawl.ts';
import { page } from '../helpers/dist.ts';

const subpath = await testSite('subpath');
const DEPLOYS = [
  { name: 'at the root', dir: (await testSite('site')).dir, base: '/' },
  { name: `under ${subpath.base}`, dir: subpath.dir, base: subpath.base },
];

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

describe.each(DEPLOYS)('the site built $name', ({ dir, base }) => {
  const files = builtFiles(dir);
  const published = page(dir, '')('link[rel="canonical"]').attr('href')!;
  const origin = new URL(published).origin;
  const served = new Set(files.map((file) => `${base}${servedPath(file)}`));

  it('links, loads and submits only under the base, in every page', () => {
    const outside: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const $ = load(read(dir, file));
      $('[href], [src], [action], [srcset], [data-base], meta[content^="/"], meta[content^="http"]').each(
        (_, el) => {
          for (const name of ['href', 'src', 'action', 'srcset', 'data-base', 'content']) {
            const value = $(el).attr(name);
            if (!value || value.startsWith('#') || (name === 'content' && !/^(\/|https?:)/.test(value)))
              continue;
            for (const url of value.split(/,\s+/).map((part) => part.trim().split(/\s+/)[0]!)) {
              const path = url.startsWith('/')
                ? url
                : url.startsWith(origin)
                  ? url.slice(origin.length)
                  : url;
              if (!path.startsWith(base)) outside.push(`${file}: ${name}="${url}"`);
            }
          }
        },
      );
    }
    expect(outside).toEqual([]);
  });

  it('puts SITE_URL + BASE_PATH in front of every absolute URL in pages, feeds, sitemaps and data, each a built file', () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => /\.(html|xml|json|txt|webmanifest)$/.test(f))) {
      for (const [url] of read(dir, file).matchAll(/https?:\/\/[^\s"'<>)\\]+/g)) {
        if (!url.startsWith(origin)) continue;
        if (!url.startsWith(published)) wrong.push(`${file}: ${url} is not under ${published}`);
        else if (!served.has(decodeURI(new URL(url).pathname)) && !served.has(new URL(url).pathname))
          wrong.push(`${file}: ${url} is not a built file`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every page a canonical and an OpenGraph URL that are the same absolute URL of that page', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const $ = page(dir, file);
      const canonical = $('link[rel="canonical"]').attr('href');
      // Chinese tag and source paths: compare as URLs (percent-encoded or not, the same address).
      expect(canonical, file).toBe(new URL(`${published}${servedPath(file)}`).href);
      expect($('meta[property="og:url"]').attr('content'), file).toBe(canonical);
    }
  });

  it('writes _headers with the pages’ own policy, nosniff and Referrer-Policy for every path under the base', () => {
    const rules = parseHeadersFile(read(dir, '_headers'));
    expect(rules.every((rule) => rule.path.startsWith(base))).toBe(true);
    const everywhere = rules.find((rule) => rule.path === `${base}*`)!;
    expect(everywhere.headers).toMatchObject({
      'Content-Security-Policy': headerPolicy(readSitePolicy(dir)),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    const policy = everywhere.headers['Content-Security-Policy']!;
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('gives every built file exactly one cache rule: a year for hashed assets, revalidate for the rest', () => {
    const rules = parseHeadersFile(read(dir, '_headers')).filter((rule) => rule.headers['Cache-Control']);
    const wrong: string[] = [];
    for (const file of files.filter((f) => f !== '_headers')) {
      const urls = file.endsWith('index.html')
        ? [`${base}${file}`, `${base}${servedPath(file)}`]
        : [`${base}${file}`];
      for (const url of urls) {
        const matching = rules.filter((rule) => ruleMatches(rule.path, url));
        const hashed = /^(_astro|pagefind\/(fragment|index|filter))\//.test(file);
        const expected = hashed ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
        if (matching.length !== 1 || matching[0]!.headers['Cache-Control'] !== expected)
          wrong.push(
            `${url}: ${matching.map((r) => `${r.path} → ${r.headers['Cache-Control']}`).join(' | ')}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(files.some((f) => f.startsWith('_astro/'))).toBe(true);
  });
});
