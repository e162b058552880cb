/**
 * 相关阅读: for each article, up to RELATED_LIMIT articles on the same subject, earlier ones and
 * newer follow-ups, chosen at build time.
 *
 * Two steps, in publication order (oldest first):
 * 1. Links. Each article links to at most LINK_LIMIT earlier articles: those whose subject terms
 *    (terms.ts) it shares most, each term weighted by its rarity among the earlier articles, the
 *    share measured against both articles' own subject weight (a cosine). A shared place, year or
 *    source only adds a little to articles that already share a subject. An article's links
 *    depend on it and the articles before it only.
 * 2. Lists. An article's list is its own links and the newer articles that link to it (its
 *    follow-ups: a policy's 解读, the next year's notice), best first, with room kept for the
 *    follow-ups.
 *
 * So publishing a new article changes the lists of the ≤ LINK_LIMIT articles it links to and no
 * other: every link of an older article is unchanged, and only its own links add follow-ups.
 *
 * Cheap at 100,000 articles: an inverted index from term to the articles carrying it, and for
 * each term only the WINDOW most recent earlier articles are scored, so the work grows with the
 * archive, never with its square.
 */
import { articleTerms, type RelatedInput, type SubjectKind } from './terms.ts';

export type { RelatedInput } from './terms.ts';

export const RELATED_LIMIT = 5;
/** Earlier articles an article links to: the most lists one new article can change. */
export const LINK_LIMIT = 5;
/** Places in a list kept for newer follow-ups when there are any. */
const FOLLOW_UP_SLOTS = 2;
/** Earlier articles scored per shared term: the nearest in time. */
const WINDOW = 64;
/** Fewer for a word of the summary: weak evidence, and most of an article's terms. */
const SUMMARY_WINDOW = 16;
/** Kinds of subject term, by code; a shared term weighs its rarity times both sides' kind weights. */
const KINDS: readonly SubjectKind[] = ['document', 'title', 'tag', 'summary'];
const KIND_WEIGHT = Float64Array.of(2, 1, 0.6, 0.4);
const DOCUMENT = 0;
const SUMMARY = 3;
/** Context adds at most 0.07 to the subject's similarity: it orders near-equals, and relates nothing. */
const CONTEXT_WEIGHT = { p: 0.04, s: 0.02, y: 0.01 } as const;
/** Subject similarity (0–1) an article needs to relate, unless both name the same document. */
const MIN_SIMILARITY = 0.2;
/** A term in more than this share of the earlier articles (工作, 发展) says nothing about a subject. */
const COMMON_SHARE = 0.5;
/** An archive this small says nothing about which terms are common. */
const MIN_ARTICLES_FOR_COMMON = 20;

export interface RelatedReading {
  /** Each article's related articles (indexes into the input), best first. */
  lists: number[][];
  /** Each article's links to earlier articles (step 1), best first. */
  links: number[][];
}

/**
 * Items in publication order (oldest first) → related reading. Deterministic: the same input in the
 * same order gives the same lists; ties go to the article nearer in time.
 */
export function relatedReading(items: readonly RelatedInput[]): RelatedReading {
  const termIds = new Map<string, number>();
  /** Per term: the articles carrying it, as index × 4 + kind code, oldest first. */
  const postings: number[][] = [];
  const norms = new Float64Array(items.length);
  const dot = new Float64Array(items.length);
  const context = new Float64Array(items.length);
  const sameDocument = new Uint8Array(items.length);
  const score = new Float64Array(items.length);
  const links: number[][] = [];
  const linkScores: number[][] = [];
  /** Whether an article has a section yet: a link of its own, or a follow-up. */
  const hasSection = new Uint8Array(items.length);

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = postings.length;
      termIds.set(term, id);
      postings.push([]);
    }
    return id;
  };

  // Reused for every article: the earlier articles it touched, and its own terms' postings.
  let touched = new Int32Array(1024);
  let touchedCount = 0;
  const own: number[] = [];
  const touch = (j: number) => {
    if (touchedCount === touched.length) {
      const grown = new Int32Array(touched.length * 2);
      grown.set(touched);
      touched = grown;
    }
    touched[touchedCount++] = j;
  };

  items.forEach((item, i) => {
    const { subject, context: contextTerms } = articleTerms(item);
    touchedCount = 0;
    own.length = 0;
    let normSquared = 0;
    for (const [term, kind] of subject) {
      const id = idOf(term);
      const code = KINDS.indexOf(kind);
      own.push(id * 4 + code);
      const earlier = postings[id]!;
      // Rarity among the articles so far, this one included: ln(1 + N / df).
      const rarity = Math.log(1 + (i + 1) / (earlier.length + 1));
      const weight = rarity * KIND_WEIGHT[code]!;
      normSquared += weight * KIND_WEIGHT[code]!;
      if (earlier.length === 0) continue;
      if (i >= MIN_ARTICLES_FOR_COMMON && earlier.length > i * COMMON_SHARE) continue;
      const stop = Math.max(0, earlier.length - (code === SUMMARY ? SUMMARY_WINDOW : WINDOW));
      for (let k = earlier.length - 1; k >= stop; k--) {
        const entry = earlier[k]!;
        const j = entry >> 2;
        if (dot[j] === 0) touch(j);
        dot[j] = dot[j]! + weight * KIND_WEIGHT[entry & 3]!;
        if (code === DOCUMENT && (entry & 3) === DOCUMENT) sameDocument[j] = 1;
      }
    }
    norms[i] = Math.sqrt(normSquared);
    for (const term of contextTerms) {
      const id = idOf(term);
      const earlier = postings[id]!;
      const weight = CONTEXT_WEIGHT[term[0] as keyof typeof CONTEXT_WEIGHT];
      for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - WINDOW; k--) {
        const j = earlier[k]! >> 2;
        if (dot[j]! > 0) context[j] = context[j]! + weight;
      }
      own.push(id * 4);
    }

    // The best LINK_LIMIT (ties to the nearer in time), and the best with no section yet.
    const chosen: number[] = [];
    let orphan = -1;
    const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a > b);
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      const similarity = dot[j]! / (norms[i]! * norms[j]! || 1);
      if (!sameDocument[j] && similarity < MIN_SIMILARITY) continue;
      score[j] = similarity + sameDocument[j]! + context[j]!;
      if (!hasSection[j] && (orphan < 0 || better(j, orphan))) orphan = j;
      let at = chosen.length;
      while (at > 0 && better(j, chosen[at - 1]!)) at--;
      if (at < LINK_LIMIT) chosen.splice(at, 0, j);
      if (chosen.length > LINK_LIMIT) chosen.pop();
    }
    // An earlier article with no section yet takes the last place: it then has one.
    if (orphan >= 0 && !chosen.includes(orphan)) chosen.splice(LINK_LIMIT - 1, 1, orphan);
    links.push(chosen);
    linkScores.push(chosen.map((j) => score[j]!));
    if (chosen.length > 0) hasSection[i] = 1;
    for (const j of chosen) hasSection[j] = 1;

    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      dot[j] = 0;
      context[j] = 0;
      sameDocument[j] = 0;
    }
    for (const entry of own) postings[entry >> 2]!.push(i * 4 + (entry & 3));
  });

  return { lists: lists(links, linkScores), links };
}

/** Each article's list: its links and the newer articles linking to it, room kept for the newer. */
function lists(links: number[][], linkScores: number[][]): number[][] {
  const followUps: Array<Array<[number, number]>> = links.map(() => []);
  links.forEach((chosen, i) => chosen.forEach((j, k) => followUps[j]!.push([i, linkScores[i]![k]!])));
  return links.map((chosen, j) => {
    const byScore = (a: [number, number], b: [number, number]) =>
      b[1] - a[1] || Math.abs(a[0] - j) - Math.abs(b[0] - j);
    const newer = followUps[j]!.sort(byScore);
    const earlier = chosen.map((i, k): [number, number] => [i, linkScores[j]![k]!]);
    const kept = newer.slice(0, FOLLOW_UP_SLOTS);
    const rest = [...newer.slice(FOLLOW_UP_SLOTS), ...earlier].sort(byScore);
    return [...kept, ...rest.slice(0, RELATED_LIMIT - kept.length)].sort(byScore).map(([k]) => k);
  });
}
