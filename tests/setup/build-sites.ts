/**
 * Builds the site once per test run, the way an operator would, into tests/.output/:
 *   site/     the committed content (content/articles)
 *   fixture/  a generated 45-article archive, through CONTENT_DIR
 *   search/   the search-quality archive (tests/fixtures/search-archive), through CONTENT_DIR
 *   search-subpath/  the same under BASE_PATH=/news-archive/
 *   subpath/  the committed content deployed under BASE_PATH=/news-archive/ at SITE_URL=https://news.example.org
 *   hostile/  tests/fixtures/hostile/articles (script, onerror, javascript: and svg payloads), through CONTENT_DIR
 *   stable-a/, stable-b/  60 synthetic articles with pages of 5 and search shards of 8, built twice
 *             (the second from a copy of the content, in another zone, indexing every shard afresh):
 *             the builds must be identical
 *   stable-plus-1/  the same plus one article newer than all, reusing the unchanged shards: only
 *             the newest pages and shard may change
 * Both are built with the machine's zone set far from Shanghai, to prove dates do not depend on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeFixtureArchive, type FixtureArticle } from '../helpers/fixture-archive.ts';
import { writeSearchArchive } from '../fixtures/search-archive/write.ts';
import { syntheticArticle } from '../../src/lib/bench/synthetic.ts';
import { articleAfter } from '../../src/lib/bench/newer-article.ts';
import { parseArticleFile } from '../../src/lib/article-file.ts';

const OUTPUT = resolve('tests/.output');
/** The subpath deploy the tests check, like GitHub Pages under /<repo>/. */
const SUBPATH = { base: '/news-archive/', siteUrl: 'https://news.example.org' };

/** Builds one site; its log is appended to `log` when given. */
function build(name: string, env: Record<string, string>, log?: string[]): string {
  const outDir = join(OUTPUT, name);
  const result = spawnSync('astro', ['build'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      TZ: 'America/Los_Angeles',
      OUT_DIR: outDir,
      ...env,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build (${name}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  log?.push(result.stdout);
  return outDir;
}

export default function setup(project: TestProject): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const fixtureContent = join(OUTPUT, 'fixture-content');
  const fixtureArticles = writeFixtureArchive(fixtureContent, 45);
  project.provide('siteDir', build('site', {}));
  project.provide('fixtureDir', build('fixture', { CONTENT_DIR: fixtureContent }));
  project.provide('fixtureArticles', fixtureArticles);
  const searchContent = join(OUTPUT, 'search-content');
  project.provide('searchSlugs', writeSearchArchive(searchContent));
  // Small search-index shards, so that search is tested across merged shards as at archive scale.
  project.provide('searchDir', build('search', { CONTENT_DIR: searchContent, SEARCH_SHARD_SIZE: '8' }));
  project.provide(
    'searchSubpathDir',
    build('search-subpath', {
      CONTENT_DIR: searchContent,
      BASE_PATH: '/news-archive/',
      SEARCH_SHARD_SIZE: '20',
    }),
  );
  project.provide('subpath', {
    ...SUBPATH,
    dir: build('subpath', { BASE_PATH: SUBPATH.base, SITE_URL: SUBPATH.siteUrl }),
  });
  project.provide(
    'hostileDir',
    build('hostile', { CONTENT_DIR: resolve('tests/fixtures/hostile/articles') }),
  );
  buildStableSites(project);
}

/** The reproducible and incremental builds: small pages and shards, so many of each are cut. */
function buildStableSites(project: TestProject): void {
  const small = { PAGE_SIZE: '5', SEARCH_SHARD_SIZE: '8' };
  const content = join(OUTPUT, 'stable-content');
  mkdirSync(content);
  const articles = Array.from({ length: 60 }, (_, i) => syntheticArticle(i));
  for (const { fileName, text } of articles) writeFileSync(join(content, fileName), text);
  const copy = join(OUTPUT, 'stable-content-copy');
  cpSync(content, copy, { recursive: true });
  const added = articleAfter(
    articles.length,
    articles.map(({ fileName, text }) => parseArticleFile(text, fileName).data.publishedAt),
  );
  const plusOne = join(OUTPUT, 'stable-content-plus-1');
  cpSync(content, plusOne, { recursive: true });
  writeFileSync(join(plusOne, added.fileName), added.text);
  const plusOneLog: string[] = [];
  project.provide('stable', {
    first: build('stable-a', { CONTENT_DIR: content, ...small }),
    // Cold, whatever the first build found in the search shard cache.
    second: build('stable-b', { CONTENT_DIR: copy, TZ: 'Asia/Kolkata', SEARCH_SHARD_CACHE: 'off', ...small }),
    plusOne: build('stable-plus-1', { CONTENT_DIR: plusOne, ...small }, plusOneLog),
    plusOneLog: plusOneLog.join(''),
    addedSlug: added.fileName.replace(/\.md$/, ''),
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    fixtureDir: string;
    fixtureArticles: FixtureArticle[];
    /** Search-quality archive: article key (tests/fixtures/search-archive) → slug. */
    searchSlugs: Record<string, string>;
    searchDir: string;
    searchSubpathDir: string;
    subpath: { dir: string; base: string; siteUrl: string };
    hostileDir: string;
    /** Two builds of one archive, and a build of it plus one newer article (addedSlug). */
    stable: { first: string; second: string; plusOne: string; plusOneLog: string; addedSlug: string };
  }
}
