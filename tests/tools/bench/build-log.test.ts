import { describe, expect, it } from 'vitest';
import { durationSeconds, parseBuildLog } from '../../../tools/bench/build-log.ts';

/** A publish build's log as `npm run build -- --timings` prints it (routes and report cut short). */
const PUBLISHED = `astro build: 202 articles, a 514 MB heap (BUILD_HEAP_MB sets it)
13:12:54 [news-archive:build-start] reusing the last build into this folder
13:12:58 [news-archive:articles] 202 articles from ../../tmp/c200 (1 read anew)
13:12:58 [build] Collecting build info...
 generating static routes 
13:13:00   ├─ /404.html (+148ms) 
13:13:00   ├─ /articles/2024-12-25-e5aab946/index.html (+9ms) 
13:13:00   ├─ /archive/2024/page/1/index.html (cached)
13:13:00   ├─ /archive/2024/11/index.html (cached)
13:13:00   └─ /page/1/index.html (restored)
13:13:00 ✓ Completed in 401ms.
13:13:00 [news-archive:pagefind] indexed 202 pages in 3651 ms (9 shard(s), 8 reused); wrote 36 search data files (articles 2209 ms); CPU: indexing 1.2 s, Pagefind 0.4 s
13:13:00 [news-archive:pagefind] waited 12 ms for the search index
13:13:00 [news-archive:build-prune] removed 3 file(s) the last build left and this one did not write
13:13:00 [build] 371 page(s) built in 1m 5s
13:13:00 [build] Complete!

 build timings 
total 6.02s · 374 pages · output "static"

Build phases
  resolve config                       369ms   6.1% █▃····
  setup                                3.86s  64.2% ·▅████
    route discovery                    117ms   1.9% ·▄····
    content sync                       3.69s  61.3% ··████
  generate pages                     1m 12s   6.7% ····█▅
    static paths                        87ms   1.4% ····▃·

Vite plugins (269ms of the build)
  astro:build                           59ms        ····▂·  51 calls · transform 56ms
`;

describe("a build's log", () => {
  it('says what a publish build reused and what it did again', () => {
    const log = parseBuildLog(PUBLISHED);
    expect(log).toMatchObject({
      coldReason: undefined,
      articles: 202,
      readAnew: 1,
      pages: 371,
      astroSeconds: 65,
      keptPages: 3,
      renderedPages: 2,
      shards: 9,
      shardsReused: 8,
      indexSeconds: 3.651,
      waitedSeconds: 0.012,
      cpu: { indexing: 1.2, pagefind: 0.4 },
      removedFiles: 3,
    });
  });

  it("reads Astro's build phases, nested ones under their parent, and nothing after them", () => {
    expect(parseBuildLog(PUBLISHED).phases).toEqual([
      { name: 'resolve config', seconds: 0.369 },
      { name: 'setup', seconds: 3.86 },
      { name: 'setup › route discovery', seconds: 0.117 },
      { name: 'setup › content sync', seconds: 3.69 },
      { name: 'generate pages', seconds: 72 },
      { name: 'generate pages › static paths', seconds: 0.087 },
    ]);
  });

  it('says why a build started cold, and has no phases without --timings', () => {
    const cold = parseBuildLog(
      '[news-archive:build-start] a cold build: no earlier build\n[build] 10 page(s) built in 812ms\n',
    );
    expect(cold.coldReason).toBe('no earlier build');
    expect(cold.astroSeconds).toBeCloseTo(0.812);
    expect(cold.phases).toEqual([]);
    expect(cold.removedFiles).toBe(0);
  });

  it("reads each of Astro's ways of writing a duration", () => {
    expect(durationSeconds('402ms')).toBeCloseTo(0.402);
    expect(durationSeconds('3.86s')).toBe(3.86);
    expect(durationSeconds('2m 5s')).toBe(125);
    expect(durationSeconds('soon')).toBeNaN();
  });
});
