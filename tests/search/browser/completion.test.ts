import { describe, expect, it } from 'vitest';
import { completions } from '../../../src/search/browser/header-box/completion.ts';
import type { VocabularyEntry } from '../../../src/search/contract/data-files.ts';

const entries: VocabularyEntry[] = [
  ['杭州', 30, 'word'],
  ['杭州市人民政府', 12, 'source'],
  ['杭州第19届亚运会圆满闭幕', 1, 'title'],
  ['杭州湾', 2, 'word'],
  ['杭州市', 8, 'word'],
  ['宁波', 5, 'word'],
  ['Asian', 1, 'word'],
];

describe('completions', () => {
  it('offers what begins with the typed text: sources and tags first, then words by frequency, titles last', () => {
    expect(completions('杭州', entries).map((c) => c.text)).toEqual([
      '杭州市人民政府',
      '杭州市',
      '杭州湾',
      '杭州第19届亚运会圆满闭幕',
    ]);
  });

  it('ignores case and width, and never offers what was typed or what does not begin with it', () => {
    expect(completions('ａｓ', entries)).toEqual([{ text: 'Asian', kind: 'word' }]);
    expect(completions('宁波', entries)).toEqual([]);
    expect(completions('州', entries)).toEqual([]);
    expect(completions('  ', entries)).toEqual([]);
  });

  it('offers at most the limit', () => {
    expect(completions('杭', entries, 2)).toHaveLength(2);
  });
});
