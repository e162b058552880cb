// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { SITE, absolute } from './src/lib/site.ts';
import { paths } from './src/lib/urls.ts';
import { isListsPart } from './src/lib/build-parts.ts';
import { articleFileNames } from './src/lib/article-files.ts';
import sitemap from './src/integrations/sitemap.ts';
import pagefind from './src/integrations/pagefind.ts';
import deployHeaders from './src/integrations/deploy-headers.ts';
import { buildState } from './src/integrations/build-state.ts';
import { prerenderFolder } from './src/integrations/prerender-folder.ts';
import { buildCacheDir } from './src/build-tools/build-state.ts';
import { READING_PREFS_BOOT } from './src/lib/reader/reading-prefs.ts';

/** Applies the reader's saved font size and theme in <head>, before first paint; Astro hashes it into the CSP. */
const readingPrefs = {
  name: 'news-archive:reading-prefs',
  hooks: {
    /** @param {{ injectScript: (stage: 'head-inline', content: string) => void }} options */
    'astro:config:setup': ({ injectScript }) => injectScript('head-inline', READING_PREFS_BOOT),
  },
};

// The lists part of a split build (src/lib/build-parts.ts) lists in its sitemap the article pages
// the other parts write, so that the joined site's sitemap is the one a whole build writes.
const otherPartsPages =
  SITE.buildPart && isListsPart(SITE.buildPart)
    ? articleFileNames(SITE.contentDir).map((name) => absolute(paths.article(name.replace(/\.md$/, ''))))
    : [];

// The settings every part of a split build must share: all but where this machine keeps things.
const { outDir, contentDir, buildHeapMB, buildCache, buildPart, prerenderWorkers, ...shared } = SITE;
const sharedSettings = JSON.stringify(shared);

// Every setting from the environment is read once, in src/lib/site.ts (SITE). Every one of them
// may shape a page: a build with other settings starts cold (src/build-tools/build-state.ts).
const state = buildState({ settings: JSON.stringify(SITE), reuse: SITE.buildCache });
export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Stylesheets are files, never inlined: Astro's CSP would hash an inlined one into its own page's
  // policy only, and the deploy headers need one policy for every page (src/lib/deploy/headers.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: SITE.outDir,
  // One cache folder per output folder: what it holds always describes that folder's last build.
  cacheDir: buildCacheDir(fileURLToPath(new URL('.', import.meta.url)), SITE.outDir),
  integrations: [
    state.start,
    prerenderFolder(),
    readingPrefs,
    // Every page but the 404 page.
    sitemap({ absolute, extraPages: otherPartsPages }),
    // The search index, and the pinyin, completion and typo data for search (build time only).
    pagefind({
      contentDir: SITE.contentDir,
      shardSize: SITE.searchShardSize,
      reuseShards: SITE.buildCache,
      heapMB: SITE.buildHeapMB,
      part: SITE.buildPart && { ...SITE.buildPart, base: SITE.base, settings: sharedSettings },
    }),
    // What the last build left and this one did not write goes, before _headers lists the files.
    state.prune,
    // deployHeaders lists every built file, Pagefind's included, for _headers.
    deployHeaders({ base: SITE.base, startedAt: state.startedAt, files: state.files }),
    state.finish,
  ],
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose cache keys (getStaticPaths) are unchanged are kept from the last build; the output
    // folder is kept too, and emptied only when a build starts cold (src/integrations/build-state.ts).
    incrementalBuild: SITE.buildCache,
    // The content store in content-addressed parts, not one file: a publish writes only the parts
    // that changed, and the pages load the store part by part, not as one 66 MB module (100,000 articles).
    collectionStorage: 'chunked',
    // Pages rendered in worker threads only when PRERENDER_WORKERS asks (npm run bench -- --prerender-workers W compares).
    ...(SITE.prerenderWorkers ? { parallelPrerender: { workers: SITE.prerenderWorkers } } : {}),
  },
  // One stylesheet for every page (each component's styles and global.css): one request, cached
  // from page to page, rather than a few small ones per page.
  vite: { build: { emptyOutDir: false, cssCodeSplit: false } },
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
