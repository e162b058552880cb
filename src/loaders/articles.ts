/**
 * The content loader for articles: reads the Markdown files in CONTENT_DIR (default
 * content/articles), validates the frontmatter with the shared zod schema, and renders the
 * body with the one markdown-it renderer, so pages, feeds and tests all see the same HTML.
 */
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArticleFile } from '../lib/article-file.ts';
import { renderMarkdown } from '../lib/markdown.ts';

export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR || 'content/articles');
}

export function articlesLoader(): Loader {
  return {
    name: 'news-archive:articles',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const dir = contentDir();
      let names: string[];
      try {
        names = readdirSync(dir)
          .filter((n) => n.endsWith('.md'))
          .sort();
      } catch {
        throw new Error(
          `CONTENT_DIR: the folder ${dir} cannot be read. Point CONTENT_DIR at a folder of article .md files (like content/articles/).`,
        );
      }
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
          rendered: { html: renderMarkdown(body, { images: data.images }) },
        });
      }
      logger.info(`${names.length} articles from ${relative(process.cwd(), dir) || '.'}`);
    },
  };
}
