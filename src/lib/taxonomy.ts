/**
 * Tags and sources as list pages. The URL segment of a term is the term itself (NFC, with only
 * the few characters a path segment cannot hold replaced), so /tags/知识产权/ reads as the tag,
 * never changes while the name does not, and needs no pinyin table (多音字 make pinyin ambiguous).
 * Browsers show the segment decoded and send it percent-encoded (UTF-8).
 */

/** Characters a single path segment cannot carry as-is: separators, query, fragment, %, spaces. */
const UNSAFE = /[\s/\\?#%]+/gu;

/** A term's URL segment (not yet percent-encoded): '省市场监管局（省知识产权局）' stays as it is. */
export function termSegment(term: string): string {
  const segment = term
    .normalize('NFC')
    .trim()
    .replace(UNSAFE, '-')
    .replace(/^-+|-+$/g, '');
  if (segment === '' || segment === '.' || segment === '..') {
    throw new Error(`"${term}" cannot be used in a URL: rename the tag or source so it holds a word.`);
  }
  return segment;
}

export interface Term<T> {
  /** The name as the articles spell it. */
  name: string;
  /** Its URL segment (termSegment). */
  segment: string;
  items: T[];
}

/**
 * Group items under each of their terms, most items first, then by name (zh-CN collation).
 * Two names that would share one URL are an error, naming both, rather than a silently merged page.
 */
export function groupByTerm<T>(items: readonly T[], termsOf: (item: T) => readonly string[]): Term<T>[] {
  const byName = new Map<string, Term<T>>();
  const nameBySegment = new Map<string, string>();
  for (const item of items) {
    for (const name of new Set(termsOf(item))) {
      let term = byName.get(name);
      if (!term) {
        const segment = termSegment(name);
        const other = nameBySegment.get(segment);
        if (other !== undefined) {
          throw new Error(
            `"${name}" and "${other}" would share the URL segment "${segment}": spell them the same or make them differ.`,
          );
        }
        nameBySegment.set(segment, name);
        term = { name, segment, items: [] };
        byName.set(name, term);
      }
      term.items.push(item);
    }
  }
  const collator = new Intl.Collator('zh-CN');
  return [...byName.values()].sort(
    (a, b) => b.items.length - a.items.length || collator.compare(a.name, b.name),
  );
}
