/**
 * The heap limits of the build's two Node processes, from the number of articles. Left alone,
 * V8 lets its heap grow towards a quarter of the machine's memory before it collects in
 * earnest: the Astro build held 4.9 GB at 100,000 articles, though what it still used after
 * rendering was 156 MB at 10,000 articles and 86 MB at 1,000 (about 8 KB an article). A limit
 * that grows with the archive keeps each process near what it uses, so the build's memory grows
 * with the archive, not with the machine. Each limit has room to spare over what was measured;
 * a process that still runs out names the variable that sets its limit (BUILD_HEAP_MB).
 */

/** Astro's process: it renders the pages and keeps every article's frontmatter (content store). */
export const astroHeapMB = (articles: number): number => Math.ceil(512 + (articles * 8) / 1024);

/** The indexing process: every article's date and file, the vocabulary, and one shard's records at a time. */
export const indexHeapMB = (articles: number): number => Math.ceil(160 + (articles * 3) / 1024);

/**
 * V8's flags for both: the old-generation limit, and a young generation of 3 × 16 MB instead of
 * up to 3 × 64 MB, which each process otherwise fills with short-lived strings (the pages, the
 * index records) before it collects them.
 */
export const heapFlags = (heapMB: number): string[] => [
  `--max-old-space-size=${heapMB}`,
  '--max-semi-space-size=16',
];
