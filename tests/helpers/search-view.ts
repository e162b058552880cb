/**
 * A SearchView that keeps what the search page would show, as a reader sees it, and a log of
 * every report, for the pure tests of the search sequence (src/search/browser/session.ts).
 */
import type { Hit } from '../../src/search/browser/engine/page-reads.ts';
import type { SearchView, SettledSearch } from '../../src/search/browser/session.ts';

export interface ShownPage {
  phase: 'idle' | 'loading' | 'done' | 'failed';
  status: string;
  /** The exact results shown. */
  hits: Hit[];
  /** The last settled search (facets, related results, 加载更多, budget note). */
  settled?: SettledSearch;
  /** Every report, in order: its kind and, for hits and statuses, what it showed. */
  log: string[];
}

export const urls = (hits: ReadonlyArray<{ url: string }>): string[] => hits.map((h) => h.url);

export function recordingView(): { view: SearchView; shown: ShownPage } {
  const shown: ShownPage = { phase: 'idle', status: '', hits: [], log: [] };
  const view: SearchView = {
    idle(status) {
      Object.assign(shown, { phase: 'idle', status, hits: [], settled: undefined });
      shown.log.push(`idle ${status}`);
    },
    loading(status) {
      shown.phase = 'loading';
      if (status !== undefined) shown.status = status;
      shown.log.push(`loading ${status ?? ''}`);
    },
    hits(hits) {
      shown.hits = [...hits];
      shown.log.push(`hits ${urls(hits).join(' ')}`);
    },
    settled(search) {
      Object.assign(shown, { phase: 'done', status: search.status, settled: search });
      shown.log.push(`settled ${search.status}`);
    },
    failed(status) {
      Object.assign(shown, { phase: 'failed', status });
      shown.log.push(`failed ${status}`);
    },
  };
  return { view, shown };
}
