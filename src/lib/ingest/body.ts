/**
 * Body lines → blocks (paragraphs and image references) → Markdown that renders back to
 * exactly the same text.
 */
import { isImageLine, type SourceLine } from './lines.ts';
import { toFullwidthPunctuation } from './punctuation.ts';

export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  | {
      kind: 'image';
      file: string;
      line: number;
      /** Caption when the page gave one (alt, title, figcaption); else the file name. */
      caption?: string;
      /** True when the picture itself was saved beside the article. */
      archived?: boolean;
      /** The absolute address the page showed it from. */
      url?: string;
    };

export const paragraphsOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

export function toBlocks(body: readonly SourceLine[]): Block[] {
  return body.map((line) =>
    isImageLine(line.text)
      ? { kind: 'image', file: line.text, line: line.no }
      : { kind: 'paragraph', text: toFullwidthPunctuation(line.text), line: line.no },
  );
}

/** Escape what CommonMark would read as markup, so text renders as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^(#{1,6}(?=\s|$)|[-+=|](?=\s|$)|[-=_*]{3,})/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Markdown destinations cannot hold spaces or brackets unencoded; <…> keeps Chinese names readable. */
const imageDestination = (file: string): string =>
  `<${file.replace(/[<>\\]/g, (c) => encodeURIComponent(c))}>`;

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return (
    blocks
      .map((block) =>
        block.kind === 'paragraph'
          ? escapeMarkdown(block.text)
          : `![${escapeMarkdown(block.caption ?? block.file)}](${imageDestination(block.file)})`,
      )
      .join('\n\n') + '\n'
  );
}
