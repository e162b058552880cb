/**
 * Writes the sitemap (src/lib/deploy/sitemap.ts) once the pages are done: every page the build
 * wrote or kept but the 404 page, and `extraPages` (absolute URLs: the article pages the other
 * parts of a split build write).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapFiles } from '../lib/deploy/sitemap.ts';

export default function sitemapIntegration(options: {
  /** A page's site-relative path ("articles/x/") → its absolute URL (absolute() in src/lib/site.ts). */
  absolute: (path: string) => string;
  extraPages: readonly string[];
}): AstroIntegration {
  return {
    name: 'news-archive:sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const urls = pages
          .map(({ pathname }) => pathname.replace(/^\//, ''))
          .filter((path) => !/(?:^|\/)404\/?$/.test(path))
          .map((path) => new URL(options.absolute(path)).href);
        const all = new Set([...urls, ...options.extraPages]);
        const files = sitemapFiles(all, options.absolute);
        for (const [name, xml] of files) writeFileSync(join(fileURLToPath(dir), name), xml);
        logger.info(`${files.size - 1} sitemap file(s), ${all.size} pages`);
      },
    },
  };
}
