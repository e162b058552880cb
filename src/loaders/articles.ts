/**
 * The content loader for articles: reads the Markdown files in CONTENT_DIR (default
 * content/articles) and validates the frontmatter with the shared zod schema. The body is kept as
 * Markdown and rendered when a page or the feed is written (src/lib/markdown.ts): storing 10,000
 * rendered articles in the content store doubled its size and the build's peak memory.
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
      for (const { id, file, text, data, body } of readArticleFiles(dir)) {
        const validated = await parseData({ id, data, filePath: file });
        store.set({ id, data: validated, body, filePath: file, digest: generateDigest(text) });
        count++;
      }
      logger.info(`${count} articles from ${relative(process.cwd(), dir) || '.'}`);
    },
  };
}
