import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertibleChars,
  convertibleTest,
  uroBitmap,
} from '../../../src/search/browser/traditional/convertible-chars.ts';
import { CONVERTIBLE_URO } from '../../../src/search/browser/traditional/convertible-chars.data.ts';
import { converterDictionaries } from '../../../tools/search/converter-dictionaries.ts';
import { loadConverter, mayConvert } from '../../../src/search/browser/traditional/to-simplified.ts';

describe('convertible characters', () => {
  it('the committed bitmap matches the installed opencc-js (else: npm run gen:convertible-chars)', async () => {
    expect(uroBitmap(convertibleChars(await converterDictionaries()))).toBe(CONVERTIBLE_URO);
  });

  it('needs one character of every entry that changes text', () => {
    const chars = convertibleChars(['乾 干|乾隆 乾隆|上梁 上樑|梁上 樑上|脊梁 脊樑']);
    // 乾 alone changes; 乾隆 does not; the three 梁 entries share one witness.
    expect([...chars].sort()).toEqual(['乾', '梁']);
  });

  it('flags Traditional queries, not Simplified ones, Latin or digits', () => {
    for (const q of ['知識產權', '聯席會議', '張雁雲', '數字經濟', '錢塘江'])
      expect(mayConvert(q), q).toBe(true);
    for (const q of ['知识产权', '联席会议', '张雁云', '数字经济', '415X GDP 2024'])
      expect(mayConvert(q), q).toBe(false);
  });

  it('treats Han characters outside U+4E00–U+9FFF as convertible', () => {
    const test = convertibleTest(uroBitmap([]));
    expect(test('𠀀')).toBe(true); // Extension B
    expect(test('\uf9f1')).toBe(true); // a compatibility ideograph (U+F9F1)
    expect(test('知识')).toBe(false);
  });

  it('the converter leaves unchanged every sentence of the articles it is not loaded for', async () => {
    const convert = await loadConverter();
    const dir = 'content/articles';
    const sentences = readdirSync(dir)
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/[，。；：、\n]/u))
      .filter(Boolean);
    const skipped = sentences.filter((s) => !mayConvert(s));
    expect(skipped.length).toBeGreaterThan(10);
    for (const s of skipped) expect(convert(s)).toBe(s);
    // And every Han character the test says is safe converts to itself, one by one.
    for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
      const c = String.fromCodePoint(cp);
      if (!mayConvert(c)) expect(convert(c)).toBe(c);
    }
  });
});
