/**
 * The search status line: how the query was rewritten, then how many exact results it has
 * (or that it has none). Read by screen readers as it changes (role="status").
 */
import { ui } from '../i18n/zh-CN.ts';
import { allChecked, type Counts, type QueryMatches, type QueryRewrite } from './engine.ts';

/** What the reader is told about one rewrite of the query. */
function rewriteNote(rewrite: QueryRewrite): string {
  switch (rewrite.kind) {
    case 'traditional':
      return ui.searchConverted(rewrite.from, rewrite.to);
  }
}

export function statusText(matches: QueryMatches, counts: Counts): string {
  const { searched, rewrites } = matches.plan;
  const parts = rewrites.map(rewriteNote);
  if (counts.total === 0) {
    parts.push(ui.searchNoResults(searched));
    if (matches.related.length) parts.push(ui.searchRelatedFollow);
  } else {
    const count = allChecked(matches) ? ui.searchResultCount : ui.searchResultCountAbout;
    const filtered = counts.filtered === counts.total ? '' : ui.searchFilteredCount(counts.filtered);
    parts.push(`${count(searched, counts.total)}${filtered}。`);
  }
  return parts.join('');
}
