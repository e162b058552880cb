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
  type BenchResults,
} from '../../../tools/bench/results-table.ts';

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
});
