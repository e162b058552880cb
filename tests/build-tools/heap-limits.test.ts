/** The build's heap limits: sized from the archive, with room over what the build was measured to use. */
import { describe, expect, it } from 'vitest';
import { astroHeapMB, indexHeapMB } from '../../src/build-tools/heap-limits.ts';

describe('the build heap limits', () => {
  it('grow with the archive, with room over what rendering was measured to keep (156 MB at 10,000)', () => {
    expect(astroHeapMB(10_000)).toBeGreaterThan(2 * 156);
    expect(astroHeapMB(100_000)).toBeGreaterThan(astroHeapMB(10_000));
    expect(astroHeapMB(100_000) + indexHeapMB(100_000)).toBeLessThan(2300);
  });
});
