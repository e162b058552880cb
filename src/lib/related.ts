/**
 * 相关阅读: up to RELATED_LIMIT earlier articles on the same topic, chosen at build time from
 * shared tags, source, and the words (Han character pairs) of the title and summary.
 *
 * Cheap at 100,000 articles: an inverted index from term to the articles carrying it, built in
 * publication order, and for each term only the WINDOW most recent earlier articles are scored,
 * so the work is (terms per article × WINDOW) per article, never all pairs.
 *
 * Stable as the archive grows: an article's list is drawn only from articles published before
 * it, and weighed with term frequencies counted over those articles alone. Publishing a new
 * article therefore changes no other article's list.
 */

export interface RelatedInput {
  title: string;
  summary: string;
  tags: readonly string[];
  source: string;
}

export const RELATED_LIMIT = 5;
/** Earlier articles scored per shared term: the nearest in time, as a reader expects. */
const WINDOW = 64;
/** Term weights by kind, times the term's rarity (inverse document frequency). */
const WEIGHT = { tag: 2, source: 0.5, word: 1 } as const;
/** A word in more than this share of the earlier articles says nothing about the topic. */
const COMMON_WORD_SHARE = 0.2;
/** A tag on more than this share (会议 on every article, say) adds to the score but relates nothing alone. */
const COMMON_TAG_SHARE = 0.5;
/** An article relates when it shares a tag or this many topic words, and scores at least half the best. */
const MIN_SHARED_WORDS = 3;
const MIN_SHARE_OF_BEST = 0.5;

type Kind = keyof typeof WEIGHT;

const HAN_RUN = /[\u3400-\u9fff]+/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** The words of a text: every pair of adjacent Han characters, and Latin words, each once. */
export function topicWords(text: string): string[] {
  const words = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
  }
  for (const [word] of text.matchAll(LATIN_WORD)) words.add(word.toLowerCase());
  return [...words];
}

function termsOf(item: RelatedInput): Array<[string, Kind]> {
  return [
    ...item.tags.map((tag): [string, Kind] => [`t:${tag}`, 'tag']),
    [`s:${item.source}`, 'source'],
    ...topicWords(`${item.title}\n${item.summary}`).map((w): [string, Kind] => [`w:${w}`, 'word']),
  ];
}

/**
 * For each item, in publication order (oldest first), the indexes of its related items, best
 * first: higher score, then the nearer in time. Deterministic: the same input gives the same lists.
 */
export function relatedReading(items: readonly RelatedInput[]): number[][] {
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  const score = new Float64Array(items.length);
  const sharedTopic = new Uint16Array(items.length);
  const sharedTag = new Uint8Array(items.length);
  const result: number[][] = [];

  items.forEach((item, i) => {
    const terms = termsOf(item).map(([term, kind]) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = postings.length;
        termIds.set(term, id);
        postings.push([]);
      }
      return { id, kind };
    });
    const touched: number[] = [];
    for (const { id, kind } of terms) {
      const earlier = postings[id]!;
      if (earlier.length === 0) continue;
      // Rarity among the articles so far (i of them): common words carry no topic.
      const share = earlier.length / i;
      if (kind === 'word' && share > COMMON_WORD_SHARE) continue;
      const weight = WEIGHT[kind] * Math.log(1 + i / earlier.length);
      for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - WINDOW; k--) {
        const j = earlier[k]!;
        if (score[j] === 0) touched.push(j);
        score[j] = score[j]! + weight;
        if (kind === 'tag' && share <= COMMON_TAG_SHARE) sharedTag[j] = 1;
        else if (kind === 'word') sharedTopic[j]!++;
      }
    }
    const relates = (j: number) => sharedTag[j] === 1 || sharedTopic[j]! >= MIN_SHARED_WORDS;
    const ranked = touched.filter(relates).sort((a, b) => score[b]! - score[a]! || b - a);
    const best = ranked.length ? score[ranked[0]!]! : 0;
    result.push(ranked.filter((j) => score[j]! >= best * MIN_SHARE_OF_BEST).slice(0, RELATED_LIMIT));
    for (const j of touched) {
      score[j] = 0;
      sharedTopic[j] = 0;
      sharedTag[j] = 0;
    }
    for (const { id } of terms) postings[id]!.push(i);
  });
  return result;
}
