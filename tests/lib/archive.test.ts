import { describe, expect, it } from 'vitest';
import { groupByMonth, shanghaiYearMonth } from '../../src/lib/archive.ts';
import { paths } from '../../src/lib/urls.ts';

describe('the date archive', () => {
  it('files an article under its Shanghai month, not UTC', () => {
    // 2024-03-31 20:00 UTC is already 1 April in Shanghai.
    expect(shanghaiYearMonth('2024-03-31T20:00:00Z')).toEqual({ year: 2024, month: 4 });
    expect(shanghaiYearMonth('2024-01-01T00:30:00+08:00')).toEqual({ year: 2024, month: 1 });
  });

  it('groups newest year and month first, keeping the list order inside each', () => {
    const items = [
      { id: 'a', at: '2024-03-15T09:58:00+08:00' },
      { id: 'b', at: '2024-03-02T09:00:00+08:00' },
      { id: 'c', at: '2023-12-30T09:00:00+08:00' },
      { id: 'd', at: '2024-01-05T09:00:00+08:00' },
    ];
    const years = groupByMonth(items, (i) => i.at);
    expect(years.map((y) => [y.year, y.items.length])).toEqual([
      [2024, 3],
      [2023, 1],
    ]);
    expect(years[0]!.months.map((m) => [m.month, m.items.map((i) => i.id)])).toEqual([
      [3, ['a', 'b']],
      [1, ['d']],
    ]);
  });

  it('has /archive/YYYY/ and /archive/YYYY/MM/ fronts, with numbered pages like the index', () => {
    expect(paths.archiveYear(2024)).toBe('archive/2024/');
    expect(paths.archiveMonth(2024, 3)).toBe('archive/2024/03/');
    expect(paths.archiveMonth(2024, 3, 2)).toBe('archive/2024/03/page/2/');
  });
});
