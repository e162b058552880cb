/**
 * The lines of a raw scrape and how ingest classifies them. Splitting, body building and the
 * conservation check all speak in these terms, so they live apart from each of those steps.
 */
import { toAsciiPunctuation } from './punctuation.ts';

export interface SourceLine {
  /** 1-based line number in the raw file. */
  no: number;
  text: string;
}

/** Why a line is not article text. */
export type DropReason = 'chrome' | 'header' | 'duplicate copy';

export interface DroppedLine extends SourceLine {
  reason: DropReason;
}

/** A line that is only an image file name: the scraper kept the picture's name, not the picture. */
const IMAGE_LINE = /^[^\s/\\<>"]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/i;

export const isImageLine = (text: string): boolean => IMAGE_LINE.test(text);

/** What may legitimately change between scrape and article: punctuation width and spaces. */
export const comparisonKey = (text: string): string => toAsciiPunctuation(text).replace(/\s+/g, '');
