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
const MAX_CONTROL_SHARE = 0.01;

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

/**
 * UTF-16 without a BOM: every ASCII character (line ends, digits, spaces) has a zero byte, on
 * the high side of its pair; some Chinese ones (一 U+4E00, the ideographic space U+3000) have
 * one on the low side. The side with more zero bytes is the high side.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 65536);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul === evenNul) return undefined;
  return oddNul > evenNul ? 'utf-16le' : 'utf-16be';
}

/** Text, not binary: UTF-16 text never holds U+0000, and binary read as UTF-16 nearly always does. */
const isPlausibleText = (text: string): boolean =>
  !text.includes('\u0000') && !text.includes('\ufffd') && controlShare(text) <= MAX_CONTROL_SHARE;

const UNREADABLE_HINT = 'save the scrape as UTF-8 (or GBK/GB18030/UTF-16) and run ingest again';

/** Legacy and UTF-16 decoders turn invalid bytes into U+FFFD: text would be lost, so refuse. */
function lossless(decoded: Decoded, file: string): Decoded {
  const bad = decoded.text.indexOf('\ufffd');
  if (bad === -1) return decoded;
  const line = decoded.text.slice(0, bad).split(/\r\n?|\n/).length;
  throw new IngestError(
    file,
    decoded.encoding === 'gb18030'
      ? 'the encoding is unreadable: the file is neither valid UTF-8 nor valid GBK/GB18030'
      : `the text is not valid ${decoded.encoding.toUpperCase()}`,
    UNREADABLE_HINT,
    line,
  );
}

function strictUtf8(bytes: Uint8Array, file: string, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding };
  } catch {
    throw new IngestError(
      file,
      'the file starts with a UTF-8 byte order mark but is not valid UTF-8',
      UNREADABLE_HINT,
    );
  }
}

const viaIconv = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be' | 'gb18030', file: string): Decoded =>
  lossless({ text: iconv.decode(Buffer.from(bytes), encoding), encoding }, file);

/** Detect the encoding (BOM, UTF-16 byte pattern, strict UTF-8, else GB18030) and decode losslessly. */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) {
    throw new IngestError(file, 'the file is empty', 'check the scrape and fetch the page again');
  }
  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = strictUtf8(bytes.subarray(3), file, 'utf-8-bom');
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = viaIconv(bytes.subarray(2), 'utf-16le', file);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = viaIconv(bytes.subarray(2), 'utf-16be', file);
  } else {
    const utf16 = bytes.includes(0) ? utf16Order(bytes) : undefined;
    const asUtf16 = utf16 && iconv.decode(Buffer.from(bytes), utf16);
    if (utf16 && asUtf16 && isPlausibleText(asUtf16)) {
      decoded = { text: asUtf16, encoding: utf16 };
    } else {
      if (bytes.includes(0)) {
        throw new IngestError(
          file,
          'the file is binary (it contains NUL bytes), not a text scrape',
          'pass the .txt scrape of the page, not an image, PDF or archive',
        );
      }
      try {
        decoded = { text: utf8.decode(bytes), encoding: 'utf-8' };
      } catch {
        decoded = viaIconv(bytes, 'gb18030', file);
      }
    }
  }
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) {
    throw new IngestError(
      file,
      `the file is binary or unreadable as ${decoded.encoding} (too many control characters)`,
      UNREADABLE_HINT,
    );
  }
  return decoded;
}
