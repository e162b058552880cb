/**
 * The content loader for articles: reads the Markdown files in SITE.contentDir (CONTENT_DIR, default
 * content/articles) and validates the frontmatter with the shared zod schema. Only the frontmatter
 * is stored, with the body's character count (for articles.json): the body is read from the file
 * and rendered when a page or the feed is written (articleBody in src/data/articles.ts,
 * src/lib/markdown.ts). Astro holds the whole store in memory during the build; rendered bodies
 * doubled it, and Markdown bodies were three quarters of it.
 *
 * Astro keeps the store between builds (in the build's cache folder): a file whose text has the
 * digest its entry was stored with is not parsed again, so publishing one article into a large
 * archive parses one file. Under `astro dev` it loads again when an article file is added,
 * changed or deleted, so the pages follow the content folder as the search index does
 * (src/integrations/pagefind-dev.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { parseArticleFile } from '../lib/article-file.ts';
import { articleTexts, isArticleFile } from '../lib/article-files.ts';
import { markdownToText } from '../lib/markdown.ts';
import { countCharacters } from '../lib/reader/reading-stats.ts';
import { SITE } from '../lib/site.ts';

async function loadArticles(dir: string, context: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, logger } = context;
  const present = new Set<string>();
  let parsed = 0;
  for (const { id, file, text } of articleTexts(dir)) {
    present.add(id);
    const digest = generateDigest(text);
    const stored = store.get(id);
    if (stored?.digest === digest && stored.filePath === file) continue;
    // Throws with the file name and each bad field; the build stops rather than skip an article.
    const { data, body } = parseArticleFile(text, file);
    const characters = countCharacters(markdownToText(body).join(''));
    const validated = await parseData({ id, data: { ...data, characters }, filePath: file });
    store.set({ id, data: validated, filePath: file, digest });
    parsed++;
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  logger.info(`${present.size} articles from ${relative(process.cwd(), dir) || '.'} (${parsed} read anew)`);
}

export function articlesLoader(): Loader {
  return {
    name: 'news-archive:articles',
    load: async (context) => {
      const dir = SITE.contentDir;
      await loadArticles(dir, context);
      const { watcher, logger } = context;
      if (!watcher) return;
      // One load at a time; a half-edited article is reported and the dev server keeps running.
      let latest = Promise.resolve();
      const reload = (path: string): void => {
        if (!isArticleFile(dir, path)) return;
        latest = latest
          .then(() => loadArticles(dir, context))
          .catch((error: Error) => logger.error(error.message));
      };
      watcher.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
