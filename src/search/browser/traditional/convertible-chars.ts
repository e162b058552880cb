/**
 * Which characters the Traditional → Simplified converter (OpenCC) may change, known without
 * loading it. The converter is ~110 kB; a query with none of these characters converts to
 * itself, so the search page need not download the converter before showing its results.
 *
 * The set is exact for OpenCC's dictionaries: a dictionary entry can only apply where the
 * whole entry occurs in the query, so each entry that changes text needs just one of its
 * characters in the set (its "witness"). Single-character entries are their own witnesses;
 * a longer entry uses a character already in the set, or the one shared by the most entries.
 * CJK Unified Ideographs (U+4E00–U+9FFF) are kept as a bitmap; any other Han character
 * (extensions, compatibility ideographs) is always treated as convertible.
 */

/** OpenCC's serialised dictionaries: "from to|from to|…". */
export type Dictionary = string;

const URO_START = 0x4e00;
const URO_END = 0x9fff;
const HAN = /\p{Script=Han}/u;

/** Every character that some text-changing entry of the dictionaries needs. */
export function convertibleChars(dictionaries: readonly Dictionary[]): Set<string> {
  const changing = dictionaries
    .flatMap((d) => d.split('|').map((entry) => entry.split(' ')))
    .filter(([from, to]) => from && from !== to)
    .map(([from]) => [...from!]);
  const chars = new Set(changing.filter((e) => e.length === 1).map((e) => e[0]!));
  let uncovered = changing.filter((e) => !e.some((c) => chars.has(c)));
  while (uncovered.length) {
    const count = new Map<string, number>();
    for (const entry of uncovered) for (const c of new Set(entry)) count.set(c, (count.get(c) ?? 0) + 1);
    // Most entries first, then the lowest code point, so the set is the same on every run.
    const [witness] = [...count].sort(
      (a, b) => b[1] - a[1] || a[0].codePointAt(0)! - b[0].codePointAt(0)!,
    )[0]!;
    chars.add(witness);
    uncovered = uncovered.filter((e) => !e.includes(witness));
  }
  return chars;
}

/** The characters in U+4E00–U+9FFF as a base64 bitmap, one bit per code point. */
export function uroBitmap(chars: Iterable<string>): string {
  const bits = new Uint8Array((URO_END - URO_START + 1) / 8);
  for (const c of chars) {
    const i = c.codePointAt(0)! - URO_START;
    if (i >= 0 && i <= URO_END - URO_START) bits[i >> 3]! |= 1 << (i & 7);
  }
  return btoa(String.fromCharCode(...bits));
}

/** A test for text that holds a convertible character: the bitmap for U+4E00–U+9FFF, any other Han character. */
export function convertibleTest(bitmap: string): (text: string) => boolean {
  let bits: Uint8Array | undefined;
  return (text) => {
    for (const c of text) {
      const cp = c.codePointAt(0)!;
      if (cp >= URO_START && cp <= URO_END) {
        bits ??= Uint8Array.from(atob(bitmap), (b) => b.charCodeAt(0));
        const i = cp - URO_START;
        if (bits[i >> 3]! & (1 << (i & 7))) return true;
      } else if (HAN.test(c)) return true;
    }
    return false;
  };
}
