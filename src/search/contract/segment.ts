/**
 * Word segmentation shared by the search index and the search page. Pagefind's own Chinese
 * segmenter (jieba, in its extended binary) also stores every sub-word pair and took 30 s and
 * 5 GB for 10,000 articles; instead the text is split here with Intl.Segmenter, the segmenter
 * the browser has, and handed to Pagefind already split: words separated by spaces.
 */
import { HIDDEN_WORDS_MARK } from './index-fields.ts';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Text → its words (and punctuation) separated by single spaces. */
export function segmentWords(text: string): string {
  const words: string[] = [];
  for (const { segment } of WORDS.segment(text)) {
    const word = segment.trim();
    if (word) words.push(word);
  }
  return words.join(' ');
}

/** Letters and digits of space-separated scripts (Latin, Greek, Cyrillic…), not Chinese ones. */
const SPACED = /[^\s\p{Script=Han}\p{P}\p{S}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The inverse of segmentWords for reading: drops every space except one between two words of a
 * space-separated script ("Asian Games"), so 知识 产权 reads 知识产权 again and COVID - 19
 * reads COVID-19.
 */
export function joinSegments(text: string): string {
  return text.replace(/\s+/gu, (space, offset: number, whole: string) =>
    SPACED.test(whole[offset - 1] ?? '') && SPACED.test(whole[offset + space.length] ?? '') ? ' ' : '',
  );
}

const HAN_WORD = /^\p{Script=Han}{3,}$/u;
const isWord = new Map<string, boolean>();
/** True when the segmenter, given the text alone, keeps it as one word. */
function aloneIsWord(text: string): boolean {
  let known = isWord.get(text);
  if (known === undefined) {
    known = [...WORDS.segment(text)].length === 1;
    isWord.set(text, known);
  }
  return known;
}

/**
 * The words hidden inside the text's longer Chinese words, other than at their start: 企业 in
 * 中小企业, 法院 in 人民法院, 学生 in 大学生. The segmenter keeps such a compound whole, and
 * Pagefind matches a query word only at the start of an indexed word, so without these a search
 * for 企业 would never see an article that says only 中小企业. Each at most once, in order.
 */
export function hiddenWords(text: string): string[] {
  return hiddenWordsOf(Array.from(WORDS.segment(text), ({ segment }) => segment));
}

/** hiddenWords of text already split into words (segmentWords, split at its spaces). */
export function hiddenWordsOf(words: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const segment of words) {
    if (!HAN_WORD.test(segment)) continue;
    const chars = [...segment];
    for (let start = 1; start < chars.length - 1; start++) {
      for (let end = start + 2; end <= chars.length; end++) {
        const inner = chars.slice(start, end).join('');
        if (aloneIsWord(inner)) found.add(inner);
      }
    }
  }
  return [...found];
}

/** The indexed text without the hidden words that follow HIDDEN_WORDS_MARK. */
export const withoutHiddenWords = (indexed: string): string => indexed.split(HIDDEN_WORDS_MARK, 1)[0]!;
