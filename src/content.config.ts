import { defineCollection } from 'astro:content';
import { storedArticleSchema } from './lib/article.ts';
import { articlesLoader } from './loaders/articles.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: storedArticleSchema }),
};
