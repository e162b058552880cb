/**
 * The content loader for articles: reads the Markdown files in SITE.contentDir (CONTENT_DIR, default
 * content/articles) and validates the frontmatter with the shared zod schema. Only the frontmatter
 * is stored: the body is read from the file and rendered when a page or the feed is written
 * (articleBody in src/data/articles.ts, src/lib/markdown.ts). Astro holds the whole store in
 * memory during the build; rendered bodies doubled it, and Markdown bodies were three quarters of it.
 * Under `astro dev` it loads again when an article file is added, changed or deleted, so the
 * pages follow the content folder as the search index does (src/integrations/pagefind-dev.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { isArticleFile, readArticleFiles } from '../lib/article-files.ts';
import { SITE } from '../lib/site.ts';

async function loadArticles(dir: string, context: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, logger } = context;
  store.clear();
  let count = 0;
  // Throws with the file name and each bad field; the build stops rather than skip an article.
  for (const { id, file, text, data } of readArticleFiles(dir)) {
    const validated = await parseData({ id, data, filePath: file });
    store.set({ id, data: validated, filePath: file, digest: generateDigest(text) });
    count++;
  }
  logger.info(`${count} articles from ${relative(process.cwd(), dir) || '.'}`);
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
