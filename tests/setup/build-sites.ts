/**
 * Builds the site once per test run, the way an operator would, into tests/.output/:
 *   site/     the committed content (content/articles)
 *   fixture/  a generated 45-article archive, through CONTENT_DIR
 *   search/   the search-quality archive (tests/fixtures/search-archive), through CONTENT_DIR
 *   search-subpath/  the same under BASE_PATH=/news-archive/
 *   subpath/  the committed content deployed under BASE_PATH=/news-archive/ at SITE_URL=https://news.example.org
 *   hostile/  tests/fixtures/hostile/articles (script, onerror, javascript: and svg payloads), through CONTENT_DIR
 * Both are built with the machine's zone set far from Shanghai, to prove dates do not depend on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeFixtureArchive, type FixtureArticle } from '../helpers/fixture-archive.ts';
import { writeSearchArchive } from '../fixtures/search-archive/write.ts';

const OUTPUT = resolve('tests/.output');
/** The subpath deploy the tests check, like GitHub Pages under /<repo>/. */
const SUBPATH = { base: '/news-archive/', siteUrl: 'https://news.example.org' };

function build(name: string, env: Record<string, string>): string {
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
  return outDir;
}

export default function setup(project: TestProject): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const fixtureContent = join(OUTPUT, 'fixture-content');
  const fixtureArticles = writeFixtureArchive(fixtureContent, 45);
  project.provide('siteDir', build('site', {}));
  // The fixture site has a 政府网站标识码; the others leave SiteIDCode out.
  project.provide(
    'fixtureDir',
    build('fixture', { CONTENT_DIR: fixtureContent, SITE_ID_CODE: '3300000035' }),
  );
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
  }
}
