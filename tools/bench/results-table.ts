/**
 * The benchmark tables of docs/performance.md, written from bench/results.json, so that the
 * figures in the docs are always the ones measured last (never copied by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { anchorTable, prerenderTable, publishTables, stockTables } from './comparison-tables.ts';
import { markdownTable, ratio, sizeName } from './markdown-table.ts';
import type { BenchResults, SizeResult } from './results.ts';
import { formatSpread } from './stats.ts';

export interface Budget {
  size: number;
  what: string;
  value: number;
  limit: number;
  unit: string;
  /** Decimals of the value; 1 when absent. */
  digits?: number;
}

/**
 * The budgets set for the archive: the article's first view at every size, the rest at 10,000;
 * from 10,000 up, publishing within 10 % of a cold build and the cold build within 0.66× the
 * Astro + Pagefind CLI anchor, where measured.
 */
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
    ...(r.size >= 10000 && r.publish
      ? [
          {
            size: r.size,
            what: 'publish',
            value: r.publish.ofCold.median * 100,
            limit: 10,
            unit: '% of a cold build',
          },
        ]
      : []),
    ...(r.size >= 10000 && r.pagefindAnchor
      ? [
          {
            size: r.size,
            what: 'cold build ÷ Astro and Pagefind CLI anchor',
            value: r.buildSeconds.median / r.pagefindAnchor.seconds.median,
            limit: 0.66,
            unit: '×',
            digits: 2,
          },
        ]
      : []),
  ]);
}

export function budgetLine(b: Budget): string {
  const verdict = b.value <= b.limit ? 'within' : 'OVER';
  return `${b.size.toLocaleString('en')} articles: ${b.what} ${b.value.toFixed(b.digits ?? 1)} ${b.unit} (budget ${b.limit}): ${verdict}`;
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
  const compared = base && top !== base;
  const header = [
    'query',
    ...sized.map((r) => `link ${sizeName(r)}`),
    ...(compared ? [`link ${sizeName(top)} ÷ 10,000`] : []),
    ...sized.map((r) => `typed ${sizeName(r)}`),
    ...(compared ? [`typed ${sizeName(top)} ÷ 10,000`] : []),
  ];
  const rows = top.searchByKind!.map(({ kind }) => {
    // A kind an archive has no query for (too small for a number that prefixes others) is left blank.
    const of = (r: SizeResult) => r.searchByKind!.find((k) => k.kind === kind);
    const times = (key: 'linkMs' | 'typedMs') => {
      const [atTop, atBase] = [of(top), base && of(base)];
      return [
        ...sized.map((r) => {
          const measured = of(r);
          return measured ? formatSpread(measured[key], 'ms') : '–';
        }),
        ...(compared ? [atTop && atBase ? ratio(atTop[key], atBase[key]) : '–'] : []),
      ];
    };
    // Each size's own query: the rare identifier is each archive's oldest article's.
    const queries = [...new Set(sized.flatMap((r) => of(r)?.query ?? []))].join(' / ');
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
  // Older results measured the anchor without Pagefind; newer ones with its CLI.
  const anchors = [
    { name: 'plain-Astro anchor CPU', of: (r: SizeResult) => r.anchorCpuSeconds },
    { name: 'Astro + Pagefind CLI anchor CPU', of: (r: SizeResult) => r.pagefindAnchor?.cpuSeconds },
  ].filter((anchor) => measured.some((r) => anchor.of(r)));
  const header = [
    'articles',
    'build CPU',
    'Astro',
    'indexing (own code)',
    "Pagefind's binary",
    ...anchors.flatMap((anchor) => [anchor.name, `build CPU ÷ ${anchor.name}`]),
  ];
  const rows = measured.map((r) => {
    const cpu = r.cpuSeconds!;
    return [
      r.size.toLocaleString('en'),
      formatSpread(cpu.build, 's', 1),
      formatSpread(cpu.astro, 's', 1),
      formatSpread(cpu.indexing, 's', 1),
      formatSpread(cpu.pagefind, 's', 1),
      ...anchors.flatMap((anchor) => {
        const of = anchor.of(r);
        return of ? [formatSpread(of, 's', 1), ratio(cpu.build, of)] : ['–', '–'];
      }),
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
    ...publishTables(bench.results),
    ...anchorTable(bench.results),
    ...prerenderTable(bench.results),
    ...kindsTable(bench.results),
    ...stockTables(bench.results),
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
