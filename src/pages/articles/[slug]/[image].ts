/**
 * The pictures ingest saved beside an article (CONTENT_DIR/<slug>/<file>), served beside its page
 * (articles/<slug>/<file>), so the page's relative <img src="<file>"> works at the root and
 * under any BASE_PATH.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { getArticles } from '../../../data/articles.ts';
import { articleImageFile } from '../../../lib/article-files.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.flatMap((article) =>
    article.data.images
      .filter((image) => image.archived)
      .map((image) => {
        const path = articleImageFile(article.filePath ?? '', image.file);
        if (!existsSync(path)) {
          throw new Error(
            `Article ${article.id}: the picture ${image.file} is marked archived, but ${path} is missing. Ingest the page again with its *_files/ folder, or set archived: false.`,
          );
        }
        return { params: { slug: article.id, image: image.file }, props: { path } };
      }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path));
