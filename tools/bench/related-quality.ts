/**
 * 相关阅读 measured against a reader's labels (tests/fixtures/related/labels.json, judged as the
 * README beside it says): precision at 5 and the share of articles given a section, over four
 * archives — the hand-written policy archive, the search archive, the 600-article generated
 * archive and the 45-article test archive.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../../src/lib/article-file.ts';
import { newestFirst } from '../../src/lib/article.ts';
import { shanghaiIso } from '../../src/lib/dates.ts';
import { RELATED_LIMIT, relatedReading, type RelatedInput } from '../../src/lib/related/reading.ts';
import { POLICY_ARCHIVE, policyArchiveArticle } from '../archive/policy-archive.ts';
import { SEARCH_ARCHIVE } from '../archive/search-archive.ts';
import { fixtureArticle, syntheticArticle } from '../archive/synthetic.ts';

const LABELS = fileURLToPath(new URL('../../tests/fixtures/related/labels.json', import.meta.url));

type Key = string | number;
interface ArchiveLabels {
  archive: string;
  /** Subject → the articles on it: every two articles of a group are related, and no others… */
  groups: Record<string, Key[]>;
  /** …except these pairs across groups, also related. */
  related: Array<[Key, Key]>;
  /** Pairs worth naming (a place or year shared without the subject, or the reverse), with why. */
  pairs: Array<[Key, Key, boolean, string]>;
}
export type LabelFile = Record<'policy' | 'search' | 'synthetic' | 'fixture', ArchiveLabels>;

export type LabelledItem = RelatedInput & { key: Key };

/** The four archives, each oldest first as the site hands articles over. */
export function labelledArchives(): Record<keyof LabelFile, LabelledItem[]> {
  const fromFile = (text: string, key: Key): LabelledItem => ({
    ...parseArticleFile(text, `${key}.md`).data,
    key,
  });
  return {
    policy: POLICY_ARCHIVE.map((a) => ({ ...policyArchiveArticle(a), key: a.key })),
    search: SEARCH_ARCHIVE.map((a) => ({
      title: a.title,
      summary: a.paragraphs[0]!,
      tags: a.tags,
      source: a.source,
      publishedAt: shanghaiIso(...a.date),
      key: a.key,
    })),
    synthetic: Array.from({ length: 600 }, (_, i) => fromFile(syntheticArticle(i).text, i)),
    fixture: Array.from({ length: 45 }, (_, i) => fromFile(fixtureArticle(i, 45).text, i)),
  };
}

export const oldestFirst = <T extends { key: Key; publishedAt: string }>(items: T[]): T[] =>
  items.sort((a, b) => newestFirst({ id: String(b.key), data: b }, { id: String(a.key), data: a }));

export function readLabels(): LabelFile {
  return JSON.parse(readFileSync(LABELS, 'utf8')) as LabelFile;
}

/** Whether a reader judged a and b related; throws on a key the archive does not have. */
export function judge(labels: ArchiveLabels, keys: ReadonlySet<Key>): (a: Key, b: Key) => boolean {
  const group = new Map<Key, string>();
  for (const [subject, members] of Object.entries(labels.groups)) {
    for (const key of members) {
      if (!keys.has(key))
        throw new Error(`labels: ${labels.archive} has no article ${key} (group ${subject})`);
      if (group.has(key)) throw new Error(`labels: ${key} is in two groups`);
      group.set(key, subject);
    }
  }
  const pair = (a: Key, b: Key) => JSON.stringify([a, b].map(String).sort());
  const related = new Set(labels.related.map(([a, b]) => pair(a, b)));
  const judged = (a: Key, b: Key) =>
    (group.has(a) && group.get(a) === group.get(b)) || related.has(pair(a, b));
  for (const [a, b, expected, why] of labels.pairs) {
    if (judged(a, b) !== expected)
      throw new Error(`labels: pair ${a}–${b} (${why}) disagrees with the groups`);
  }
  return judged;
}

export interface Quality {
  articles: number;
  /** Articles with a section, of all. */
  withSection: number;
  /** Articles a reader would give a section (some other article is related), and of them with one. */
  withRelated: number;
  withRelatedAndSection: number;
  /** Links shown (the first RELATED_LIMIT of each list), related ones, newer ones. */
  shown: number;
  relatedShown: number;
  newerShown: number;
  /** Named pairs (labels' `pairs`) listed against the reader's judgement. */
  namedPairsWrong: string[];
}

export function measure(
  items: LabelledItem[],
  labels: ArchiveLabels,
  compute: (items: readonly RelatedInput[]) => number[][] = (x) => relatedReading(x).lists,
): Quality {
  const sorted = oldestFirst([...items]);
  const related = judge(labels, new Set(sorted.map((item) => item.key)));
  const lists = compute(sorted);
  const quality: Quality = {
    articles: sorted.length,
    withSection: 0,
    withRelated: 0,
    withRelatedAndSection: 0,
    shown: 0,
    relatedShown: 0,
    newerShown: 0,
    namedPairsWrong: [],
  };
  const position = new Map(sorted.map((item, i) => [item.key, i]));
  sorted.forEach((item, i) => {
    const shown = lists[i]!.slice(0, RELATED_LIMIT);
    const hasRelated = sorted.some((other) => other !== item && related(item.key, other.key));
    quality.withSection += shown.length > 0 ? 1 : 0;
    quality.withRelated += hasRelated ? 1 : 0;
    quality.withRelatedAndSection += hasRelated && shown.length > 0 ? 1 : 0;
    quality.shown += shown.length;
    quality.relatedShown += shown.filter((j) => related(item.key, sorted[j]!.key)).length;
    quality.newerShown += shown.filter((j) => j > i).length;
  });
  for (const [a, b, expected, why] of labels.pairs) {
    const [i, j] = [position.get(a)!, position.get(b)!];
    const listed =
      lists[i]!.slice(0, RELATED_LIMIT).includes(j) || lists[j]!.slice(0, RELATED_LIMIT).includes(i);
    if (!expected && listed) quality.namedPairsWrong.push(`${a} lists ${b} (${why})`);
  }
  return quality;
}

/** Precision at 5, the shares with a section, per archive: what bench:related prints. */
export function qualityReport(compute?: (items: readonly RelatedInput[]) => number[][]) {
  const labels = readLabels();
  const archives = labelledArchives();
  const ratio = (a: number, b: number) => (b === 0 ? null : Number((a / b).toFixed(3)));
  return Object.fromEntries(
    (Object.keys(archives) as Array<keyof LabelFile>).map((name) => {
      const q = measure(archives[name], labels[name], compute);
      return [
        name,
        {
          articles: q.articles,
          precisionAt5: ratio(q.relatedShown, q.shown),
          links: q.shown,
          newerLinks: q.newerShown,
          shareWithSection: ratio(q.withSection, q.articles),
          shareWithSectionOfThoseWithRelated: ratio(q.withRelatedAndSection, q.withRelated),
          namedPairsWrong: q.namedPairsWrong,
        },
      ];
    }),
  );
}
