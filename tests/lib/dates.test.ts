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
});
