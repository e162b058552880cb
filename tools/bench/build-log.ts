/**
 * What a build's log says it did and where its time went: the lines `npm run build` prints
 * (src/integrations/build-state.ts, src/integrations/pagefind.ts, the content loader, Astro's
 * own, and Astro's `--timings` report when asked). The bench keeps these beside its own clock.
 */

/** One phase of Astro's `--timings` report ("Build phases"): nested ones named "parent › child". */
export interface BuildPhase {
  name: string;
  seconds: number;
}

export interface BuildLog {
  /** Why the build started cold ("no earlier build", "BUILD_CACHE=off", …); undefined when it reused the last build. */
  coldReason: string | undefined;
  articles: number;
  /** Articles whose files were parsed again (new or changed since the last build). */
  readAnew: number;
  /** Pages Astro reports ("N page(s) built"), and its own total for them. */
  pages: number;
  astroSeconds: number;
  /** Pages Astro kept from its incremental cache, and pages it rendered. */
  keptPages: number;
  renderedPages: number;
  shards: number;
  shardsReused: number;
  /** The indexing process's time (beside Astro's), and how long Astro waited for it at the end. */
  indexSeconds: number;
  waitedSeconds: number;
  cpu: { indexing: number; pagefind: number };
  /** Files of the last build that this one did not write, removed. */
  removedFiles: number;
  /** Astro's `--timings` phases; empty when the build was not asked for them. */
  phases: BuildPhase[];
}

const number = (pattern: RegExp, text: string): number => Number(pattern.exec(text)?.[1] ?? NaN);

/** Astro's durations: "402ms", "3.86s", "2m 5s". */
export function durationSeconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const ms = /^([\d.]+)ms$/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  const s = /^([\d.]+)s$/.exec(text);
  if (s) return Number(s[1]);
  return NaN;
}

/** Terminal colours, which Astro adds when it thinks the output is a terminal. */
const plain = (text: string): string => text.replace(/\u001b\[[\d;]*m/g, '');

/** The "Build phases" section of Astro's --timings report. */
function buildPhases(log: string): BuildPhase[] {
  const section = /\nBuild phases\n([\s\S]*?)(?:\n\n|\n?$)/.exec(log)?.[1] ?? '';
  const phases: BuildPhase[] = [];
  const parents: string[] = [];
  for (const line of section.split('\n')) {
    const row = /^ {2}( *)(\S.*?)\s{2,}(\d+m \d+s|[\d.]+m?s)\s/.exec(line);
    if (!row) continue;
    const depth = row[1]!.length / 2;
    parents.length = depth;
    phases.push({ name: [...parents, row[2]!].join(' › '), seconds: durationSeconds(row[3]!) });
    parents.push(row[2]!);
  }
  return phases;
}

export function parseBuildLog(output: string): BuildLog {
  const log = plain(output);
  const routes = [...log.matchAll(/^\S* +[├└]─ \S.* \((cached|restored|\+\d+ms)\)\s*$/gm)];
  const kept = routes.filter((m) => !m[1]!.startsWith('+')).length;
  const shards = /\((\d+) shard\(s\), (\d+) reused\)/.exec(log);
  return {
    coldReason: /a cold build: ([^\n]+)/.exec(log)?.[1]?.trim(),
    articles: number(/(\d+) articles from .* \(\d+ read anew\)/, log),
    readAnew: number(/\d+ articles from .* \((\d+) read anew\)/, log),
    pages: number(/(\d+) page\(s\) built in/, log),
    astroSeconds: durationSeconds(/page\(s\) built in (\d+m \d+s|\S+)/.exec(log)?.[1] ?? ''),
    keptPages: kept,
    renderedPages: routes.length - kept,
    shards: Number(shards?.[1] ?? NaN),
    shardsReused: Number(shards?.[2] ?? NaN),
    indexSeconds: number(/indexed \d+ pages in (\d+) ms/, log) / 1000,
    waitedSeconds: number(/waited (\d+) ms for the search index/, log) / 1000,
    cpu: {
      indexing: number(/CPU: indexing ([\d.]+) s/, log),
      pagefind: number(/CPU: indexing [\d.]+ s, Pagefind ([\d.]+) s/, log),
    },
    removedFiles: number(/removed (\d+) file\(s\) the last build left/, log) || 0,
    phases: buildPhases(log),
  };
}
