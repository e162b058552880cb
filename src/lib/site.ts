/**
 * The one typed site configuration, and the one module that reads the environment for the site
 * and its build: every variable below is read here, once, checked, and kept in SITE (a wrong value
 * stops with the variable, the value and what to set instead). Read by astro.config.mjs, pages,
 * the search index and scripts alike, so each setting is decided in exactly one place. (The tests'
 * and tools' one setting, CHROME_PATH, is read in tools/browser/chromium.ts: src never imports tools.)
 */
import { resolve } from 'node:path';
import { readBuildPart, type BuildPart } from './build-parts.ts';
import { absoluteUrl, normaliseBase, withBase } from './urls.ts';

export interface SiteConfig {
  /** Site name shown in the header and <title>. */
  name: string;
  /** One-line description for feeds and meta tags. */
  description: string;
  /** Absolute origin the site is deployed at (SITE_URL), no trailing slash. */
  url: string;
  /** The host of that origin (SiteDomain meta tag), e.g. news.example.gov.cn. */
  domain: string;
  /** 政府网站标识码 (SITE_ID_CODE) for the SiteIDCode meta tag; unset leaves the tag out. */
  siteIdCode: string | undefined;
  /** Path prefix the site is served under (BASE_PATH): "/" or "/sub/". */
  base: string;
  lang: 'zh-CN';
  /** Every date is shown and emitted in this zone, whatever the build machine's zone. */
  timeZone: 'Asia/Shanghai';
  /** Articles per list page (index, archives; PAGE_SIZE, default 20): tests use small pages. */
  pageSize: number;
  /** The folder the site is built into (OUT_DIR, default dist): tests and benchmarks use their own. */
  outDir: string;
  /** The folder of article Markdown files to build, absolute (CONTENT_DIR, default content/articles). */
  contentDir: string;
  /**
   * The Node heap limit of the build's processes in MB (BUILD_HEAP_MB); undefined: each is sized
   * from the archive (src/build-tools/heap-limits.ts).
   */
  buildHeapMB: number | undefined;
  /** Articles in the RSS feed, newest first: a feed is for what is new, the archive pages hold the rest. */
  feedSize: number;
  /** Articles per search-index shard (SEARCH_SHARD_SIZE): bounds the build's memory, see src/search/contract/shard-layout.ts. */
  searchShardSize: number;
  /**
   * Articles' worth of shards one search opens at most (SEARCH_WINDOW, default 10,000), the
   * newest first: a search costs about as much at 100,000 articles as at 10,000 (search-window.ts).
   */
  searchWindow: number;
  /**
   * Reuse what the last build into the same folder left (BUILD_CACHE, on unless "off"): the pages
   * whose cache keys are unchanged, the content store, the search shards. Off: a cold build.
   */
  buildCache: boolean;
  /** One part of a build split over several machines (BUILD_PART=k/n, src/lib/build-parts.ts); undefined: the whole site. */
  buildPart: BuildPart | undefined;
}

function readSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL="${value}" is not an absolute URL. Set it like SITE_URL=https://news.example.gov.cn`,
    );
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(
      `SITE_URL="${value}" must be an origin only (no path); put the path in BASE_PATH instead, e.g. BASE_PATH=${parsed.pathname}`,
    );
  }
  return parsed.origin;
}

/** 政府网站标识码: ten digits (3300000035) or two letters and eight digits (bm01000001). */
export function readSiteIdCode(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  if (!/^(?:\d{10}|[A-Za-z]{2}\d{8})$/.test(value)) {
    throw new Error(
      `SITE_ID_CODE="${value}" is not a 政府网站标识码: it has 10 characters, ten digits (e.g. 3300000035) or two letters and eight digits (e.g. bm01000001). Copy it from the 全国政府网站基本信息数据库, or unset SITE_ID_CODE to leave the SiteIDCode tag out.`,
    );
  }
  return value;
}

/** The environment, or any set of variables (the tests give their own). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** An on/off setting from the environment variable `name`: on unless set to "off". */
function readSwitch(env: Environment, name: string): boolean {
  const value = (env[name] ?? '').trim();
  if (value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name}="${value}" is neither "on" nor "off". Unset it to use "on".`);
}

/** A count of articles from the environment variable `name`, or `fallback` when it is unset. */
function readArticleCount(env: Environment, name: string, fallback: number): number {
  const value = (env[name] ?? '').trim();
  if (!value) return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`${name}="${value}" is not a whole number of articles ≥ 1. Unset it to use ${fallback}.`);
  }
  return size;
}

/** BUILD_HEAP_MB: a whole number of megabytes, 64 or more; unset: sized from the archive. */
function readHeapMB(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 64)
    throw new Error(
      `BUILD_HEAP_MB: "${raw}" is not a number of megabytes (64 or more). Unset it to size the heap from the archive.`,
    );
  return value;
}

/** The site's configuration from a set of environment variables. */
export function siteConfig(env: Environment): SiteConfig {
  const siteUrl = readSiteUrl(env.SITE_URL);
  return {
    name: '政务新闻档案',
    description: '浙江省政府部门新闻稿的静态档案：全文、来源、发布时间，可检索。',
    url: siteUrl,
    domain: new URL(siteUrl).host,
    siteIdCode: readSiteIdCode(env.SITE_ID_CODE),
    base: normaliseBase(env.BASE_PATH),
    lang: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    pageSize: readArticleCount(env, 'PAGE_SIZE', 20),
    outDir: env.OUT_DIR || 'dist',
    contentDir: resolve(env.CONTENT_DIR || 'content/articles'),
    buildHeapMB: readHeapMB(env.BUILD_HEAP_MB),
    feedSize: 30,
    searchShardSize: readArticleCount(env, 'SEARCH_SHARD_SIZE', 2500),
    searchWindow: readArticleCount(env, 'SEARCH_WINDOW', 10_000),
    buildCache: readSwitch(env, 'BUILD_CACHE'),
    buildPart: readBuildPart(env.BUILD_PART),
  };
}

export const SITE: SiteConfig = siteConfig(process.env);

/** Site-relative path → the href to put in a page, honouring BASE_PATH. */
export const href = (path: string): string => withBase(SITE.base, path);

/** Site-relative path → absolute URL (canonical, feeds, sitemap). */
export const absolute = (path: string): string => absoluteUrl(SITE.url, SITE.base, path);
