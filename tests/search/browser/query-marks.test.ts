import { describe, expect, it } from 'vitest';
import { findOccurrences } from '../../../src/search/browser/match.ts';
import { markedLink, readMarkedTerms, withoutMarks } from '../../../src/search/browser/query-marks/link.ts';
import { spansInNodes } from '../../../src/search/browser/query-marks/text-nodes.ts';

describe('the query carried to an article', () => {
  it('goes as one parameter per spelling and comes back as terms', () => {
    const link = markedLink('/articles/a/', [['知识产权', '知識產權'], ['415X']]);
    expect(link).toBe(
      `/articles/a/?hl=${encodeURIComponent('知识产权')}&hl=${encodeURIComponent('知識產權')}&hl=415X`,
    );
    expect(readMarkedTerms(new URL(link, 'http://x').search)).toEqual([['知识产权'], ['知識產權'], ['415X']]);
    expect(markedLink('/a/?x=1', [['云']])).toBe(`/a/?x=1&hl=${encodeURIComponent('云')}`);
  });

  it('reads nothing without the parameter, and nothing absurd from a hand-made link', () => {
    expect(readMarkedTerms('')).toEqual([]);
    expect(readMarkedTerms('?hl=%20%20')).toEqual([]);
    expect(readMarkedTerms(`?hl=${'字'.repeat(51)}`)).toEqual([]);
    expect(readMarkedTerms(`?${Array.from({ length: 20 }, (_, i) => `hl=t${i}`).join('&')}`)).toHaveLength(
      10,
    );
    // Spaces split terms, as in the search box.
    expect(readMarkedTerms('?hl=浙江 大学')).toEqual([['浙江'], ['大学']]);
  });

  it('is dropped from the URL once the marks are cleared, other parameters kept', () => {
    expect(withoutMarks('?hl=a&hl=b')).toBe('');
    expect(withoutMarks('?x=1&hl=a')).toBe('?x=1');
  });
});

describe('occurrences cut into text nodes', () => {
  it('marks an occurrence split by an inline element in each of its nodes', () => {
    // "加强知识" + "产权" (in <strong>) + "保护，知识产权。"
    const nodes = ['加强知识', '产权', '保护，ＩＰ与知识产权。'];
    const spans = findOccurrences(nodes.join(''), [['知识产权'], ['ip']]);
    expect(
      spansInNodes(
        nodes.map((n) => n.length),
        spans,
      ),
    ).toEqual([
      { node: 0, start: 2, end: 4, occurrence: 0 },
      { node: 1, start: 0, end: 2, occurrence: 0 },
      { node: 2, start: 3, end: 5, occurrence: 1 },
      { node: 2, start: 6, end: 10, occurrence: 2 },
    ]);
  });

  it('skips empty nodes and gives nothing for no occurrence', () => {
    expect(spansInNodes([0, 3, 0, 2], [{ start: 2, end: 4 }])).toEqual([
      { node: 1, start: 2, end: 3, occurrence: 0 },
      { node: 3, start: 0, end: 1, occurrence: 0 },
    ]);
    expect(spansInNodes([3], [])).toEqual([]);
  });
});
