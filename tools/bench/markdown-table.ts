/** Pieces of the bench's Markdown tables (results-table.ts, comparison-tables.ts). */
import type { Spread } from './stats.ts';

/** A Markdown table's lines: the header, its rule, one line per row. */
export const markdownTable = (header: readonly string[], rows: readonly string[][]): string[] =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);

/** A table with the sentence that introduces it, set apart by blank lines; nothing without rows. */
export const captioned = (caption: string, header: readonly string[], rows: readonly string[][]): string[] =>
  rows.length ? ['', caption, '', ...markdownTable(header, rows)] : [];

/** "1,000" */
export const sizeName = (r: { size: number }): string => r.size.toLocaleString('en');

/** One median over another, as "0.42×". */
export const ratio = (a: Spread, b: Spread): string => `${(a.median / b.median).toFixed(2)}×`;
