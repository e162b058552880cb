/**
 * npm run bench:site [-- --size N] [--runs R] [--large-runs R] [--search-runs S] [--keep]
 *   [--anchor path/to/run.sh] [--anchor-up-to N] [--prerender-workers W]   (also: npm run bench)
 * Builds the real site over synthetic archives (1,000 and 10,000 articles by default) in the OS
 * temp folder: each run a cold build into a fresh folder, then one new article published and the
 * build run again into it. Measures build and publish time, memory and CPU, output size, search
 * in Chromium (on the site and, with --anchor, on Pagefind's stock UI over the Astro + Pagefind
 * CLI anchor built from the same content) and the article page's first-view weight. Writes
 * bench/results.json, the tables of docs/performance.md, and prints them.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCacheDir } from '../src/build-tools/build-state.ts';
import { writeSyntheticArchive } from '../tools/archive/synthetic.ts';
import { buildAnchor, type AnchorRun } from '../tools/bench/anchor.ts';
import { articleFirstViewGzip, folderBytes } from '../tools/bench/first-view.ts';
import { queryKinds } from '../tools/bench/query-kinds.ts';
import type { BenchResults, SizeResult } from '../tools/bench/results.ts';
import { benchReport, PERFORMANCE_DOC, RESULTS_FILE, writeBenchDoc } from '../tools/bench/results-table.ts';
import { measureKinds, measureSearch } from '../tools/bench/search-bench.ts';
import { coldThenPublish, removeBuild, type PublishRun } from '../tools/bench/site-build.ts';
import { sizeResult } from '../tools/bench/size-result.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
    /** Runs of each size over 10,000 (a cold build and a publish take about 15 minutes at 100,000). */
    'large-runs': { type: 'string' },
    'search-runs': { type: 'string', default: '5' },
    /** Keeps each size's last build (its folders are printed), to look at or search by hand. */
    keep: { type: 'boolean', default: false },
    /** Also builds the Astro + Pagefind CLI anchor over the same content (../shared/anchors/astro-minimal/run.sh), run by run. */
    anchor: { type: 'string' },
    /** The largest size the anchor is built at: Pagefind's CLI took 4.6 GB at 10,000 articles. */
    'anchor-up-to': { type: 'string', default: '10000' },
    /** Also builds every run with PRERENDER_WORKERS=W (Astro's experimental.parallelPrerender), side by side. */
    'prerender-workers': { type: 'string' },
  },
});
const sizes = values.size?.length ? values.size.map(Number) : [1000, 10000];
const runs = Number(values.runs);
const searchRuns = Number(values['search-runs']);
const anchorUpTo = Number(values['anchor-up-to']);
const workers = values['prerender-workers'] === undefined ? undefined : Number(values['prerender-workers']);
const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1);
if (![...sizes, runs, searchRuns, anchorUpTo, workers].every(whole)) {
  console.error(
    'Usage: npm run bench:site -- [--size N ...] [--runs R] [--search-runs S] [--anchor run.sh] [--anchor-up-to N] [--prerender-workers W]',
  );
  process.exit(2);
}

const WORK = join(tmpdir(), 'news-archive-bench');
const GENERATOR_VERSION = 3;
const MB = 1024 * 1024;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The generated archive of `size` articles, written once and reused by every run and later benches; never written into. */
function ensureArchive(size: number): string {
  const dir = join(WORK, `content-${size}-v${GENERATOR_VERSION}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  writeSyntheticArchive(dir, size);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

function report(size: number, r: number, label: string, run: PublishRun): void {
  const { cold, publish } = run;
  const log = publish.log;
  console.error(
    `size ${size} run ${r + 1}${label}: cold ${s(cold.wallMs)} (node ${(cold.memory.nodeBytes / MB).toFixed(0)} MB, pagefind ${(cold.memory.pagefindBytes / MB).toFixed(0)} MB, CPU ${cold.cpu.toFixed(1)} s); ` +
      `publish ${s(publish.wallMs)} = ${((100 * publish.wallMs) / cold.wallMs).toFixed(1)} % (${log.readAnew} read anew, ${log.keptPages} pages kept, ${log.renderedPages} rendered, ${log.shardsReused} of ${log.shards} shards reused)`,
  );
}

const anchorLine = (a: AnchorRun) =>
  `astro ${a.astro.seconds} s ${a.astro.peakMB} MB` +
  (a.pagefind ? ` + pagefind ${a.pagefind.seconds} s ${a.pagefind.peakMB} MB` : '') +
  `, CPU ${a.cpu.toFixed(1)} s`;

/** A folder the bench made, with the build's cache folder when it holds a site build (work/dist). */
function removeWork(dir: string): void {
  removeBuild(join(dir, 'dist'));
  rmSync(dir, { recursive: true, force: true });
}

async function benchSize(size: number): Promise<SizeResult> {
  const archive = ensureArchive(size);
  const kinds = queryKinds(archive);
  const sizeRuns = size > 10_000 ? Number(values['large-runs'] ?? runs) : runs;
  const main: PublishRun[] = [];
  const trial: PublishRun[] = [];
  const anchors: AnchorRun[] = [];
  // Every folder made, removed once the size is done (deleting thousands of files slows file
  // creation on this disk for a while, and the next build comes right after) or when it fails.
  const made: string[] = [];
  const kept = new Set<string>();
  let stock: string | undefined;
  try {
    for (let r = 0; r < sizeRuns; r++) {
      if (values.anchor && size <= anchorUpTo) {
        stock = join(WORK, `anchor-${size}-${Date.now()}`);
        made.push(stock);
        anchors.push(await buildAnchor(resolve(values.anchor), archive, stock, { pagefind: true }));
        console.error(`size ${size} run ${r + 1}: anchor ${anchorLine(anchors.at(-1)!)}`);
      }
      for (const w of workers ? [undefined, workers] : [undefined]) {
        const workDir = join(WORK, `site-${size}-${w ? `workers-${w}` : 'main'}-${Date.now()}`);
        made.push(workDir);
        // The last run profiles one more publish (Astro's --timings report), untimed.
        const profile = !w && r === sizeRuns - 1;
        const run = await coldThenPublish(archive, workDir, { prerenderWorkers: w, profile });
        (w ? trial : main).push(run);
        report(size, r, w ? ` (${w} prerender workers)` : '', run);
      }
    }
    const last = main.at(-1)!;
    // What one build holds on disk until the size is done: output and cache folder.
    const [outMB, cacheMB] = [last.outDir, buildCacheDir(process.cwd(), last.outDir)].map(
      (d) => folderBytes(d) / MB,
    );
    const searchStarted = performance.now();
    const search = await measureSearch(last.outDir);
    const searchByKind = await measureKinds(kinds, searchRuns, last.outDir, stock);
    console.error(
      `size ${size}: searches timed in ${s(performance.now() - searchStarted)}; each build held ${outMB!.toFixed(0)} MB of output and ${cacheMB!.toFixed(0)} MB of cache`,
    );
    if (values.keep) {
      for (const dir of [dirname(last.outDir), stock]) if (dir) kept.add(dir);
      console.error(`size ${size}: kept ${[...kept].join(' and ')}`);
    }
    return sizeResult({
      size,
      runs: main,
      ...(workers ? { trial: { workers, runs: trial } } : {}),
      anchors,
      search,
      searchByKind,
      firstView: articleFirstViewGzip(last.outDir),
      distBytes: folderBytes(last.outDir),
      indexBytes: folderBytes(join(last.outDir, 'pagefind')),
    });
  } finally {
    for (const dir of made) if (!kept.has(dir)) removeWork(dir);
  }
}

const machineFacts = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
});

const results: SizeResult[] = [];
for (const size of sizes) {
  results.push(await benchSize(size));
  // Each size as it is done: a later size that fails keeps the earlier ones' figures.
  writeFileSync(
    `${RESULTS_FILE}.partial`,
    JSON.stringify({ date: new Date().toISOString(), machine: machineFacts(), results }, null, 2) + '\n',
  );
}

mkdirSync('bench', { recursive: true });
const bench: BenchResults = { date: new Date().toISOString(), machine: machineFacts(), results };
writeFileSync(resolve(RESULTS_FILE), JSON.stringify(bench, null, 2) + '\n');
rmSync(`${RESULTS_FILE}.partial`, { force: true });
await writeBenchDoc();

console.log(benchReport(bench));
console.log(`\n${RESULTS_FILE} written; ${PERFORMANCE_DOC} updated from it.`);
