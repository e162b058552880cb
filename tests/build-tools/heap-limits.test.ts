/** The build's heap limits: sized from the archive, with room over what the build was measured to use. */
import { describe, expect, it } from 'vitest';
import { astroHeapMB, heapLimitMB, indexHeapMB } from '../../src/build-tools/heap-limits.ts';

describe('the build heap limits', () => {
  it('grow with the archive, with room over what rendering was measured to keep (156 MB at 10,000)', () => {
    expect(astroHeapMB(10_000)).toBeGreaterThan(2 * 156);
    expect(astroHeapMB(100_000)).toBeGreaterThan(astroHeapMB(10_000));
    expect(astroHeapMB(100_000) + indexHeapMB(100_000)).toBeLessThan(2300);
  });

  it('take BUILD_HEAP_MB over the computed limit, and name it when it is not a size', () => {
    expect(heapLimitMB(500, undefined)).toBe(500);
    expect(heapLimitMB(500, ' ')).toBe(500);
    expect(heapLimitMB(500, '4096')).toBe(4096);
    expect(() => heapLimitMB(500, '4g')).toThrow(/BUILD_HEAP_MB: "4g"/);
    expect(() => heapLimitMB(500, '10')).toThrow(/64 or more/);
  });
});
