/**
 * Scrapers often flatten Chinese punctuation to ASCII. Restore the fullwidth form where an
 * ASCII mark stands next to Chinese text; leave digits (1,000 / 09:58), Latin text and URLs alone.
 * The table below is the one list of such marks: the conservation check and the scrape
 * renderer turn text the other way with it.
 */

/** ASCII marks and the fullwidth forms scrapers flatten to them. */
const FULLWIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};
const ASCII_OF = Object.fromEntries(Object.entries(FULLWIDTH).map(([ascii, wide]) => [wide, ascii]));
const ASCII_MARKS = new RegExp(`[${Object.keys(FULLWIDTH).join('')}]`);
const FULLWIDTH_MARKS = new RegExp(`[${Object.values(FULLWIDTH).join('')}]`, 'g');
/** A fullwidth mark carries its own spacing: ASCII spaces beside one come off. */
const SPACED_FULLWIDTH_MARK = new RegExp(` *([${Object.values(FULLWIDTH).join('')}、。]) *`, 'g');

/** Every fullwidth mark of the table in its ASCII form, the way scrapers flatten them. */
export const toAsciiPunctuation = (text: string): string =>
  text.replace(FULLWIDTH_MARKS, (mark) => ASCII_OF[mark]!);

/** Han ideographs, CJK punctuation, fullwidth forms and the curly quotes Chinese text uses. */
const CJK =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]|[\u{20000}-\u{2fa1f}]/u;

const URL_LIKE =
  /\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|\bwww\.[a-z0-9.-]+\.[a-z]{2,}[^\s\u4e00-\u9fff]*/giu;

const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

/** Index of the nearest character at or beyond `from` in direction `step`, skipping ASCII spaces. */
function neighbour(chars: string[], from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < chars.length; i += step) {
    if (chars[i] !== ' ') return i;
  }
  return -1;
}

function convertSpan(span: string): string {
  // Most lines are already fullwidth: nothing to do.
  if (!ASCII_MARKS.test(span)) return span;
  const chars = Array.from(span);
  const marks = chars.flatMap((ch, i) => (ch in FULLWIDTH ? [i] : []));
  const converted = new Set<number>();
  // A mark beside a mark that became fullwidth counts as beside Chinese: 政(政)! → 政（政）！
  const chineseAt = (i: number): boolean => i >= 0 && (converted.has(i) || isCjk(chars[i]));

  // Brackets pair up: an opening bracket converted means its partner converts too, and vice versa.
  const partner = new Map<number, number>();
  const openStack: number[] = [];
  marks.forEach((i) => {
    const ch = chars[i];
    if (ch === '(') openStack.push(i);
    if (ch === ')') {
      const open = openStack.pop();
      if (open !== undefined) {
        partner.set(open, i);
        partner.set(i, open);
      }
    }
  });

  const decide = (i: number): boolean => {
    const ch = chars[i]!;
    // 1,000 and 09:58 stay ASCII even when Chinese text follows.
    if ((ch === ',' || ch === ':') && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? ''))
      return false;
    if (chineseAt(neighbour(chars, i - 1, -1)) || chineseAt(neighbour(chars, i + 1, 1))) return true;
    const other = partner.get(i);
    if (other === undefined) return false;
    if (converted.has(other)) return true;
    const [open, close] = i < other ? [i, other] : [other, i];
    return CJK.test(chars.slice(open + 1, close).join(''));
  };

  // Repeat until nothing changes: each conversion can make a neighbouring mark Chinese-adjacent.
  let changed = true;
  while (changed) {
    changed = false;
    marks.forEach((i) => {
      if (!converted.has(i) && decide(i)) {
        converted.add(i);
        changed = true;
      }
    });
  }
  return chars.map((ch, i) => (converted.has(i) ? FULLWIDTH[ch]! : ch)).join('');
}

/** Convert ASCII , : ; ( ) ? ! beside Chinese text to fullwidth, outside URLs. */
export function toFullwidthPunctuation(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(URL_LIKE)) {
    result += convertSpan(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  result += convertSpan(text.slice(last));
  return result.replace(SPACED_FULLWIDTH_MARK, '$1');
}
