/**
 * The format of bench/results.json, as `npm run bench` writes it and `npm run gen:bench-tables`
 * reads it. Fields a bench did not measure are absent (older results lack the newer ones).
 */
import type { BuildLog } from './build-log.ts';
import type { Spread } from './stats.ts';

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string };
  results: SizeResult[];
}

/** One archive size. */
export interface SizeResult {
  size: number;
  runs: number;
  /** The cold build: `npm run build` into a fresh output folder, nothing cached. */
  buildSeconds: Spread;
  /** The plain-Astro anchor (no search) over the same content: its Astro step (--anchor). */
  anchorSeconds?: Spread;
  /** The plain-Astro anchor's CPU seconds (results measured before the anchor ran Pagefind). */
  anchorCpuSeconds?: Spread;
  /** The anchor with Pagefind's CLI over its output, as a user would build it (--anchor). */
  pagefindAnchor?: PagefindAnchorResult;
  astroSeconds: Spread;
  pagefindSeconds: Spread;
  /**
   * CPU seconds (user + system) of the whole build and of its three processes: Astro's (the
   * rest), the indexing process's own code, and Pagefind's binary. On two cores the build can take
   * no less than half the total.
   */
  cpuSeconds?: { build: Spread; astro: Spread; indexing: Spread; pagefind: Spread };
  astroPeakMB: Spread;
  pagefindPeakMB: Spread;
  /** Astro and Pagefind together at one instant: what the machine must have. */
  totalPeakMB: Spread;
  pagesPerSecond: Spread;
  pages: number;
  distMB: number;
  searchIndexMB: number;
  coldSearchMs: Spread;
  linkSearchMs: Spread;
  warmSearchMs: Spread;
  /** One query of each kind, to its first result: opened as a link, and typed on a loaded page. */
  searchByKind?: SearchKindResult[];
  /** One new article, then `npm run build` again into the cold build's folder. */
  publish?: PublishResult;
  /** The same cold build and publish with Astro's pages rendered in worker threads (--prerender-workers). */
  prerenderTrial?: PrerenderTrial;
  articleFirstViewGzipKB: number;
  /** What the first view counted: the page, its stylesheet, its scripts and their static imports. */
  articleFirstViewFiles: string[];
}

export interface PagefindAnchorResult {
  /** Astro's step and Pagefind's, added: what a user of that stack waits for. */
  seconds: Spread;
  astroSeconds: Spread;
  pagefindSeconds: Spread;
  /** The larger of the two steps' peak resident memory (they run one after the other). */
  peakMB: Spread;
  /** Every process of the anchor's run. */
  cpuSeconds: Spread;
}

export interface PublishResult {
  seconds: Spread;
  /** Each run's publish time ÷ its own cold build's. */
  ofCold: Spread;
  /** What the last run's publish build said it reused and redid. */
  log: Omit<BuildLog, 'coldReason'>;
  /**
   * A further publish after it (one more article) with Astro's --timings report, which the timed
   * ones go without: its wall seconds, Astro's phases, the indexing beside them.
   */
  profile?: Omit<BuildLog, 'coldReason'> & { seconds: number };
}

export interface PrerenderTrial {
  /** PRERENDER_WORKERS: Astro's experimental.parallelPrerender with this many worker threads. */
  workers: number;
  buildSeconds: Spread;
  publishSeconds: Spread;
  totalPeakMB: Spread;
  cpuSeconds: Spread;
}

/** Requests and kilobytes (response bodies as sent) before the first result. */
export interface TransferSpread {
  requests: Spread;
  kB: Spread;
}

/** One UI's figures for one query: to the first result, and what it fetched until then. */
export interface SearchTiming {
  linkMs: Spread;
  typedMs: Spread;
  linkTransfer: TransferSpread;
  typedTransfer: TransferSpread;
  /** Whether it showed a result (the stock UI finds nothing for a Traditional query, for one). */
  found: boolean;
}

/** The site's figures for one query (older results have only the times), and the stock UI's beside them. */
export interface SearchKindResult extends Partial<SearchTiming> {
  kind: string;
  query: string;
  linkMs: Spread;
  typedMs: Spread;
  /** The same query on Pagefind's stock UI over the anchor (--anchor). */
  stock?: SearchTiming;
}
