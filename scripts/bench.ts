/**
 * npm run bench [-- --size N] [--runs R]
 * Builds the real site over synthetic archives (1,000 and 10,000 articles by default) in the
 * OS temp folder and measures build time and memory (Astro and Pagefind apart), output size,
 * search speed in Chromium and the article page's first-view weight. Writes bench/results.json
 * and prints a Markdown table.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readArticleFiles } from '../src/lib/article-files.ts';
import { builtFiles } from '../src/lib/deploy/built-site.ts';
import { sentences } from '../src/lib/ingest/conserve.ts';
import { markdownToText } from '../src/lib/markdown.ts';
import { benchBuildEnv } from '../src/lib/bench/build-env.ts';
import { syntheticArticle } from '../src/lib/bench/synthetic.ts';
import { watchMemory, type MemoryPeaks } from '../src/lib/bench/process-memory.ts';
import { formatSpread, spread, type Spread } from '../src/lib/bench/stats.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/serve.ts';
import { msToFirstResult } from '../tests/helpers/search-timing.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
    'search-runs': { type: 'string', default: '5' },
  },
});
const sizes = values.size?.length ? values.size.map(Number) : [1000, 10000];
const runs = Number(values.runs);
const searchRuns = Number(values['search-runs']);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || !(searchRuns >= 1)) {
  console.error('Usage: npm run bench -- [--size N ...] [--runs R] [--search-runs S]');
  process.exit(2);
}

const WORK = join(tmpdir(), 'news-archive-bench');
const GENERATOR_VERSION = 2;
const MB = 1024 * 1024;

/** Real sentences from the committed articles, mixed into the synthetic text. */
function corpus(): string[] {
  // The committed folder itself, whatever CONTENT_DIR says.
  return Array.from(readArticleFiles(resolve('content/articles')), ({ body }) =>
    sentences(markdownToText(body)),
  ).flat();
}

function ensureArchive(size: number): string {
  const dir = join(WORK, `content-${size}-v${GENERATOR_VERSION}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sentencesFromSite = corpus();
  for (let i = 0; i < size; i++) {
    const { fileName, text } = syntheticArticle(i, sentencesFromSite);
    writeFileSync(join(dir, fileName), text);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

interface BuildRun {
  wallMs: number;
  pagefindMs: number;
  pages: number;
  memory: MemoryPeaks;
  outDir: string;
}

function build(contentDir: string, outDir: string): Promise<BuildRun> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn('astro', ['build'], {
      env: benchBuildEnv(contentDir, outDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const peaks = memory.stop();
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${output.slice(-3000)}`));
      const indexed = /indexed (\d+) pages in (\d+) ms/.exec(output);
      const built = /(\d+) page\(s\) built/.exec(output);
      resolvePromise({
        wallMs,
        pagefindMs: Number(indexed?.[2] ?? NaN),
        pages: Number(built?.[1] ?? NaN),
        memory: peaks,
        outDir,
      });
    });
  });
}

function folderBytes(dir: string): number {
  return builtFiles(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

/** A script and every module it imports statically (not import(), which loads later), once each. */
function withStaticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imported = [...code.matchAll(/\bimport\s*(?:[^"'`()]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)].map((m) =>
    join(dirname(file), m[1]!),
  );
  return [file, ...imported.flatMap((f) => withStaticImports(f, seen))];
}

/** HTML + CSS + JS of an article page's first view, gzipped as a static host would (level 6). */
function articleFirstViewGzip(distDir: string): { bytes: number; files: string[] } {
  const articles = readdirSync(join(distDir, 'articles'));
  const htmlPath = join(distDir, 'articles', articles[0]!, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((a) => !a.includes('pagefind'))
    .map((a) => join(distDir, a.replace(/^\/+/, '')));
  const seen = new Set<string>();
  const files = [htmlPath, ...assets.flatMap((a) => (a.endsWith('.js') ? withStaticImports(a, seen) : [a]))];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 6 }).length, 0);
  return { bytes, files: files.map((f) => f.slice(distDir.length)) };
}

const QUERIES = ['知识产权', '营商环境', '杭州', '科技创新', '乡村振兴', '数字经济', '张雁云', '生态环境'];

/**
 * Cold: a new browser profile loads /search/ and waits until the page has settled (it loads
 * Pagefind as it does for every visitor), then a query is submitted: timed from submit to the
 * first result. Link: a new profile opens /search/?q=…, timed from the start of navigation.
 * Warm: a further query on the same page.
 */
async function measureSearch(distDir: string): Promise<{ cold: Spread; link: Spread; warm: Spread }> {
  const server = await serveStatic(distDir);
  const cold: number[] = [];
  const link: number[] = [];
  const warm: number[] = [];
  try {
    for (let i = 0; i < searchRuns; i++) {
      const browser = await launchChromium(); // a new, empty profile each time: nothing cached
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
        cold.push(await msToFirstResult(page, QUERIES[i % QUERIES.length]!));
        warm.push(await msToFirstResult(page, QUERIES[(i + 3) % QUERIES.length]!));
      } finally {
        await browser.close();
      }
      const fresh = await launchChromium();
      try {
        const page = await fresh.newPage();
        await page.goto(`${server.url}search/?q=${encodeURIComponent(QUERIES[(i + 5) % QUERIES.length]!)}`, {
          waitUntil: 'domcontentloaded',
        });
        link.push(await msToFirstResult(page));
      } finally {
        await fresh.close();
      }
    }
  } finally {
    await server.close();
  }
  return { cold: spread(cold), link: spread(link), warm: spread(warm) };
}

interface SizeResult {
  size: number;
  runs: number;
  buildSeconds: Spread;
  astroSeconds: Spread;
  pagefindSeconds: Spread;
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
  articleFirstViewGzipKB: number;
  /** What the first view counted: the page, its stylesheet, its scripts and their static imports. */
  articleFirstViewFiles: string[];
}

const results: SizeResult[] = [];
for (const size of sizes) {
  const contentDir = ensureArchive(size);
  const builds: BuildRun[] = [];
  for (let r = 0; r < runs; r++) {
    const outDir = join(WORK, `dist-${size}-${Date.now()}`); // fresh folder: no deletes before a build
    const run = await build(contentDir, outDir);
    console.error(
      `size ${size} run ${r + 1}: ${(run.wallMs / 1000).toFixed(1)} s, pagefind ${(run.pagefindMs / 1000).toFixed(1)} s, node ${(run.memory.nodeBytes / MB).toFixed(0)} MB, pagefind ${(run.memory.pagefindBytes / MB).toFixed(0)} MB`,
    );
    builds.push(run);
  }
  const last = builds[builds.length - 1]!;
  const search = await measureSearch(last.outDir);
  const firstView = articleFirstViewGzip(last.outDir);
  results.push({
    size,
    runs,
    buildSeconds: spread(builds.map((b) => b.wallMs / 1000)),
    astroSeconds: spread(builds.map((b) => (b.wallMs - b.pagefindMs) / 1000)),
    pagefindSeconds: spread(builds.map((b) => b.pagefindMs / 1000)),
    astroPeakMB: spread(builds.map((b) => b.memory.nodeBytes / MB)),
    pagefindPeakMB: spread(builds.map((b) => b.memory.pagefindBytes / MB)),
    totalPeakMB: spread(builds.map((b) => b.memory.totalBytes / MB)),
    pagesPerSecond: spread(builds.map((b) => b.pages / (b.wallMs / 1000))),
    pages: last.pages,
    distMB: folderBytes(last.outDir) / MB,
    searchIndexMB: folderBytes(join(last.outDir, 'pagefind')) / MB,
    coldSearchMs: search.cold,
    linkSearchMs: search.link,
    warmSearchMs: search.warm,
    articleFirstViewGzipKB: firstView.bytes / 1024,
    articleFirstViewFiles: firstView.files,
  });
  for (const b of builds) rmSync(b.outDir, { recursive: true, force: true });
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
};
mkdirSync('bench', { recursive: true });
writeFileSync(
  resolve('bench/results.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2) + '\n',
);

const rows = results.map((r) =>
  [
    r.size.toLocaleString('en'),
    formatSpread(r.buildSeconds, 's', 1),
    formatSpread(r.astroSeconds, 's', 1),
    formatSpread(r.pagefindSeconds, 's', 1),
    formatSpread(r.astroPeakMB, 'MB'),
    formatSpread(r.pagefindPeakMB, 'MB'),
    formatSpread(r.totalPeakMB, 'MB'),
    formatSpread(r.pagesPerSecond, '/s'),
    `${r.distMB.toFixed(1)} MB`,
    `${r.searchIndexMB.toFixed(1)} MB`,
    formatSpread(r.coldSearchMs, 'ms'),
    formatSpread(r.linkSearchMs, 'ms'),
    formatSpread(r.warmSearchMs, 'ms'),
    `${r.articleFirstViewGzipKB.toFixed(1)} KB`,
  ].join(' | '),
);
console.log(
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}; median of ${runs} build(s) and ${searchRuns} search run(s) (min–max)\n`,
);
console.log(
  '| articles | build | Astro | Pagefind | Astro peak | Pagefind peak | total peak | pages/s | dist/ | index | cold search | search link | warm search | article first view (gzip) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);

/** The budgets of issue 7, for the sizes they are set at. */
const budgets = results.flatMap((r) => [
  { size: r.size, what: 'article first view', value: r.articleFirstViewGzipKB, limit: 12, unit: 'KB gzip' },
  ...(r.size === 10000
    ? [
        { size: r.size, what: 'build', value: r.buildSeconds.median, limit: 45, unit: 's' },
        { size: r.size, what: 'total peak memory', value: r.totalPeakMB.median, limit: 2048, unit: 'MB' },
        { size: r.size, what: 'cold search', value: r.coldSearchMs.median, limit: 300, unit: 'ms' },
      ]
    : []),
]);
console.log('');
for (const b of budgets) {
  const verdict = b.value <= b.limit ? 'within' : 'OVER';
  console.log(
    `${b.size.toLocaleString('en')} articles: ${b.what} ${b.value.toFixed(1)} ${b.unit} (budget ${b.limit}): ${verdict}`,
  );
}
