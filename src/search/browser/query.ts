/**
 * A search query as a reader types it: terms separated by spaces (ASCII or ideographic),
 * quotes ignored (every term is matched as written anyway), folded for matching.
 */
import { foldString } from '../contract/fold.ts';
import { normaliseDocumentNumbersIn } from '../contract/document-number.ts';

/** Han ideographs (CJK Unified, Extension A, Compatibility). */
export const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/**
 * The query as the index holds it: fullwidth folded (NFKC), and every 文号 in the GB/T 9704 form,
 * so 浙市监[2024]12号, 浙市监（2024）12号 and 浙市监【2024】12号 all find 浙市监〔2024〕12号.
 */
export function normaliseQuery(query: string): string {
  return normaliseDocumentNumbersIn(query.normalize('NFKC'));
}

export function splitTerms(query: string): string[] {
  const terms = normaliseQuery(query)
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
