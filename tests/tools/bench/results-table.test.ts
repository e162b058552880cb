import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  benchDoc,
  benchReport,
  budgetsOf,
  PERFORMANCE_DOC,
  RESULTS_FILE,
  TABLE_END,
  TABLE_START,
  withBenchReport,
} from '../../../tools/bench/results-table.ts';
import type { BenchResults } from '../../../tools/bench/results.ts';

const committed = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;

describe('the benchmark tables in docs/performance.md', () => {
  it('are the figures of bench/results.json (run npm run gen:bench-tables after a bench)', async () => {
    const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
    expect(doc).toBe(await benchDoc(doc, committed));
  });

  it('show every size with its median and range, and a verdict per budget', () => {
    const report = benchReport(committed);
    for (const r of committed.results) expect(report).toContain(`| ${r.size.toLocaleString('en')} |`);
    const budgets = budgetsOf(committed.results);
    expect(budgets.length).toBeGreaterThan(0);
    for (const b of budgets) expect(report).toMatch(new RegExp(`${b.what} .*: (within|OVER)`));
  });

  it('says OVER for a figure past its budget', () => {
    const slow = structuredClone(committed);
    const tenThousand = slow.results.find((r) => r.size === 10000)!;
    tenThousand.buildSeconds = { median: 90, min: 80, max: 100, runs: 3 };
    expect(benchReport(slow)).toContain('10,000 articles: build 90.0 s (budget 45): OVER');
    expect(benchReport(slow)).toContain('| 90.0 s (80.0–100.0) |');
  });

  it("name each size's own query of a kind, when the sizes asked different ones", () => {
    const report = benchReport(committed);
    for (const { kind } of committed.results.at(-1)!.searchByKind!) {
      const asked = new Set(
        committed.results.map((r) => r.searchByKind!.find((k) => k.kind === kind)!.query),
      );
      expect(report).toContain(`| ${kind}: ${[...asked].join(' / ')} |`);
    }
    expect(report).toMatch(/\| rare identifier: 第\d+期 \/ 第\d+期 \|/);
  });

  it('split the build CPU time into Astro, indexing and Pagefind, beside the anchor, when measured', () => {
    const bench = structuredClone(committed);
    const tenThousand = bench.results.find((r) => r.size === 10000)!;
    const one = (median: number) => ({ median, min: median, max: median, runs: 1 });
    tenThousand.cpuSeconds = { build: one(140), astro: one(80), indexing: one(28), pagefind: one(32) };
    tenThousand.anchorCpuSeconds = one(50);
    const report = benchReport(bench);
    expect(report).toContain('| 10,000 | 140.0 s | 80.0 s | 28.0 s | 32.0 s | 50.0 s | 2.80× |');
    // Results from before the CPU was measured show no CPU table at all.
    for (const r of bench.results) delete r.cpuSeconds;
    expect(benchReport(bench)).not.toContain('CPU time of the build');
  });

  it('replace only the text between the markers, and refuse a document without them', () => {
    const doc = `before\n${TABLE_START}\nold\n${TABLE_END}\nafter\n`;
    expect(withBenchReport(doc, 'new')).toBe(`before\n${TABLE_START}\nnew\n${TABLE_END}\nafter\n`);
    expect(() => withBenchReport('no markers', 'new')).toThrow(/bench-table:start/);
  });

  describe('with publishing, the Astro + Pagefind CLI anchor, the stock UI and parallel prerendering measured', () => {
    const one = (median: number) => ({ median, min: median, max: median, runs: 1 });
    const transfer = (requests: number, kB: number) => ({ requests: one(requests), kB: one(kB) });
    const timing = (link: number, typed: number, found = true) => ({
      linkMs: one(link),
      typedMs: one(typed),
      linkTransfer: transfer(70, 638),
      typedTransfer: transfer(20, 120),
      found,
    });
    const measured = (publishShare: number, anchorSeconds: number): BenchResults => {
      const bench = structuredClone(committed);
      const tenThousand = bench.results.find((r) => r.size === 10000)!;
      tenThousand.buildSeconds = one(30);
      tenThousand.totalPeakMB = one(700);
      tenThousand.publish = {
        seconds: one(30 * publishShare),
        ofCold: one(publishShare),
        log: {
          articles: 10001,
          readAnew: 1,
          pages: 13393,
          astroSeconds: 2.5,
          keptPages: 13380,
          renderedPages: 13,
          shards: 5,
          shardsReused: 4,
          indexSeconds: 1.2,
          waitedSeconds: 0,
          cpu: { indexing: 1, pagefind: 0.5 },
          removedFiles: 2,
          phases: [],
        },
      };
      tenThousand.publish.profile = {
        ...tenThousand.publish.log,
        readAnew: 1,
        seconds: 3.5,
        phases: [
          { name: 'setup', seconds: 1.5 },
          { name: 'setup › content sync', seconds: 1.25 },
          { name: 'generate pages', seconds: 0.75 },
        ],
      };
      tenThousand.pagefindAnchor = {
        seconds: one(anchorSeconds),
        astroSeconds: one(anchorSeconds - 20),
        pagefindSeconds: one(20),
        peakMB: one(4634),
        cpuSeconds: one(60),
      };
      tenThousand.prerenderTrial = {
        workers: 2,
        buildSeconds: one(27),
        publishSeconds: one(3.3),
        totalPeakMB: one(900),
        cpuSeconds: one(150),
      };
      const name = tenThousand.searchByKind!.find((k) => k.kind === 'name')!;
      Object.assign(name, timing(800, 300), { stock: timing(1600, 400) });
      const traditional = tenThousand.searchByKind!.find((k) => k.kind === 'Traditional')!;
      Object.assign(traditional, timing(900, 350), { stock: timing(1000, 500, false) });
      return bench;
    };

    it('show publish time beside the cold build, what the publish reused, and its phases', () => {
      const report = benchReport(measured(0.04, 47.5));
      expect(report).toContain(
        '| 10,000 | 30.0 s | 1.2 s | 4.0 % | 1 of 10,001 | 13,380 / 13 | 4 of 5 | 2 |',
      );
      expect(report).toContain('| setup › content sync | 1.25 s |');
      expect(report).toContain("| Astro's total | 2.50 s |");
      expect(report).toContain('| the whole build (`npm run build -- --timings`) | 3.50 s |');
      expect(report).toContain('10,000 articles: publish 4.0 % of a cold build (budget 10): within');
      expect(benchReport(measured(0.15, 47.5))).toContain(
        '10,000 articles: publish 15.0 % of a cold build (budget 10): OVER',
      );
    });

    it('put the cold build beside the anchor, with its verdict against 0.66×', () => {
      const report = benchReport(measured(0.04, 47.5));
      expect(report).toContain(
        '| 10,000 | 30.0 s | 700 MB | 47.5 s | 27.5 s | 20.0 s | 4634 MB | 0.63× | 0.15× |',
      );
      expect(report).toContain(
        '10,000 articles: cold build ÷ Astro and Pagefind CLI anchor 0.63 × (budget 0.66): within',
      );
      expect(benchReport(measured(0.04, 40))).toMatch(/anchor 0\.75 × \(budget 0\.66\): OVER/);
    });

    it('compare each query with the stock UI, saying when the stock UI found nothing, with requests and bytes', () => {
      const report = benchReport(measured(0.04, 47.5));
      expect(report).toContain('| name: 张雁云 | 800 ms | 1600 ms | 0.50× | 300 ms | 400 ms | 0.75× |');
      expect(report).toContain(
        '| Traditional: 數字經濟 | 900 ms | 1000 ms (none found) | 0.90× | 350 ms | 500 ms (none found) | 0.70× |',
      );
      expect(report).toContain(
        '| name: 张雁云 | 70 req, 638 KB | 70 req, 638 KB | 20 req, 120 KB | 20 req, 120 KB |',
      );
    });

    it('put parallel prerendering beside the build without it', () => {
      expect(benchReport(measured(0.04, 47.5))).toContain(
        '| 10,000 | 2 | 30.0 s | 27.0 s | 0.90× | 1.2 s | 3.3 s | 2.75× | 700 MB → 900 MB |',
      );
    });

    it('leave each table out where nothing was measured for it', () => {
      // The committed figures without the measurements each of these tables needs.
      const bare: BenchResults = {
        ...committed,
        results: committed.results.map(({ publish, pagefindAnchor, prerenderTrial, ...rest }) => ({
          ...rest,
          searchByKind: rest.searchByKind?.map(({ stock, ...kind }) => kind),
        })),
      };
      const report = benchReport(bare);
      for (const caption of [
        'Publishing one new article',
        'Astro + Pagefind CLI anchor on',
        'stock UI over the anchor',
        'parallelPrerender',
      ])
        expect(report).not.toContain(caption);
    });
  });
});
