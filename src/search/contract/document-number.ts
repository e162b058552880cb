/**
 * 发文字号 (文号) in the GB/T 9704-2012 form: issuer code, the year in hexagonal brackets 〔〕,
 * the serial number without leading zeros or 第, then 号 — 浙市监〔2024〕12号. Scrapes and readers
 * write the year in [], (), （）, 【】, ［］ or 〔〕; all of them mean the same document.
 * Part of the search contract: ingest stores 文号 in this form and the search page rewrites a
 * typed one into it, so both must read brackets the same way.
 */

// Any bracket pair around a four-digit year; the issuer code is the Han/Latin run before it.
const BRACKET_OPEN = '[\\[(（【〔［{｛]';
const BRACKET_CLOSE = '[\\])）】〕］}｝]';
const NUMBER_BODY = `([\\u3400-\\u9fffA-Za-z]+)\\s*${BRACKET_OPEN}\\s*(\\d{4})\\s*${BRACKET_CLOSE}\\s*第?\\s*0*(\\d+)\\s*`;

const WHOLE_NUMBER = new RegExp(`^${NUMBER_BODY}号$`, 'u');
const NUMBER_IN_TEXT = new RegExp(`${NUMBER_BODY}(号?)`, 'gu');

/** The canonical form, as the schema requires it. */
export const CANONICAL_DOCUMENT_NUMBER = /^[\u3400-\u9fffA-Za-z]+〔\d{4}〕[1-9]\d*号$/u;

/** 浙市监[2024]12号, 浙市监（2024）第012号, 浙市监【2024】12号 → 浙市监〔2024〕12号; undefined when it is not a 文号. */
export function normaliseDocumentNumber(value: string): string | undefined {
  const m = WHOLE_NUMBER.exec(value.normalize('NFKC').trim());
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : undefined;
}

/** The first whole 文号 (with its 号) inside a text, in the canonical form: page chrome may follow it. */
export function findDocumentNumber(text: string): string | undefined {
  const m = new RegExp(`${NUMBER_BODY}号`, 'u').exec(text.normalize('NFKC'));
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : undefined;
}

/**
 * Every 文号 inside a text (a search query, say) in the canonical form; the rest untouched.
 * 号 may be missing, as a reader may leave it off: 浙市监 [2024] 12 → 浙市监〔2024〕12.
 */
export function normaliseDocumentNumbersIn(text: string): string {
  return text.replace(
    NUMBER_IN_TEXT,
    (_, issuer: string, year: string, serial: string, hao: string) => `${issuer}〔${year}〕${serial}${hao}`,
  );
}
