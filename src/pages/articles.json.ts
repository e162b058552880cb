/** /articles.json: every article's metadata and URL, newest first, for researchers. */
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { toShanghaiIso } from '../lib/dates.ts';
import { SITE, absolute } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const catalogue = {
    site: SITE.name,
    url: absolute(paths.home()),
    language: SITE.lang,
    count: articles.length,
    articles: articles.map((article) => ({
      id: article.id,
      url: absolute(paths.article(article.id)),
      title: article.data.title,
      source: article.data.source,
      publishedAt: toShanghaiIso(article.data.publishedAt),
      tags: article.data.tags,
      summary: article.data.summary,
      characters: article.data.characters,
      raw: article.data.raw,
    })),
  };
  return new Response(JSON.stringify(catalogue, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
