/**
 * The candidates' text, read a batch at a time in the order asked for: each page read decides
 * whether it holds every term as written (an exact result, in Pagefind's order) or only loosely
 * (related, shown after, or dropped).
 */
import { META } from '../../contract/index-fields.ts';
import { fold } from '../../contract/fold.ts';
import { joinSegments, withoutHiddenWords } from '../../contract/segment.ts';
import { buildExcerpt, highlight, type ExcerptPiece } from '../excerpt.ts';
import { containsAll, isRelated, type Term } from '../match.ts';
import { markedLink } from '../query-marks/link.ts';
import type { PagefindPage, PagefindResult } from './pagefind-api.ts';
import type { QueryPlan } from './query-plan.ts';

export interface Hit {
  url: string;
  /** The url with the query for the article to mark (?hl=…). */
  link: string;
  title: string;
  /** The title with the query marked. */
  titlePieces: ExcerptPiece[];
  /** True when the title itself holds every term (the title-only search). */
  inTitle: boolean;
  date: string;
  source: string;
  published?: string;
  filters: Record<string, string[] | undefined>;
  excerpt: ExcerptPiece[];
}

/** What one query matched so far: the plan, and every candidate whose text has been read. */
export interface QueryMatches {
  plan: QueryPlan;
  /** Candidate id → its hit when it holds every term as written, null when it does not. */
  checked: Map<string, Hit | null>;
  /** Checked pages that share part of the query: the first RELATED_LIMIT in Pagefind's order. */
  related: Hit[];
}

export const RELATED_LIMIT = 10;
/** Pages whose text is read at once: the first results show after one batch. */
export const BATCH_SIZE = 10;

/**
 * The article text as a reader sees it: Pagefind's content is the title, ". ", the text, all
 * split into words by segmentWords, then the hidden words; the spaces and hidden words go again.
 */
export function articleText(page: PagefindPage): string {
  const content = joinSegments(withoutHiddenWords(page.content));
  const title = joinSegments(page.meta[META.title] ?? '');
  return title && content.startsWith(title) ? content.slice(title.length).replace(/^[.\s]+/u, '') : content;
}

function toHit(page: PagefindPage, terms: readonly Term[]): Hit {
  const title = page.meta[META.title] ?? page.url;
  return {
    url: page.url,
    link: markedLink(page.url, terms),
    title,
    titlePieces: highlight(title, terms),
    inTitle: containsAll(title, terms),
    date: page.meta[META.date] ?? '',
    source: page.meta[META.source] ?? '',
    published: page.meta[META.published],
    filters: page.filters,
    // From the article text, so the excerpt does not repeat the title shown above it.
    excerpt: buildExcerpt(articleText(page), terms),
  };
}

export const startMatches = (plan: QueryPlan): QueryMatches => ({ plan, checked: new Map(), related: [] });

async function check(matches: QueryMatches, candidate: PagefindResult): Promise<void> {
  const page = await candidate.data();
  const { terms } = matches.plan;
  const text = fold(joinSegments(withoutHiddenWords(page.content)));
  if (containsAll(text, terms)) {
    matches.checked.set(candidate.id, toHit(page, terms));
    return;
  }
  matches.checked.set(candidate.id, null);
  if (isRelated(text, terms)) {
    const hit = toHit(page, terms);
    relatedRank.set(hit, matches.plan.ranked.indexOf(candidate));
    // The best RELATED_LIMIT in Pagefind's order, whatever order the pages arrived in.
    matches.related.push(hit);
    matches.related.sort((a, b) => relatedRank.get(a)! - relatedRank.get(b)!);
    matches.related.length = Math.min(matches.related.length, RELATED_LIMIT);
  }
}

/** Each related hit's place in Pagefind's ranking. */
const relatedRank = new WeakMap<Hit, number>();

/**
 * Reads candidates' text in order, BATCH_SIZE at a time, until `want` exact results lead the
 * order or it runs out; calls onBatch after each batch so the page can show them. The order is
 * asked for again after each batch, as the phrase matches may have arrived meanwhile.
 */
export async function fillExact(
  matches: QueryMatches,
  order: () => readonly PagefindResult[],
  want: number,
  onBatch: () => void = () => {},
): Promise<void> {
  for (;;) {
    const list = order();
    let found = 0;
    const batch: PagefindResult[] = [];
    for (const candidate of list) {
      const hit = matches.checked.get(candidate.id);
      if (hit === undefined) batch.push(candidate);
      else if (hit && batch.length === 0) found++;
      if (found >= want || batch.length >= BATCH_SIZE) break;
    }
    if (found >= want) return;
    if (batch.length === 0) {
      if (matches.plan.phraseIds) return;
      await matches.plan.phrases();
      continue;
    }
    await Promise.all(batch.map((candidate) => check(matches, candidate)));
    onBatch();
    void matches.plan.phrases();
  }
}
