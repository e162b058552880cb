/**
 * The pictures ingest saved beside an article (CONTENT_DIR/<slug>/<file>), served beside its page
 * (articles/<slug>/<file>), so the page's relative <img src="<file>"> works at the root and
 * under any BASE_PATH. One path per archived picture; its cacheKey is the digest of the picture's
 * bytes, so an incremental build copies an unchanged picture from the last build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getArticles } from '../../../data/articles.ts';
import { sha256 } from '../../../lib/article-file.ts';
import { articleImageFile } from '../../../lib/article-files.ts';

function readPicture(articleId: string, path: string, file: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(
      `Article ${articleId}: the picture ${file} is marked archived, but ${path} is missing. Ingest the page again with its *_files/ folder, or set archived: false.`,
    );
  }
}

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.flatMap((article) =>
    article.data.images
      .filter((image) => image.archived)
      .map((image) => {
        const path = articleImageFile(article.filePath ?? '', image.file);
        return {
          params: { slug: article.id, image: image.file },
          props: { path },
          cacheKey: sha256(readPicture(article.id, path, image.file)),
        };
      }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path));
