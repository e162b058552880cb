/**
 * The content loader for articles: reads the Markdown files in CONTENT_DIR (default
 * content/articles) and validates the frontmatter with the shared zod schema. The body is kept as
 * Markdown and rendered when a page or the feed is written (src/lib/markdown.ts): storing 10,000
 * rendered articles in the content store doubled its size and the build's peak memory.
 */
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArticleFile } from '../lib/article-file.ts';

export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR || 'content/articles');
}

/** The article files of a content folder, sorted; says what to do when the folder cannot be read. */
export function articleFileNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch {
    throw new Error(
      `CONTENT_DIR: the folder ${dir} cannot be read. Point CONTENT_DIR at a folder of article .md files (like content/articles/).`,
    );
  }
}

export function articlesLoader(): Loader {
  return {
    name: 'news-archive:articles',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const dir = contentDir();
      const names = articleFileNames(dir);
      store.clear();
      for (const name of names) {
        const filePath = join(dir, name);
        const shown = relative(process.cwd(), filePath);
        const text = readFileSync(filePath, 'utf8');
        // Throws with the file name and each bad field; the build stops rather than skip an article.
        const { data, body } = parseArticleFile(text, shown);
        const id = basename(name, '.md');
        const validated = await parseData({ id, data, filePath: shown });
        store.set({
          id,
          data: validated,
          body,
          filePath: shown,
          digest: generateDigest(text),
        });
      }
      logger.info(`${names.length} articles from ${relative(process.cwd(), dir) || '.'}`);
    },
  };
}
