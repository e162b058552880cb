/**
 * Word segmentation shared by the search index and the search page. Pagefind's own Chinese
 * segmenter (jieba, in its extended binary) also stores every sub-word pair and took 30 s and
 * 5 GB for 10,000 articles; instead the text is split here with Intl.Segmenter, the segmenter
 * the browser has, and handed to Pagefind already split: words separated by spaces.
 */
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
