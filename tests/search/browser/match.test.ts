import { describe, expect, it } from 'vitest';
import { containsAll, findOccurrences, isRelated } from '../../../src/search/browser/match.ts';
import { splitTerms } from '../../../src/search/browser/query.ts';

const text = '浙江省政府副省长张雁云出席会议，面向“415X”先进制造业集群。浙江工业大学举办大赛。';

describe('query terms', () => {
  it('splits on ASCII and ideographic spaces, drops quotes and repeated terms', () => {
    expect(splitTerms(' 知识产权\u3000张雁云 "GDP" gdp ')).toEqual(['知识产权', '张雁云', 'GDP']);
  });
  it('turns fullwidth letters and digits into ASCII', () => {
    expect(splitTerms('４１５Ｘ')).toEqual(['415X']);
  });
});

describe('exact containment', () => {
  it.each([
    ['张雁云', true],
    ['雁云', true],
    ['张小云', false],
    ['云雁张', false],
    ['浙江大学', false],
    ['415x', true],
    ['４１５Ｘ', true],
  ])('%s → %s', (query, expected) => {
    expect(
      containsAll(
        text,
        splitTerms(query).map((t) => [t]),
      ),
    ).toBe(expected);
  });

  it('needs every term, in any spelling given', () => {
    expect(containsAll(text, [['张雁云'], ['鲸鱼']])).toBe(false);
    expect(containsAll(text, [['张雁云'], ['鲸鱼', '会议']])).toBe(true);
  });
});

describe('occurrences', () => {
  it('are reported in the original text, longest spelling first, without overlap', () => {
    const spans = findOccurrences('ＡＢＣ和abc', [['abc'], ['ab']]);
    expect(spans).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
  });
});

describe('related (loose) matches', () => {
  it('share two adjacent characters of a Chinese term, or a whole short term', () => {
    expect(isRelated(text, [['浙江大学']])).toBe(true); // 浙江, 大学
    expect(isRelated(text, [['张小云']])).toBe(false); // 张, 小, 云 only apart
    expect(isRelated(text, [['415X'], ['鲸鱼']])).toBe(true);
    expect(isRelated(text, [['GDPR']])).toBe(false);
  });
});
