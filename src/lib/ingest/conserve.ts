/**
 * The conservation check, run on every ingest: nothing of the source body may be lost or
 * repeated. It compares what a reader will see (the Markdown rendered back to text) with the
 * raw lines as scraped, so splitting, punctuation, escaping or parsing mistakes are all caught.
 *
 * - every non-blank raw line is accounted for exactly once: the title, a line of the kept
 *   copy, or a dropped line with its reason (header, chrome, duplicate copy);
 * - the article holds the kept copy's sentences and images exactly, in order: a sentence
 *   repeated inside the copy (a slogan quoted twice) is kept twice;
 * - every other copy's sentences and images appear in the article, in order.
 */
import { markdownToText } from '../markdown.ts';
import { sentences } from '../../search/contract/sentences.ts';
import { comparisonKey, isImageLine, type DroppedLine, type SourceLine } from './lines.ts';

/** A copy's body as units: each sentence, and each image line as one unit. */
export function units(lines: readonly SourceLine[]): string[] {
  return lines.flatMap((line) =>
    isImageLine(line.text) ? [`[image ${line.text}]`] : sentences([comparisonKey(line.text)]),
  );
}

/** The article body as units, read back from the Markdown the way a reader sees it. */
function markdownUnits(markdown: string): string[] {
  const images = [...markdown.matchAll(/^!\[.*\]\(<(.+)>\)$/gm)].map((m) =>
    // Destinations percent-encode only < > \ (see body.ts).
    m[1]!.replace(/%3C|%3E|%5C/gi, decodeURIComponent),
  );
  let image = 0;
  const blocks = markdown.split(/\n{2,}/).filter((block) => block.trim() !== '');
  const texts = markdownToText(markdown);
  let text = 0;
  return blocks.flatMap((block) =>
    /^!\[.*\]\(<.+>\)$/.test(block.trim())
      ? [`[image ${images[image++] ?? ''}]`]
      : sentences([comparisonKey(texts[text++] ?? '')]),
  );
}

/** Is every unit of `copy` found in `kept`, in order (as a subsequence)? Returns the first missing one. */
export function missingFrom(kept: readonly string[], copy: readonly string[]): string | undefined {
  let k = 0;
  for (const unit of copy) {
    while (k < kept.length && kept[k] !== unit) k++;
    if (k === kept.length) return unit;
    k++;
  }
  return undefined;
}

export interface ConservationInput {
  /** Line numbers of every non-blank line of the raw file. */
  textLines: readonly number[];
  title: SourceLine;
  /** Body lines of each copy, as scraped (whitespace normalised). */
  copies: ReadonlyArray<readonly SourceLine[]>;
  keptIndex: number;
  dropped: readonly DroppedLine[];
  /** The article body as written. */
  markdown: string;
}

export interface ConservationProblem {
  problem: string;
  line?: number;
  /** Set when another copy holds something the kept copy lacks. */
  copyIndex?: number;
}

/** The first place where the article's units are not exactly the source's, in order. */
function compareUnits(
  expected: readonly string[],
  actual: readonly string[],
): ConservationProblem | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      return {
        problem:
          expected[i] === undefined
            ? `the article has an extra sentence ${i + 1}: "${actual[i]}"`
            : actual[i] === undefined
              ? `sentence ${i + 1} of the source is missing from the article: "${expected[i]}"`
              : `sentence ${i + 1} differs: source "${expected[i]}", article "${actual[i]}"`,
      };
    }
  }
  return undefined;
}

/**
 * For a saved page: every paragraph and picture of the extracted content area (as lines) is in
 * the article exactly once and in order.
 */
export function checkExtractedConservation(
  extracted: readonly SourceLine[],
  markdown: string,
): ConservationProblem | undefined {
  return compareUnits(units(extracted), markdownUnits(markdown));
}

/** Returns the first problem, or undefined when nothing was lost, repeated or left unaccounted. */
export function checkConservation(input: ConservationInput): ConservationProblem | undefined {
  const { textLines, title, copies, keptIndex, dropped, markdown } = input;

  const seen = new Map<number, number>([[title.no, 1]]);
  const count = (no: number) => seen.set(no, (seen.get(no) ?? 0) + 1);
  copies[keptIndex]!.forEach((line) => count(line.no));
  dropped.forEach((line) => count(line.no));
  const textLineSet = new Set(textLines);
  for (const no of textLines) {
    if (seen.get(no) !== 1) {
      return {
        problem: `raw line ${no} is ${seen.has(no) ? 'used more than once' : 'neither in the article nor listed as dropped'}`,
        line: no,
      };
    }
  }
  const stray = [...seen.keys()].find((no) => !textLineSet.has(no));
  if (stray !== undefined)
    return { problem: `line ${stray} is not a text line of the raw file`, line: stray };

  const actual = markdownUnits(markdown);
  const differs = compareUnits(units(copies[keptIndex]!), actual);
  if (differs) return differs;

  for (const [i, copy] of copies.entries()) {
    if (i === keptIndex) continue;
    const missing = missingFrom(actual, units(copy));
    if (missing !== undefined) {
      const line = copy.find((l) => units([l]).includes(missing));
      return {
        problem: `copy ${i + 1} has a sentence the kept copy lacks, in "${line?.text ?? missing}"`,
        line: line?.no,
        copyIndex: i,
      };
    }
  }
  return undefined;
}
