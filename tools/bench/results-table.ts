/**
 * The benchmark tables of docs/performance.md, written from bench/results.json, so that the
 * figures in the docs are always the ones measured last (never copied by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { formatSpread, type Spread } from './stats.ts';

/** One archive size, as `npm run bench` writes it to bench/results.json. */
export interface SizeResult {
  size: number;
  runs: number;
  buildSeconds: Spread;
  /** The plain-Astro anchor over the same content, built run by run beside the site (--anchor). */
  anchorSeconds?: Spread;
  /** The anchor's CPU seconds (user + system), every process of its build. */
  anchorCpuSeconds?: Spread;
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
  articleFirstViewGzipKB: number;
  /** What the first view counted: the page, its stylesheet, its scripts and their static imports. */
  articleFirstViewFiles: string[];
}

export interface SearchKindResult {
  kind: string;
  query: string;
  linkMs: Spread;
  typedMs: Spread;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string };
  results: SizeResult[];
}

export interface Budget {
  size: number;
  what: string;
  value: number;
  limit: number;
  unit: string;
}

/** The budgets set for the archive (issue 7): the article's first view at every size, the rest at 10,000. */
export function budgetsOf(results: readonly SizeResult[]): Budget[] {
  return results.flatMap((r) => [
    { size: r.size, what: 'article first view', value: r.articleFirstViewGzipKB, limit: 12, unit: 'KB gzip' },
    ...(r.size === 10000
      ? [
          { size: r.size, what: 'build', value: r.buildSeconds.median, limit: 45, unit: 's' },
          { size: r.size, what: 'total peak memory', value: r.totalPeakMB.median, limit: 2048, unit: 'MB' },
          { size: r.size, what: 'cold search', value: r.coldSearchMs.median, limit: 300, unit: 'ms' },
        ]
      : []),
  ]);
}

export function budgetLine(b: Budget): string {
  const verdict = b.value <= b.limit ? 'within' : 'OVER';
  return `${b.size.toLocaleString('en')} articles: ${b.what} ${b.value.toFixed(1)} ${b.unit} (budget ${b.limit}): ${verdict}`;
}

const HEADER = [
  'articles',
  'build',
  'plain-Astro anchor',
  'Astro (less the wait for the index)',
  'Pagefind (indexing, beside Astro)',
  'Astro peak',
  'Pagefind peak',
  'total peak',
  'pages/s',
  'dist/',
  'index',
  'cold search',
  'search link',
  'warm search',
  'article first view (gzip)',
];

/** A Markdown table's lines: the header, its rule, one line per row. */
const markdownTable = (header: readonly string[], rows: readonly string[][]): string[] =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);

function row(r: SizeResult): string[] {
  return [
    r.size.toLocaleString('en'),
    formatSpread(r.buildSeconds, 's', 1),
    r.anchorSeconds
      ? `${formatSpread(r.anchorSeconds, 's', 1)}; build ÷ anchor ${(r.buildSeconds.median / r.anchorSeconds.median).toFixed(2)}×`
      : '–',
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
  ];
}

/**
 * Each kind of query at each size, and the largest size over 10,000 (the test: search as
 * fast at 100,000 as at 10,000, within 1.25×).
 */
function kindsTable(results: readonly SizeResult[]): string[] {
  const sized = results.filter((r) => r.searchByKind?.length);
  if (sized.length === 0) return [];
  const base = sized.find((r) => r.size === 10000);
  const top = sized.at(-1)!;
  const ratio = base && top !== base;
  const sizeName = (r: SizeResult) => r.size.toLocaleString('en');
  const header = [
    'query',
    ...sized.map((r) => `link ${sizeName(r)}`),
    ...(ratio ? [`link ${sizeName(top)} ÷ 10,000`] : []),
    ...sized.map((r) => `typed ${sizeName(r)}`),
    ...(ratio ? [`typed ${sizeName(top)} ÷ 10,000`] : []),
  ];
  const rows = top.searchByKind!.map(({ kind }) => {
    const of = (r: SizeResult) => r.searchByKind!.find((k) => k.kind === kind)!;
    const times = (key: 'linkMs' | 'typedMs') => [
      ...sized.map((r) => formatSpread(of(r)[key], 'ms')),
      ...(ratio ? [`${(of(top)[key].median / of(base)[key].median).toFixed(2)}×`] : []),
    ];
    // Each size's own query: the rare identifier is each archive's oldest article's.
    const queries = [...new Set(sized.map((r) => of(r).query))].join(' / ');
    return [`${kind}: ${queries}`, ...times('linkMs'), ...times('typedMs')];
  });
  return [
    '',
    'First result by kind of query (new browser profile each run):',
    '',
    ...markdownTable(header, rows),
  ];
}

/** Where the build's CPU time goes, beside the anchor's: what bounds the build on two cores. */
function cpuTable(results: readonly SizeResult[]): string[] {
  const measured = results.filter((r) => r.cpuSeconds);
  if (measured.length === 0) return [];
  const header = [
    'articles',
    'build CPU',
    'Astro',
    'indexing (own code)',
    "Pagefind's binary",
    'plain-Astro anchor CPU',
    'build CPU ÷ anchor CPU',
  ];
  const rows = measured.map((r) => {
    const cpu = r.cpuSeconds!;
    return [
      r.size.toLocaleString('en'),
      formatSpread(cpu.build, 's', 1),
      formatSpread(cpu.astro, 's', 1),
      formatSpread(cpu.indexing, 's', 1),
      formatSpread(cpu.pagefind, 's', 1),
      r.anchorCpuSeconds ? formatSpread(r.anchorCpuSeconds, 's', 1) : '–',
      r.anchorCpuSeconds ? `${(cpu.build.median / r.anchorCpuSeconds.median).toFixed(2)}×` : '–',
    ];
  });
  return [
    '',
    'CPU time of the build (user + system, all its processes; on two cores a build takes at least half its CPU time):',
    '',
    ...markdownTable(header, rows),
  ];
}

/** The machine line, the Markdown table and the budget lines of one bench run. */
export function benchReport(bench: BenchResults): string {
  const { machine } = bench;
  const runs = [...new Set(bench.results.map((r) => r.runs))].join('/');
  const table = markdownTable(HEADER, bench.results.map(row));
  return [
    `Measured ${bench.date.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}; median of ${runs} build(s), min–max in brackets.`,
    '',
    ...table,
    ...cpuTable(bench.results),
    ...kindsTable(bench.results),
    '',
    ...budgetsOf(bench.results).map((b) => `- ${budgetLine(b)}`),
  ].join('\n');
}

export const TABLE_START = '<!-- bench-table:start -->';
export const TABLE_END = '<!-- bench-table:end -->';

/** The document with the text between the bench-table markers replaced by `report`. */
export function withBenchReport(doc: string, report: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`the document has no ${TABLE_START} … ${TABLE_END} block to write the figures into`);
  return `${doc.slice(0, start + TABLE_START.length)}\n${report}\n${doc.slice(end)}`;
}

export const RESULTS_FILE = 'bench/results.json';
export const PERFORMANCE_DOC = 'docs/performance.md';

/** docs/performance.md with the figures of `bench`, formatted as Prettier would (npm test checks it). */
export async function benchDoc(doc: string, bench: BenchResults, docPath = PERFORMANCE_DOC): Promise<string> {
  const options = (await prettier.resolveConfig(docPath)) ?? {};
  return prettier.format(withBenchReport(doc, benchReport(bench)), { ...options, filepath: docPath });
}

/** Rewrites the figures in docs/performance.md from bench/results.json; returns whether they changed. */
export async function writeBenchDoc(resultsFile = RESULTS_FILE, docPath = PERFORMANCE_DOC): Promise<boolean> {
  const bench = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults;
  const before = readFileSync(docPath, 'utf8');
  const after = await benchDoc(before, bench, docPath);
  if (after !== before) writeFileSync(docPath, after);
  return after !== before;
}
