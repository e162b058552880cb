import { describe, expect, it } from 'vitest';
import { formatSpread, spread } from '../../../tools/bench/stats.ts';

describe('spread', () => {
  it('reports the median with min and max', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(spread([4, 1, 3, 2]).median).toBe(2.5);
    expect(formatSpread(spread([10.04, 12.5, 11.2]), 's', 1)).toBe('11.2 s (10.0–12.5)');
    expect(() => spread([])).toThrow(RangeError);
  });
});
