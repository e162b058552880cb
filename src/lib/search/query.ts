/**
 * A search query as a reader types it: terms separated by spaces (ASCII or ideographic),
 * quotes ignored (every term is matched as written anyway), folded for matching.
 */
import { foldString } from './fold.ts';

/** Han ideographs (CJK Unified, Extension A, Compatibility). */
export const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function splitTerms(query: string): string[] {
  const terms = query
    .normalize('NFKC')
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/u)
    .map((t) => t.trim())
    .filter(Boolean);
  // One term per folded form: "GDP gdp" is one term.
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = foldString(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
