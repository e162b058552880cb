/**
 * A saved page's bytes → text. The page says its encoding: a byte order mark, else <meta charset>
 * or the http-equiv Content-Type in its first bytes (gb2312 and gbk are read as GB18030, their
 * superset). A page that says nothing is detected as text scrapes are (decode.ts). Pages re-saved
 * as UTF-8 by a tool often keep their old gb2312 meta: bytes that are valid UTF-8 with Chinese in
 * them are read as UTF-8 whatever the meta says (GBK text is almost never valid UTF-8), and the
 * encoding is reported with what was declared.
 */
import iconv from 'iconv-lite';
import { decode } from '../decode.ts';
import { IngestError } from '../errors.ts';
import type { IngestResult } from '../result.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** File signatures of what is most often misnamed .html: the message names the real kind. */
const SIGNATURES: ReadonlyArray<readonly [string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ZIP archive (or a .docx/.xlsx/.ofd file)', [0x50, 0x4b, 0x03, 0x04]],
  ['Word or Excel 97–2003 file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip-compressed file', [0x1f, 0x8b]],
];

const CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** The charset a page declares in its first 4 KB (where the HTML standard looks), normalised. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const name = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!name) return undefined;
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
  if (/^utf-?8$/.test(name)) return 'utf-8';
  return name;
}

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [kind, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return kind;
  return undefined;
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

type PageEncoding = IngestResult['encoding'];

/** Decode a saved page; says which encoding was read and, where the bytes contradict it, what the page declared. */
export function decodeHtml(bytes: Uint8Array, file: string): { text: string; encoding: PageEncoding } {
  const kind = binaryKind(bytes);
  if (kind) {
    throw new IngestError(
      file,
      `the file is not a web page: it is a ${kind} named .html`,
      'give it its real extension, or save the article page itself (File › Save Page As…)',
    );
  }
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? undefined : declaredCharset(bytes);
  if (declared === 'gb18030' || declared === 'utf-8') {
    let asUtf8: string | undefined;
    try {
      asUtf8 = utf8.decode(bytes);
    } catch {
      asUtf8 = undefined;
    }
    if (asUtf8 !== undefined && (declared === 'utf-8' || hasNonAscii(bytes))) {
      return { text: asUtf8, encoding: declared === 'utf-8' ? 'utf-8' : 'utf-8 (declared gb18030)' };
    }
    if (asUtf8 !== undefined) return { text: asUtf8, encoding: 'gb18030' };
    const decoded = decode(bytes, file);
    return decoded.encoding === 'gb18030' && declared === 'utf-8'
      ? { text: decoded.text, encoding: 'gb18030 (declared utf-8)' }
      : decoded;
  }
  if (declared && iconv.encodingExists(declared)) {
    const text = iconv.decode(Buffer.from(bytes), declared);
    if (!text.includes('\ufffd') && !text.includes('\u0000')) {
      return { text, encoding: declared };
    }
  }
  return decode(bytes, file);
}
