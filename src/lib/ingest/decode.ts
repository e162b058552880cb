/**
 * Bytes → text. Chinese government sites still serve GBK/GB18030 pages, so a file that is
 * not valid UTF-8 is decoded as GB18030 (a superset of GBK and GB2312) with iconv-lite.
 */
import iconv from 'iconv-lite';
import { IngestError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of characters that are control characters other than tab/newline: high means not text. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  // No BOM: many NULs on one side of each pair means UTF-16 text.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return undefined;
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) {
    throw new IngestError(file, 'the file is empty', 'check the scrape and fetch the page again');
  }
  let decoded: Decoded | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  } else {
    const utf16 = looksLikeUtf16(bytes);
    if (utf16) {
      decoded = { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
    } else {
      try {
        decoded = { text: utf8.decode(bytes), encoding: 'utf-8' };
      } catch {
        decoded = { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
      }
    }
  }
  if (bytes.includes(0) && !decoded.encoding.startsWith('utf-16')) {
    throw new IngestError(
      file,
      'the file is binary (it contains NUL bytes), not a text scrape',
      'pass the .txt scrape of the page, not an image, PDF or archive',
    );
  }
  if (controlShare(decoded.text) > 0.01) {
    throw new IngestError(
      file,
      `the text is unreadable as ${decoded.encoding} (too many control or replacement characters)`,
      'save the scrape as UTF-8 (or GBK/GB18030/UTF-16 with a BOM) and run ingest again',
    );
  }
  return decoded;
}
