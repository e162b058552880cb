import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, shanghaiDay, shanghaiIso, toShanghaiIso } from '../../src/lib/dates.ts';

describe('dates (always Asia/Shanghai)', () => {
  it('formats an instant as Shanghai wall-clock time', () => {
    expect(formatDateTime('2024-03-15T09:58:00+08:00')).toBe('2024年3月15日 09:58');
    // 01:58 UTC is 09:58 in Shanghai.
    expect(formatDateTime('2024-03-15T01:58:00Z')).toBe('2024年3月15日 09:58');
    expect(formatDate('2024-03-14T16:30:00Z')).toBe('2024年3月15日');
  });

  it('emits ISO 8601 with +08:00', () => {
    expect(toShanghaiIso('2024-03-15T01:58:00Z')).toBe('2024-03-15T09:58:00+08:00');
    expect(shanghaiIso(2024, 3, 15, 9, 58)).toBe('2024-03-15T09:58:00+08:00');
    expect(shanghaiDay('2024-03-14T23:30:00Z')).toBe('2024-03-15');
  });

  it('refuses impossible dates', () => {
    expect(() => shanghaiIso(2023, 2, 29)).toThrow(/Not a real date/);
    expect(() => formatDateTime('not a date')).toThrow(RangeError);
  });

  it('agrees with the time-zone database for any instant from 1992 to 2100', () => {
    const zone = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const expected = (time: number) => {
      const p = Object.fromEntries(zone.formatToParts(time).map((x) => [x.type, x.value]));
      return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (time) => {
        expect(formatDateTime(new Date(time))).toBe(expected(time));
      }),
      { numRuns: 2000 },
    );
  });

  it('uses the time-zone database before 1992, when Shanghai still had summer time', () => {
    // 1990-07-01 12:00 UTC was 21:00 in Shanghai (UTC+9 in summer 1990), not 20:00.
    expect(formatDateTime('1990-07-01T12:00:00Z')).toBe('1990年7月1日 21:00');
  });
});
