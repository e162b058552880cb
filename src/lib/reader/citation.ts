/**
 * A reference to an archived article in GB/T 7714-2015 form for an electronic resource
 * (电子资源, 文献类型标志 [EB/OL]):
 *   主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
 * Dates are YYYY-MM-DD, as the standard writes them; the 责任者 is the issuing body (来源).
 */
import { shanghaiDay } from '../dates.ts';

export interface CitationInput {
  source: string;
  title: string;
  publishedAt: string;
  /** The day the reader cites the page (引用日期). */
  accessedAt: Date | string;
  /** Absolute URL of the article page. */
  url: string;
}

/** The citation split where the accessed date goes, so a page can refresh that date alone. */
export function citationParts(input: CitationInput): { before: string; accessed: string; after: string } {
  return {
    before: `${input.source.trim()}. ${input.title.trim()}[EB/OL]. (${shanghaiDay(input.publishedAt)})[`,
    accessed: shanghaiDay(input.accessedAt),
    after: `]. ${input.url}.`,
  };
}

export function gbt7714Citation(input: CitationInput): string {
  const { before, accessed, after } = citationParts(input);
  return before + accessed + after;
}
