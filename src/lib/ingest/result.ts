/** What ingesting one raw file gives, whatever the file was: a text scrape or a saved HTML page. */
import type { Article } from '../article.ts';
import type { Encoding } from './decode.ts';
import type { DroppedLine } from './lines.ts';

export interface IngestResult {
  slug: string;
  article: Article;
  /** The complete Markdown file, frontmatter included. */
  fileText: string;
  /** The Markdown body alone. */
  body: string;
  /**
   * The encoding read: one of decode.ts's for text scrapes; for HTML pages also a declared charset
   * iconv-lite reads (big5…), or both where the bytes contradict the page (utf-8 (declared gb18030)).
   */
  encoding: Encoding | (string & {});
  copies: number;
  dropped: DroppedLine[];
  /** Pictures to save beside the article (a page saved with its *_files/ folder). */
  images?: ReadonlyArray<{ file: string; bytes: Uint8Array }>;
  /** What the archivist should know about the page although it was read (links that could not be kept). */
  warnings?: string[];
}

/** The files of a saved page's *_files/ folder, by their path relative to the page; undefined when absent. */
export type SavedFiles = (relativePath: string) => Uint8Array | undefined;

export interface IngestOptions {
  /** For HTML pages: reads the pictures the browser saved beside the page. */
  savedFiles?: SavedFiles;
}
