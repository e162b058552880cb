/**
 * Where sentences end, for summaries, the ingest conservation check and search excerpts.
 * A sentence ends at 。！？； or their ASCII forms (scrapes flatten them, and the conservation
 * check compares text with ASCII marks), and keeps the closing quotes and brackets after it.
 * Part of the search contract: the page's excerpts cut where ingest's summaries cut.
 */
const ENDS = '。！？；!?;';
const CLOSERS = '”’」』）)';

const SENTENCE = new RegExp(`[^${ENDS}]+(?:[${ENDS}]+[${CLOSERS}]*|$)`, 'g');
/** A sentence end with its closers, or a line break (a new paragraph starts a new sentence). */
const BOUNDARY = new RegExp(`[${ENDS}]+[${CLOSERS}]*|\\n`, 'g');

/** The sentences of each paragraph, trimmed, in order. */
export function sentences(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    for (const part of paragraph.match(SENTENCE) ?? []) {
      const trimmed = part.trim();
      if (trimmed) out.push(trimmed);
    }
  }
  return out;
}

/** Where the last sentence of `text` begins: just after its last sentence end or line break, else 0. */
export function lastSentenceStart(text: string): number {
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) start = boundary.index + boundary[0].length;
  return start;
}
