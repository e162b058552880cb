/**
 * Builds the Pagefind search index inside `astro build`, with Pagefind's Node API. The index is
 * built from the articles' data (src/lib/search/index-record.ts), not from the written pages,
 * in shards of SITE.searchShardSize articles, newest first, one after another: Pagefind keeps
 * everything it indexed in memory until it writes, so the binary is closed after each shard.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parseArticleFile } from '../lib/article-file.ts';
import { searchRecord, type IndexedArticle } from '../lib/search/index-record.ts';
import { intoShards, shardFolder } from '../lib/search/shards.ts';
import { articleFileNames, contentDir } from '../loaders/articles.ts';

/** Pagefind's own search UIs: the search page has its own, so they are not published. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** A merged shard needs only its entry file, metadata, chunks and fragments. */
const SHARED_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];

function readArticles(): IndexedArticle[] {
  const dir = contentDir();
  const articles = articleFileNames(dir).map((name) => {
    const file = join(dir, name);
    const { data, body } = parseArticleFile(readFileSync(file, 'utf8'), relative(process.cwd(), file));
    return { id: basename(name, '.md'), data, body };
  });
  // Newest first, as the site lists them, so each shard is a span of dates.
  return articles.sort(
    (a, b) => Date.parse(b.data.publishedAt) - Date.parse(a.data.publishedAt) || a.id.localeCompare(b.id),
  );
}

async function writeShard(articles: readonly IndexedArticle[], outputPath: string): Promise<void> {
  // 'und': the text is already split into words, so Pagefind must not segment it again.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Sent without waiting for each answer: Pagefind indexes while the next records are built.
    const answers = articles.map(async (article) => {
      const { url, html } = searchRecord(article);
      const added = await index.addHTMLFile({ url, content: html });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    });
    await Promise.all(answers);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(options: { shardSize: number }): AstroIntegration {
  return {
    name: 'news-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const articles = readArticles();
        const shards = intoShards(articles, options.shardSize);
        for (const [i, shard] of shards.entries()) {
          const folder = join(site, shardFolder(i));
          await writeShard(shard, folder);
          for (const file of [...UNUSED_FILES, ...(i > 0 ? SHARED_FILES : [])])
            rmSync(join(folder, file), { force: true });
        }
        logger.info(
          `indexed ${articles.length} pages in ${Math.round(performance.now() - started)} ms (${shards.length} shard(s))`,
        );
      },
    },
  };
}
