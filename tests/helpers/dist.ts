/** Read pages of a built site as parsed HTML. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export function page(dir: string, path: string): CheerioAPI {
  const file = join(dir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page built at ${path} (${file})`);
  return load(readFileSync(file, 'utf8'));
}

export function articleSlugs(dir: string): string[] {
  return readdirSync(join(dir, 'articles')).sort();
}
