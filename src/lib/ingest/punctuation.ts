/**
 * Scrapers often flatten Chinese punctuation to ASCII. Restore the fullwidth form where an
 * ASCII mark stands next to Chinese text; leave digits (1,000 / 09:58), Latin text and URLs alone.
 */

const FULLWIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/** Han ideographs, CJK punctuation, fullwidth forms and the curly quotes Chinese text uses. */
const CJK =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]|[\u{20000}-\u{2fa1f}]/u;

const URL_LIKE =
  /\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|\bwww\.[a-z0-9.-]+\.[a-z]{2,}[^\s\u4e00-\u9fff]*/giu;

const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

/** Nearest character at or beyond `from` in direction `step`, skipping ASCII spaces. */
function neighbour(chars: string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from; i >= 0 && i < chars.length; i += step) {
    if (chars[i] !== ' ') return chars[i];
  }
  return undefined;
}

function convertSpan(span: string): string {
  const chars = Array.from(span);
  const out: string[] = [];
  // Pairs: an opening bracket converted means its partner converts too, and vice versa.
  const openStack: number[] = [];
  const converted = new Set<number>();

  const decide = (i: number): boolean => {
    const ch = chars[i]!;
    const before = neighbour(chars, i - 1, -1);
    const after = neighbour(chars, i + 1, 1);
    if (ch === '(' || ch === ')') return isCjk(before) || isCjk(after);
    // 1,000 and 09:58 stay ASCII even when Chinese text follows.
    if ((ch === ',' || ch === ':') && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? ''))
      return false;
    return isCjk(before) || isCjk(after);
  };

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!(ch in FULLWIDTH)) continue;
    if (ch === '(') {
      openStack.push(i);
      if (decide(i)) converted.add(i);
    } else if (ch === ')') {
      const open = openStack.pop();
      const inner = open === undefined ? '' : chars.slice(open + 1, i).join('');
      if (decide(i) || (open !== undefined && (converted.has(open) || CJK.test(inner)))) {
        converted.add(i);
        if (open !== undefined) converted.add(open);
      }
    } else if (decide(i)) {
      converted.add(i);
    }
  }

  chars.forEach((ch, i) => out.push(converted.has(i) ? FULLWIDTH[ch]! : ch));
  return out.join('');
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
  // A fullwidth mark carries its own spacing: drop ASCII spaces beside it.
  return result.replace(/ *([，：；（）？！、。]) */g, '$1');
}
