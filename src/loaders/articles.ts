/**
 * The content loader for articles: reads the Markdown files in CONTENT_DIR (default
 * content/articles) and validates the frontmatter with the shared zod schema. Only the frontmatter
 * is stored: the body is read from the file and rendered when a page or the feed is written
 * (articleBody in src/data/articles.ts, src/lib/markdown.ts). Astro holds the whole store in
 * memory during the build; rendered bodies doubled it, and Markdown bodies were three quarters of it.
 */
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { contentDir, readArticleFiles } from '../lib/article-files.ts';

export function articlesLoader(): Loader {
  return {
    name: 'news-archive:articles',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const dir = contentDir();
      store.clear();
      let count = 0;
      // Throws with the file name and each bad field; the build stops rather than skip an article.
      for (const { id, file, text, data } of readArticleFiles(dir)) {
        const validated = await parseData({ id, data, filePath: file });
        store.set({ id, data: validated, filePath: file, digest: generateDigest(text) });
        count++;
      }
      logger.info(`${count} articles from ${relative(process.cwd(), dir) || '.'}`);
    },
  };
}
