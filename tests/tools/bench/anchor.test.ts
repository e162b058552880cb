import { describe, expect, it } from 'vitest';
import { parseAnchorOutput } from '../../../tools/bench/anchor.ts';

describe("the anchor's report", () => {
  it("reads run.sh's lines: Astro's step and Pagefind's, wall seconds and peak memory", () => {
    expect(parseAnchorOutput('astro 47.52 s 1210 MB\npagefind 21.3 s 4634 MB\n')).toEqual({
      astro: { seconds: 47.52, peakMB: 1210 },
      pagefind: { seconds: 21.3, peakMB: 4634 },
    });
  });

  it('has no Pagefind step when built with SKIP_PAGEFIND, and refuses output without the Astro line', () => {
    expect(parseAnchorOutput('astro 4.83 s 587 MB\n')).toEqual({ astro: { seconds: 4.83, peakMB: 587 } });
    expect(() => parseAnchorOutput('Error: build failed\n')).toThrow(/no "astro S s MB MB" line/);
  });
});
