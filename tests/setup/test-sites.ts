/**
 * The site project's test sites, each built when a test file first asks for it
 * (tests/helpers/test-sites.ts: `await testSite('search')`) and then shared by every file of the
 * run: running one test file waits for the builds it uses, not for all of them. The builds run
 * here, in Vitest's main process, one at a time (each is two processes, Astro and the index, on a
 * two-core machine), behind a small HTTP server on 127.0.0.1 that the test workers ask; a build
 * that fails is reported to every file that asks for it. Into tests/.output/:
 *   site/     the committed content (content/articles)
 *   fixture/  a generated 45-article archive, through CONTENT_DIR, with a 政府网站标识码
 *   search/   the search-quality archive (tools/archive/search-archive.ts), in search shards of 8
 *   search-subpath/  the same under BASE_PATH=/news-archive/, in search windows of two shards
 *   subpath/  the committed content deployed under BASE_PATH=/news-archive/ at SITE_URL=https://news.example.org
 *   hostile/  tests/fixtures/hostile/articles (script, onerror, javascript: and svg payloads)
 *   stable    stable-a/ and stable-b/: 60 synthetic articles with pages of 5 and search shards of
 *             8, built twice (the second from a copy of the content, in another zone, indexing
 *             every shard afresh): the builds must be identical; stable-plus-1/: the same plus
 *             one article newer than all, reusing the first build's cache
 * All are built with the machine's zone set far from Shanghai, to prove dates do not depend on it.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, FAR_FROM_SHANGHAI, type BuildOptions } from '../../tools/build-site.ts';
import { articleAfter } from '../../tools/archive/newer-article.ts';
import { syntheticArticle, writeFixtureArchive } from '../../tools/archive/synthetic.ts';
import { writeArticles, writeSearchArchive } from '../../tools/archive/write.ts';
import type { TestSites } from '../helpers/test-sites.ts';

const OUTPUT = resolve('tests/.output');
/** The subpath deploy the tests check, like GitHub Pages under /<repo>/. */
const SUBPATH = { base: '/news-archive/', siteUrl: 'https://news.example.org' };

const build = async (name: string, options: Omit<BuildOptions, 'outDir' | 'timeZone'> = {}) =>
  (await buildSite({ outDir: join(OUTPUT, name), timeZone: FAR_FROM_SHANGHAI, ...options })).outDir;

/** The search-quality archive's content, written once for both of its sites: its slugs by article key. */
let searchContent: Record<string, string> | undefined;
const searchArchive = (): { dir: string; slugs: Record<string, string> } => {
  const dir = join(OUTPUT, 'search-content');
  searchContent ??= writeSearchArchive(dir);
  return { dir, slugs: searchContent };
};

const BUILDERS: { [N in keyof TestSites]: () => Promise<TestSites[N]> } = {
  site: async () => ({ dir: await build('site') }),
  fixture: async () => {
    const content = join(OUTPUT, 'fixture-content');
    const articles = writeFixtureArchive(content, 45);
    // The fixture site has a 政府网站标识码; the others leave SiteIDCode out.
    const dir = await build('fixture', { contentDir: content, env: { SITE_ID_CODE: '3300000035' } });
    return { dir, articles };
  },
  search: async () => {
    const { dir: content, slugs } = searchArchive();
    // Small search-index shards, so that search is tested across merged shards as at archive scale.
    return { dir: await build('search', { contentDir: content, shardSize: 8 }), slugs };
  },
  'search-subpath': async () => {
    const { dir: content, slugs } = searchArchive();
    // Small search windows too (two shards of eight): each search opens only part of the index.
    const dir = await build('search-subpath', {
      contentDir: content,
      base: SUBPATH.base,
      shardSize: 8,
      searchWindow: 16,
    });
    return { dir, slugs };
  },
  subpath: async () => ({
    ...SUBPATH,
    dir: await build('subpath', { base: SUBPATH.base, siteUrl: SUBPATH.siteUrl }),
  }),
  hostile: async () => ({
    dir: await build('hostile', { contentDir: resolve('tests/fixtures/hostile/articles') }),
  }),
  stable: buildStableSites,
};

/** The reproducible and incremental builds: small pages and shards, so many of each are cut. */
async function buildStableSites(): Promise<TestSites['stable']> {
  const small = { pageSize: 5, shardSize: 8 };
  const content = join(OUTPUT, 'stable-content');
  const articles = writeArticles(
    content,
    Array.from({ length: 60 }, (_, i) => syntheticArticle(i)),
  );
  const copy = join(OUTPUT, 'stable-content-copy');
  cpSync(content, copy, { recursive: true });
  const added = articleAfter(
    articles.length,
    articles.map((a) => a.publishedAt),
  );
  const plusOne = join(OUTPUT, 'stable-content-plus-1');
  cpSync(content, plusOne, { recursive: true });
  writeFileSync(join(plusOne, added.fileName), added.text);
  const first = await build('stable-a', { contentDir: content, ...small });
  // Cold, in another zone, whatever the first build left in the search shard cache.
  const second = (
    await buildSite({
      outDir: join(OUTPUT, 'stable-b'),
      contentDir: copy,
      timeZone: 'Asia/Kolkata',
      cache: false,
      ...small,
    })
  ).outDir;
  const plusOneBuild = await buildSite({
    outDir: join(OUTPUT, 'stable-plus-1'),
    contentDir: plusOne,
    timeZone: FAR_FROM_SHANGHAI,
    ...small,
  });
  return {
    first,
    second,
    plusOne: plusOneBuild.outDir,
    addedSlug: added.slug,
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const built = new Map<string, Promise<unknown>>();
  let queue: Promise<unknown> = Promise.resolve();
  /** Each site once a run, one build at a time, in the order they are first asked for. */
  const site = (name: string): Promise<unknown> => {
    let found = built.get(name);
    if (!found) {
      const builder: (() => Promise<unknown>) | undefined = BUILDERS[name as keyof TestSites];
      if (!builder)
        return Promise.reject(
          new Error(`no test site "${name}": one of ${Object.keys(BUILDERS).join(', ')}`),
        );
      found = queue.then(builder);
      queue = found.catch(() => {});
      built.set(name, found);
    }
    return found;
  };
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').slice(1));
    site(name).then(
      (value) => response.end(JSON.stringify({ value })),
      (error: Error) => {
        response.statusCode = 500;
        response.end(JSON.stringify({ error: error.message }));
      },
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  project.provide('testSites', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return () => new Promise<void>((closed) => server.close(() => closed()));
}
