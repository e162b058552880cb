/** The summary: the article's opening sentence, or two when the first is short. */
import { sentences } from '../../search/contract/sentences.ts';

const SHORT = 40;
const MAX = 160;

export function summarise(paragraphs: readonly string[]): string {
  const all = sentences(paragraphs.slice(0, 2));
  let summary = '';
  for (const sentence of all) {
    if (summary.length >= SHORT) break;
    summary += sentence;
  }
  return summary.length > MAX ? `${summary.slice(0, MAX - 1)}…` : summary;
}
