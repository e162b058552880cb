/** Read pages of a built site as parsed HTML. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { shardFolder } from '../../src/search/contract/shard-layout.ts';
import { load, type CheerioAPI } from 'cheerio';

export function page(dir: string, path: string): CheerioAPI {
  const file = join(dir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page built at ${path} (${file})`);
  return load(readFileSync(file, 'utf8'));
}

export function articleSlugs(dir: string): string[] {
  return readdirSync(join(dir, 'articles')).sort();
}

/** One search result as Pagefind stored it (a fragment file: gzip, a "pagefind_dcd" tag, JSON). */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** Every page in the search index of a built site, shard by shard (pagefind/, pagefind/shard-N/). */
export function indexedPages(dir: string): IndexedPage[][] {
  const shards: string[] = [];
  for (let i = 0; existsSync(join(dir, shardFolder(i))); i++) shards.push(join(dir, shardFolder(i)));
  return shards.map((shard) =>
    readdirSync(join(shard, 'fragment')).map((file) => {
      const bytes = gunzipSync(readFileSync(join(shard, 'fragment', file)));
      return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as IndexedPage;
    }),
  );
}
