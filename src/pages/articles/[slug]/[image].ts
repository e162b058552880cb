/**
 * The pictures ingest saved beside an article (CONTENT_DIR/<slug>/<file>), served beside its page
 * (articles/<slug>/<file>), so the page's relative <img src="<file>"> works at the root and
 * under any BASE_PATH. One path per archived picture. Its cacheKey (for the incremental build) is
 * the file's size and modification time: hashing the bytes would read every picture on every build
 * (about 0.4 ms per 200 KB picture, 40 s for 100,000), a stat costs microseconds, and a picture
 * replaced in place changes its size or time. A fresh checkout only costs one full copy.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { getArticles, writesArticlePage } from '../../../data/articles.ts';
import { articleImageFile } from '../../../lib/article-files.ts';

function statPicture(articleId: string, path: string, file: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new Error(
      `Article ${articleId}: the picture ${file} is marked archived, but ${path} is missing. Ingest the page again with its *_files/ folder, or set archived: false.`,
    );
  }
}

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.flatMap((article, i) =>
    article.data.images
      .filter((image) => image.archived && writesArticlePage(i, articles.length))
      .map((image) => {
        const path = articleImageFile(article.filePath ?? '', image.file);
        const { size, mtimeMs } = statPicture(article.id, path, image.file);
        return {
          params: { slug: article.id, image: image.file },
          props: { path },
          cacheKey: `${size}-${Math.round(mtimeMs)}`,
        };
      }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path));
