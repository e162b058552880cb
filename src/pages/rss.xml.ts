/** RSS 2.0 feed: the newest SITE.feedSize articles in full, rendered by the one markdown-it renderer and sanitised. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleBody, getArticles } from '../data/articles.ts';
import { feedHtml, feedText } from '../lib/feed-html.ts';
import { renderMarkdown } from '../lib/markdown.ts';
import { SITE, absolute } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: absolute(paths.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${absolute(paths.rss())}" rel="self" type="application/rss+xml"/>`,
    items: articles.slice(0, SITE.feedSize).map((article) => {
      const link = absolute(paths.article(article.id));
      return {
        title: feedText(article.data.title),
        link,
        pubDate: new Date(article.data.publishedAt),
        description: feedText(article.data.summary),
        content: feedHtml(renderMarkdown(articleBody(article), { images: article.data.images }), link),
        categories: [...article.data.tags],
      };
    }),
  });
};
