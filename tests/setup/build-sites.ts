/**
 * Builds the site once per test run, the way an operator would, into tests/.output/:
 *   site/     the committed content (content/articles)
 *   fixture/  a generated 45-article archive, through CONTENT_DIR
 *   search/   the search-quality archive (tools/archive/search-archive.ts), through CONTENT_DIR
 *   search-subpath/  the same under BASE_PATH=/news-archive/
 *   subpath/  the committed content deployed under BASE_PATH=/news-archive/ at SITE_URL=https://news.example.org
 *   hostile/  tests/fixtures/hostile/articles (script, onerror, javascript: and svg payloads), through CONTENT_DIR
 *   stable-a/, stable-b/  60 synthetic articles with pages of 5 and search shards of 8, built twice
 *             (the second from a copy of the content, in another zone, indexing every shard afresh):
 *             the builds must be identical
 *   stable-plus-1/  the same plus one article newer than all, reusing the unchanged shards: only
 *             the newest pages and shard may change
 * All are built with the machine's zone set far from Shanghai, to prove dates do not depend on it.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProvidedContext } from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildSite, FAR_FROM_SHANGHAI, type BuildOptions } from '../../tools/build-site.ts';
import { articleAfter } from '../../tools/archive/newer-article.ts';
import { syntheticArticle, writeFixtureArchive } from '../../tools/archive/synthetic.ts';
import { writeArticles, writeSearchArchive, type ArchiveArticle } from '../../tools/archive/write.ts';

const OUTPUT = resolve('tests/.output');
/** The subpath deploy the tests check, like GitHub Pages under /<repo>/. */
const SUBPATH = { base: '/news-archive/', siteUrl: 'https://news.example.org' };

const build = async (name: string, options: Omit<BuildOptions, 'outDir' | 'timeZone'> = {}) =>
  (await buildSite({ outDir: join(OUTPUT, name), timeZone: FAR_FROM_SHANGHAI, ...options })).outDir;

export default async function setup(project: TestProject): Promise<void> {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const fixtureContent = join(OUTPUT, 'fixture-content');
  const fixtureArticles = writeFixtureArchive(fixtureContent, 45);
  project.provide('siteDir', await build('site'));
  // The fixture site has a 政府网站标识码; the others leave SiteIDCode out.
  project.provide(
    'fixtureDir',
    await build('fixture', { contentDir: fixtureContent, env: { SITE_ID_CODE: '3300000035' } }),
  );
  project.provide('fixtureArticles', fixtureArticles);
  const searchContent = join(OUTPUT, 'search-content');
  project.provide('searchSlugs', writeSearchArchive(searchContent));
  // Small search-index shards, so that search is tested across merged shards as at archive scale.
  project.provide('searchDir', await build('search', { contentDir: searchContent, shardSize: 8 }));
  project.provide(
    'searchSubpathDir',
    // Small search windows too (two shards of eight): each search opens only part of the index.
    await build('search-subpath', {
      contentDir: searchContent,
      base: '/news-archive/',
      shardSize: 8,
      searchWindow: 16,
    }),
  );
  project.provide('subpath', {
    ...SUBPATH,
    dir: await build('subpath', { base: SUBPATH.base, siteUrl: SUBPATH.siteUrl }),
  });
  project.provide(
    'hostileDir',
    await build('hostile', { contentDir: resolve('tests/fixtures/hostile/articles') }),
  );
  project.provide('stable', await buildStableSites());
}

/** The reproducible and incremental builds: small pages and shards, so many of each are cut. */
async function buildStableSites(): Promise<ProvidedContext['stable']> {
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

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    fixtureDir: string;
    fixtureArticles: ArchiveArticle[];
    /** Search-quality archive: article key (tools/archive/search-archive.ts) → slug. */
    searchSlugs: Record<string, string>;
    searchDir: string;
    searchSubpathDir: string;
    subpath: { dir: string; base: string; siteUrl: string };
    hostileDir: string;
    /** Two builds of one archive, and a build of it plus one newer article (addedSlug). */
    stable: { first: string; second: string; plusOne: string; addedSlug: string };
  }
}
