/**
 * The archive's own vocabulary, collected when the site is built: the data behind pinyin search,
 * typo corrections and keyword completion comes from it alone, so nothing is ever offered or
 * converted to that is not in the archive. Words are cut with the segmenter the index uses
 * (segment.ts), so a word here is a word Pagefind can find.
 */
import { foldString } from '../contract/fold.ts';
import { segmentWords } from '../contract/segment.ts';

export interface VocabularyArticle {
  title: string;
  source: string;
  tags: readonly string[];
  /** The article's paragraphs as plain text (markdownToText). */
  paragraphs: readonly string[];
  /** The title and paragraphs already split into words (segmentWords), when the index has split them. */
  words?: { title: string; paragraphs: readonly string[] };
}

export interface ArchiveVocabulary {
  /** Words of two characters or more → how many articles hold them. */
  words: Map<string, number>;
  /**
   * Name-like spans (nameLikeSpans) → articles: only for pinyin (zhang yan yun → 张雁云); never
   * offered as a completion or a correction, since most are not words (杭州第).
   */
  spans: Map<string, number>;
  /** The words of titles, tags and sources (and the tags and sources whole): their initials find them. */
  nameWords: Set<string>;
  tags: Map<string, number>;
  sources: Map<string, number>;
  titles: string[];
  /** Latin words and runs of up to three of them, folded and without spaces (asian, asiangames). */
  latin: Set<string>;
}

const HAN = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^[\p{L}\p{N}]*[a-z][\p{L}\p{N}]*$/u;
/** Names are 2–3 characters; the segmenter leaves them as single characters (张 雁 云, 顾 文海). */
const NAME_LENGTH = { min: 2, max: 3 };

/**
 * Spans of adjacent short Chinese segments that hold a single character: the segmenter does not
 * know personal names and cuts them into characters (张 雁 云), so without these no pinyin of a
 * name would find it.
 */
export function nameLikeSpans(segments: readonly string[]): string[] {
  const spans: string[] = [];
  for (let start = 0; start < segments.length; start++) {
    let text = '';
    let hasSingle = false;
    for (let end = start; end < segments.length; end++) {
      const segment = segments[end]!;
      if (!HAN.test(segment) || segment.length > 2) break;
      text += segment;
      hasSingle ||= segment.length === 1;
      if (text.length > NAME_LENGTH.max) break;
      if (end > start && hasSingle && text.length >= NAME_LENGTH.min) spans.push(text);
    }
  }
  return spans;
}

/** The words of one text (split by segmentWords, or split here): Chinese words of 2+ characters, name-like spans, Latin words. */
export function textWords(
  text: string,
  split: string = segmentWords(text),
): { words: Set<string>; spans: Set<string>; latin: Set<string> } {
  const segments = split.split(' ');
  const words = new Set<string>();
  const latin = new Set<string>();
  let run: string[] = [];
  for (const segment of segments) {
    // Most segments are Chinese, which folding leaves as they are (folding each took 3 s of 10,000 articles).
    if (HAN.test(segment)) {
      run = [];
      if (segment.length >= 2) words.add(segment);
      continue;
    }
    const folded = foldString(segment);
    if (LATIN_WORD.test(folded)) {
      run = [...run, folded].slice(-3);
      for (let i = 0; i < run.length; i++) latin.add(run.slice(i).join(''));
      if (segment.length >= 2) words.add(segment);
      continue;
    }
    run = [];
  }
  const spans = new Set(nameLikeSpans(segments).filter((span) => !words.has(span)));
  return { words, spans, latin };
}

const count = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

export function collectVocabulary(articles: Iterable<VocabularyArticle>): ArchiveVocabulary {
  const vocabulary = emptyVocabulary();
  for (const article of articles) addToVocabulary(vocabulary, article);
  return vocabulary;
}

export const emptyVocabulary = (): ArchiveVocabulary => ({
  words: new Map(),
  spans: new Map(),
  nameWords: new Set(),
  tags: new Map(),
  sources: new Map(),
  titles: [],
  latin: new Set(),
});

/** Adds one article's words to the vocabulary (the build adds them as it indexes each article). */
export function addToVocabulary(vocabulary: ArchiveVocabulary, article: VocabularyArticle): void {
  const { title, source, tags, paragraphs } = article;
  const split = article.words ? [article.words.title, ...article.words.paragraphs] : [];
  vocabulary.titles.push(title);
  count(vocabulary.sources, source);
  for (const tag of new Set(tags)) count(vocabulary.tags, tag);
  const wordsInArticle = new Set<string>();
  const spansInArticle = new Set<string>();
  for (const [i, text] of [title, ...paragraphs].entries()) {
    const { words, spans, latin } = textWords(text, split[i]);
    for (const word of words) wordsInArticle.add(word);
    for (const span of spans) spansInArticle.add(span);
    for (const word of latin) vocabulary.latin.add(word);
  }
  for (const word of wordsInArticle) count(vocabulary.words, word);
  for (const span of spansInArticle) count(vocabulary.spans, span);
  for (const [i, name] of [title, source, ...tags].entries()) {
    const { words, spans } = textWords(name, i === 0 ? split[0] : undefined);
    for (const word of [...words, ...spans]) vocabulary.nameWords.add(word);
  }
  for (const name of [source, ...tags]) if (HAN.test(name)) vocabulary.nameWords.add(name);
}
