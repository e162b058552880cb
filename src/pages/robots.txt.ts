/** robots.txt: everything may be crawled; the sitemap index is named with its absolute, base-aware URL. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(paths.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
