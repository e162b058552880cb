import { describe, expect, it } from 'vitest';
import { fold, foldString } from '../../../src/search/contract/fold.ts';

describe('folding for exact matching', () => {
  it('folds fullwidth letters, digits and punctuation and Latin case, and leaves Chinese as it is', () => {
    expect(foldString('ＡＢＣ１２３，Covid-19 知识产权（试行）')).toBe('abc123,covid-19 知识产权(试行)');
  });

  it('foldString is fold without its map back, for every kind of text', () => {
    for (const text of ['浙市监〔2024〕12号', 'Ｉｎｔｅｌ® 第３期', '', 'ß ﬁ 𠀀 Ⅻ'])
      expect(foldString(text)).toBe(fold(text).folded);
  });
});
