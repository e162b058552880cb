/**
 * The bench tables that compare: publishing against the cold build, the cold build against the
 * Astro + Pagefind CLI anchor, search against Pagefind's stock UI, and Astro's parallel
 * prerendering against rendering in its own process. Each table is left out when its results
 * hold nothing for it.
 */
import { captioned, ratio, sizeName } from './markdown-table.ts';
import type { PublishResult, SearchKindResult, SearchTiming, SizeResult, TransferSpread } from './results.ts';
import { formatSpread, type Spread } from './stats.ts';

const seconds = (s: Spread): string => formatSpread(s, 's', 1);
const scaled = (s: Spread, by: number): Spread => ({
  ...s,
  median: s.median * by,
  min: s.min * by,
  max: s.max * by,
});

/** Publish time beside the cold build, what the publish reused, and where its time went. */
export function publishTables(results: readonly SizeResult[]): string[] {
  const measured = results.filter((r) => r.publish);
  const rows = measured.map((r) => {
    const { seconds: publish, ofCold, log } = r.publish!;
    return [
      sizeName(r),
      seconds(r.buildSeconds),
      seconds(publish),
      formatSpread(scaled(ofCold, 100), '%', 1),
      `${log.readAnew} of ${log.articles.toLocaleString('en')}`,
      `${log.keptPages.toLocaleString('en')} / ${log.renderedPages.toLocaleString('en')}`,
      `${log.shardsReused} of ${log.shards}`,
      String(log.removedFiles),
    ];
  });
  // Phases in the order Astro reports them, each size's in its own column.
  const profiled = measured.filter((r) => r.publish!.profile);
  const names = [...new Set(profiled.flatMap((r) => r.publish!.profile!.phases.map((p) => p.name)))];
  const cell = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)} s`);
  const row = (
    name: string,
    value: (profile: NonNullable<PublishResult['profile']>) => number | undefined,
  ) => [name, ...profiled.map((r) => cell(value(r.publish!.profile!)))];
  const phaseRows = names.length
    ? [
        ...names.map((name) => row(name, (p) => p.phases.find((phase) => phase.name === name)?.seconds)),
        row("Astro's total", (p) => p.astroSeconds),
        row('indexing (its own process, beside Astro)', (p) => p.indexSeconds),
        row('Astro waiting for the index', (p) => p.waitedSeconds),
        row('the whole build (`npm run build -- --timings`)', (p) => p.seconds),
      ]
    : [];
  return [
    ...captioned(
      'Publishing one new article into the cold build’s folder (`npm run build` again; the line: ≤ 10 % of a cold build, the goal 5 %), and what its log says it reused:',
      [
        'articles',
        'cold build',
        'publish',
        'publish ÷ cold',
        'articles read anew',
        'pages kept / rendered',
        'search shards reused',
        'files removed',
      ],
      rows,
    ),
    ...captioned(
      "Where a publish build's time goes: one more article published after the last run's, built with Astro's `--timings` report (its phases, nested ones under theirs):",
      ['phase', ...profiled.map((r) => sizeName(r))],
      phaseRows,
    ),
  ];
}

/** The cold build beside Astro + Pagefind's CLI over the same content. */
export function anchorTable(results: readonly SizeResult[]): string[] {
  const rows = results
    .filter((r) => r.pagefindAnchor)
    .map((r) => {
      const anchor = r.pagefindAnchor!;
      return [
        sizeName(r),
        seconds(r.buildSeconds),
        formatSpread(r.totalPeakMB, 'MB'),
        seconds(anchor.seconds),
        seconds(anchor.astroSeconds),
        seconds(anchor.pagefindSeconds),
        formatSpread(anchor.peakMB, 'MB'),
        ratio(r.buildSeconds, anchor.seconds),
        ratio(r.totalPeakMB, anchor.peakMB),
      ];
    });
  return captioned(
    'The cold build beside the Astro + Pagefind CLI anchor on the same content (the line: the cold build ≤ 0.66× the anchor):',
    [
      'articles',
      'cold build',
      'its peak',
      'anchor: Astro + Pagefind CLI',
      'its Astro',
      'its Pagefind',
      'its peak',
      'cold build ÷ anchor',
      'peak ÷ anchor peak',
    ],
    rows,
  );
}

const timing = (t: SearchTiming, key: 'linkMs' | 'typedMs'): string =>
  `${formatSpread(t[key], 'ms')}${t.found ? '' : ' (none found)'}`;
const transfer = (t: TransferSpread | undefined): string =>
  t ? `${t.requests.median} req, ${t.kB.median.toFixed(0)} KB` : '–';

/** Each kind of query on the site and on the stock UI, one pair of tables per size measured with both. */
export function stockTables(results: readonly SizeResult[]): string[] {
  return results.flatMap((r) => {
    const kinds = (r.searchByKind ?? []).filter(
      (k): k is SearchKindResult & { stock: SearchTiming } => !!k.stock,
    );
    const name = (k: SearchKindResult) => `${k.kind}: ${k.query}`;
    const site = (k: SearchKindResult, key: 'linkMs' | 'typedMs') =>
      `${formatSpread(k[key], 'ms')}${k.found === false ? ' (none found)' : ''}`;
    return [
      ...captioned(
        `Search against Pagefind's stock UI over the anchor, ${sizeName(r)} articles: to the first result (the stock UI searches as one types, so its typed figure holds its 300 ms wait after typing; the goal for a link: ≤ 0.5× the stock UI):`,
        [
          'query',
          'link: site',
          'link: stock UI',
          'link ÷ stock',
          'typed: site',
          'typed: stock UI',
          'typed ÷ stock',
        ],
        kinds.map((k) => [
          name(k),
          site(k, 'linkMs'),
          timing(k.stock, 'linkMs'),
          ratio(k.linkMs, k.stock.linkMs),
          site(k, 'typedMs'),
          timing(k.stock, 'typedMs'),
          ratio(k.typedMs, k.stock.typedMs),
        ]),
      ),
      ...captioned(
        `Requests and response bodies before the first result, ${sizeName(r)} articles (median; a link counts the page and everything it loads, a typed query what it fetches after typing):`,
        ['query', 'link: site', 'link: stock UI', 'typed: site', 'typed: stock UI'],
        kinds.map((k) => [
          name(k),
          transfer(k.linkTransfer),
          transfer(k.stock.linkTransfer),
          transfer(k.typedTransfer),
          transfer(k.stock.typedTransfer),
        ]),
      ),
    ];
  });
}

/** Astro rendering the pages in worker threads (experimental.parallelPrerender) beside its own process. */
export function prerenderTable(results: readonly SizeResult[]): string[] {
  const rows = results
    .filter((r) => r.prerenderTrial && r.publish)
    .map((r) => {
      const trial = r.prerenderTrial!;
      return [
        sizeName(r),
        String(trial.workers),
        seconds(r.buildSeconds),
        seconds(trial.buildSeconds),
        ratio(trial.buildSeconds, r.buildSeconds),
        seconds(r.publish!.seconds),
        seconds(trial.publishSeconds),
        ratio(trial.publishSeconds, r.publish!.seconds),
        `${formatSpread(r.totalPeakMB, 'MB')} → ${formatSpread(trial.totalPeakMB, 'MB')}`,
        `${r.cpuSeconds ? seconds(r.cpuSeconds.build) : '–'} → ${seconds(trial.cpuSeconds)}`,
      ];
    });
  return captioned(
    "Astro's `experimental.parallelPrerender` (`PRERENDER_WORKERS`), built in the same runs as the figures above:",
    [
      'articles',
      'workers',
      'cold build',
      'cold, workers',
      'workers ÷ none',
      'publish',
      'publish, workers',
      'workers ÷ none',
      'total peak: none → workers',
      'build CPU: none → workers',
    ],
    rows,
  );
}
