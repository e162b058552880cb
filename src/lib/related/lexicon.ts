/**
 * One pass over a text that cuts out known words — place names (places.ts) and words of form
 * (关于, 通知, 工作会议…) — and gives the Han character pairs of what is left, with the places
 * it met. A Map lookup per position, keyed by the position's first two characters, so that
 * 100,000 titles and summaries take a fraction of a second.
 */
import { places } from './places.ts';

export interface Scanned {
  /** Adjacent Han character pairs of the text between the known words. */
  pairs: string[];
  /** Short forms of the places named, each once. */
  places: string[];
}

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
// Fifteen bits of each code, so the key stays a small integer (a collision only costs a lookup).
const startOf = (text: string, at: number) =>
  ((text.charCodeAt(at) & 0x7fff) << 15) | (text.charCodeAt(at + 1) & 0x7fff);

export class Lexicon {
  /** Word → the place's short form, or '' for a word of form. */
  private readonly words = new Map<string, string>();
  /** Word lengths by the word's first two characters, longest first. */
  private readonly lengths = new Map<number, number[]>();
  /** One-character words of form (的). */
  private readonly single: Set<number>;

  constructor(formWords: readonly string[], singleCharacters: string) {
    const { names } = places();
    for (const word of formWords) this.add(word, '');
    // Places after the words of form: a name that is also one (none today) stays a place.
    for (const [name, place] of names) this.add(name, place);
    this.single = new Set(Array.from(singleCharacters, (c) => c.charCodeAt(0)));
  }

  private add(word: string, place: string): void {
    this.words.set(word, place);
    const start = startOf(word, 0);
    const lengths = this.lengths.get(start) ?? [];
    if (!lengths.includes(word.length)) lengths.push(word.length);
    this.lengths.set(
      start,
      lengths.sort((a, b) => b - a),
    );
  }

  scan(text: string): Scanned {
    const counties: string[] = [];
    const found = this.scanWith(text, undefined, counties);
    if (counties.length === 0) return found;
    // A county named in full makes its short form a place in the rest of the text (安吉县…安吉).
    const { countyShortForms } = places();
    return this.scanWith(text, new Set(counties.map((name) => countyShortForms.get(name)!)), []);
  }

  /** The text with the places it names cut out: 宁波市碳达峰实施方案 → 碳达峰实施方案. */
  withoutPlaces(text: string): string {
    let rest = '';
    for (let i = 0; i < text.length;) {
      const length = this.match(text, i, undefined, new Set(), []);
      const place = length > 0 ? this.words.get(text.slice(i, i + length)) : '';
      if (place) i += length;
      else rest += text.slice(i, (i += Math.max(1, length)));
    }
    return rest;
  }

  private scanWith(text: string, shorts: ReadonlySet<string> | undefined, counties: string[]): Scanned {
    const pairs: string[] = [];
    const named = new Set<string>();
    let run = -1;
    const flush = (end: number) => {
      for (let k = run; run >= 0 && k + 1 < end; k++) pairs.push(text.slice(k, k + 2));
      run = -1;
    };
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      if (!isHan(code)) {
        flush(i);
        i++;
        continue;
      }
      const matched = this.match(text, i, shorts, named, counties) || (this.single.has(code) ? 1 : 0);
      if (matched > 0) {
        flush(i);
        i += matched;
        continue;
      }
      if (run < 0) run = i;
      i++;
    }
    flush(text.length);
    return { pairs, places: [...named] };
  }

  /** The length of the known word at `at` (0 if none); its place is added to `named`, a county to `counties`. */
  private match(
    text: string,
    at: number,
    shorts: ReadonlySet<string> | undefined,
    named: Set<string>,
    counties: string[],
  ): number {
    if (at + 1 >= text.length) return 0;
    for (const length of this.lengths.get(startOf(text, at)) ?? []) {
      const word = text.slice(at, at + length);
      const place = this.words.get(word);
      if (place === undefined) continue;
      if (place) named.add(place);
      if (places().countyShortForms.has(word)) counties.push(word);
      return length;
    }
    for (const short of shorts ?? []) {
      if (text.startsWith(short, at)) {
        named.add(short);
        return short.length;
      }
    }
    return 0;
  }
}
