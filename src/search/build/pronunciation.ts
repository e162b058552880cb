/**
 * Toneless pinyin of the archive's words, when the site is built (never in the browser):
 * pinyin-pro reads a word in context, so 多音字 come out right (重庆 chongqing, 银行 yinhang,
 * 行长 hangzhang, 会计 kuaiji). Chosen over pinyin@4 (with segmentit) and @napi-rs/pinyin on 167
 * words of government news: 158 right against 148 and 113 (see the commit that added it).
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Readings pinyin-pro gets wrong that this archive's news uses: a Zhejiang city, two common words. */
const CORRECTIONS: Record<string, string> = {
  乐清: 'yuè qīng',
  率先: 'shuài xiān',
  处长: 'chù zhǎng',
};
customPinyin(CORRECTIONS);

/** A Chinese word's syllables, toneless, ü as v: 杭州 → [hang, zhou]. */
export const syllablesOf = (word: string): string[] =>
  pinyin(word, { toneType: 'none', type: 'array', v: true });

/** Every reading of one character (行 → xing, hang, heng): typo corrections match homophones. */
export const readingsOf = (char: string): string[] =>
  pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true });
