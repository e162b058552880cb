import { describe, expect, it } from 'vitest';
import { arrivalHref, arrivalTerms, withoutArrival } from '../../../src/lib/search/arrival-marks.ts';

describe('the query carried from a result to its article', () => {
  it('rides in the link and comes back as the terms to mark', () => {
    const link = arrivalHref('/articles/2024-01-02-abc/', ' 知识产权  张雁云 ');
    expect(link).toBe(`/articles/2024-01-02-abc/?hl=${encodeURIComponent('知识产权 张雁云')}`);
    expect(arrivalTerms(new URL(link, 'https://x.org').search)).toEqual([['知识产权'], ['张雁云']]);
  });

  it('leaves the link alone for an empty query, and keeps a fragment last', () => {
    expect(arrivalHref('/articles/a/', '  ')).toBe('/articles/a/');
    expect(arrivalHref('/articles/a/#p2', 'Asian Games')).toBe('/articles/a/?hl=Asian%20Games#p2');
  });

  it('marks nothing on a page opened any other way', () => {
    expect(arrivalTerms('')).toEqual([]);
    expect(arrivalTerms('?x=1')).toEqual([]);
  });

  it('gives the page its plain URL back once the marks are cleared', () => {
    expect(withoutArrival('https://x.org/news/articles/a/?hl=%E7%9F%A5#p2')).toBe('/news/articles/a/#p2');
  });
});
