// @ts-check
import { defineConfig } from 'astro/config';
import { SITE } from './src/lib/site.ts';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import deployHeaders from './src/integrations/deploy-headers.ts';
import { READING_PREFS_BOOT } from './src/lib/reader/reading-prefs.ts';

/** Applies the reader's saved font size and theme in <head>, before first paint; Astro hashes it into the CSP. */
const readingPrefs = {
  name: 'news-archive:reading-prefs',
  hooks: {
    /** @param {{ injectScript: (stage: 'head-inline', content: string) => void }} options */
    'astro:config:setup': ({ injectScript }) => injectScript('head-inline', READING_PREFS_BOOT),
  },
};

// Every setting from the environment is read once, in src/lib/site.ts (SITE).
export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Stylesheets are files, never inlined: Astro's CSP would hash an inlined one into its own page's
  // policy only, and the deploy headers need one policy for every page (src/lib/deploy/headers.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: SITE.outDir,
  integrations: [
    readingPrefs,
    // The 404 page is not a page to index.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
    // The search index, and the pinyin, completion and typo data for search (build time only).
    pagefind({
      contentDir: SITE.contentDir,
      shardSize: SITE.searchShardSize,
      reuseShards: SITE.reuseSearchShards,
      heapMB: SITE.buildHeapMB,
    }),
    // deployHeaders runs last: it lists every built file, Pagefind's included, for _headers.
    deployHeaders({ base: SITE.base }),
  ],
  devToolbar: { enabled: false },
  // One stylesheet for every page (each component's styles and global.css): one request, cached
  // from page to page, rather than a few small ones per page.
  vite: { build: { cssCodeSplit: false } },
  // Articles are rendered by src/lib/markdown.ts (markdown-it); nothing here uses Shiki.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy as a <meta> on every page: Astro hashes what it emits;
  // Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'. No 'unsafe-inline' scripts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
