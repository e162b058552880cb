/**
 * One archive size's figures for bench/results.json (results.ts), from its runs: the site's
 * cold builds and publishes, the anchor's builds, and the search measured on the last build.
 */
import type { AnchorRun } from './anchor.ts';
import type { BuildLog } from './build-log.ts';
import type { PrerenderTrial, PublishResult, SearchKindResult, SizeResult } from './results.ts';
import type { BuildRun, PublishRun } from './site-build.ts';
import { spread, type Spread } from './stats.ts';

const MB = 1024 * 1024;

export interface SizeMeasurements {
  size: number;
  /** Cold build then publish, run by run, Astro rendering in its own process. */
  runs: readonly PublishRun[];
  /** The same with Astro's pages rendered in worker threads (--prerender-workers). */
  trial?: { workers: number; runs: readonly PublishRun[] };
  anchors: readonly AnchorRun[];
  search: { cold: Spread; link: Spread; warm: Spread };
  searchByKind: SearchKindResult[];
  firstView: { bytes: number; files: string[] };
  distBytes: number;
  indexBytes: number;
}

const over = <T>(items: readonly T[], value: (item: T) => number): Spread => spread(items.map(value));

/** A build's log without the cold-build line (a publish has none). */
const reused = ({ coldReason: _, ...log }: BuildLog): Omit<BuildLog, 'coldReason'> => log;

function publishResult(runs: readonly PublishRun[]): PublishResult {
  const profiled = runs.findLast((r) => r.profiled)?.profiled;
  return {
    seconds: over(runs, (r) => r.publish.wallMs / 1000),
    ofCold: over(runs, (r) => r.publish.wallMs / r.cold.wallMs),
    log: reused(runs.at(-1)!.publish.log),
    ...(profiled ? { profile: { ...reused(profiled.log), seconds: profiled.wallMs / 1000 } } : {}),
  };
}

function prerenderTrial(trial: NonNullable<SizeMeasurements['trial']>): PrerenderTrial {
  return {
    workers: trial.workers,
    buildSeconds: over(trial.runs, (r) => r.cold.wallMs / 1000),
    publishSeconds: over(trial.runs, (r) => r.publish.wallMs / 1000),
    totalPeakMB: over(trial.runs, (r) => r.cold.memory.totalBytes / MB),
    cpuSeconds: over(trial.runs, (r) => r.cold.cpu),
  };
}

function anchorFigures(anchors: readonly AnchorRun[]): Pick<SizeResult, 'anchorSeconds' | 'pagefindAnchor'> {
  if (anchors.length === 0) return {};
  const withPagefind = anchors.filter((a) => a.pagefind);
  return {
    // The anchor's Astro step is the plain-Astro anchor (no search), measured in the same run.
    anchorSeconds: over(anchors, (a) => a.astro.seconds),
    ...(withPagefind.length
      ? {
          pagefindAnchor: {
            seconds: over(withPagefind, (a) => a.astro.seconds + a.pagefind!.seconds),
            astroSeconds: over(withPagefind, (a) => a.astro.seconds),
            pagefindSeconds: over(withPagefind, (a) => a.pagefind!.seconds),
            peakMB: over(withPagefind, (a) => Math.max(a.astro.peakMB, a.pagefind!.peakMB)),
            cpuSeconds: over(withPagefind, (a) => a.cpu),
          },
        }
      : {}),
  };
}

export function sizeResult(m: SizeMeasurements): SizeResult {
  const builds: BuildRun[] = m.runs.map((r) => r.cold);
  const last = builds.at(-1)!;
  const seconds = (b: BuildRun) => b.wallMs / 1000;
  return {
    size: m.size,
    runs: builds.length,
    buildSeconds: over(builds, seconds),
    ...anchorFigures(m.anchors),
    // Astro's part: the build less its wait for the index (indexing runs beside it).
    astroSeconds: over(builds, (b) => seconds(b) - b.log.waitedSeconds),
    pagefindSeconds: over(builds, (b) => b.log.indexSeconds),
    cpuSeconds: {
      build: over(builds, (b) => b.cpu),
      astro: over(builds, (b) => b.cpu - b.log.cpu.indexing - b.log.cpu.pagefind),
      indexing: over(builds, (b) => b.log.cpu.indexing),
      pagefind: over(builds, (b) => b.log.cpu.pagefind),
    },
    astroPeakMB: over(builds, (b) => b.memory.nodeBytes / MB),
    pagefindPeakMB: over(builds, (b) => b.memory.pagefindBytes / MB),
    totalPeakMB: over(builds, (b) => b.memory.totalBytes / MB),
    pagesPerSecond: over(builds, (b) => b.log.pages / seconds(b)),
    pages: last.log.pages,
    distMB: m.distBytes / MB,
    searchIndexMB: m.indexBytes / MB,
    coldSearchMs: m.search.cold,
    linkSearchMs: m.search.link,
    warmSearchMs: m.search.warm,
    searchByKind: m.searchByKind,
    publish: publishResult(m.runs),
    ...(m.trial ? { prerenderTrial: prerenderTrial(m.trial) } : {}),
    articleFirstViewGzipKB: m.firstView.bytes / 1024,
    articleFirstViewFiles: m.firstView.files,
  };
}
