/** The date archive: articles grouped by year and month of their Shanghai publication day. */
import { shanghaiDay } from './dates.ts';

export interface MonthGroup<T> {
  year: number;
  month: number;
  items: T[];
}

export interface YearGroup<T> {
  year: number;
  /** Every item of the year, in input order. */
  items: T[];
  /** Months that have items, newest first. */
  months: MonthGroup<T>[];
}

/** Year and month (1–12) of an instant, in Asia/Shanghai. */
export function shanghaiYearMonth(date: string | Date): { year: number; month: number } {
  const [year, month] = shanghaiDay(date).split('-').map(Number);
  return { year: year!, month: month! };
}

/** Group items (kept in input order within each group) by year and month, newest year and month first. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => string): YearGroup<T>[] {
  const years = new Map<number, YearGroup<T>>();
  for (const item of items) {
    const { year, month } = shanghaiYearMonth(dateOf(item));
    let group = years.get(year);
    if (!group) {
      group = { year, items: [], months: [] };
      years.set(year, group);
    }
    group.items.push(item);
    let monthGroup = group.months.find((m) => m.month === month);
    if (!monthGroup) {
      monthGroup = { year, month, items: [] };
      group.months.push(monthGroup);
    }
    monthGroup.items.push(item);
  }
  const groups = [...years.values()].sort((a, b) => b.year - a.year);
  for (const group of groups) group.months.sort((a, b) => b.month - a.month);
  return groups;
}
