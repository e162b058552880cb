/**
 * 相关阅读 against a reader's labels (tests/fixtures/related/README.md): the hand-written policy
 * archive, the search archive and the two generated archives.
 */
import { describe, expect, it } from 'vitest';
import {
  judge,
  labelledArchives,
  measure,
  readLabels,
  type LabelFile,
} from '../../../tools/bench/related-quality.ts';

const labels = readLabels();
const archives = labelledArchives();
const names = Object.keys(archives) as Array<keyof LabelFile>;

describe.each(names)('the %s archive', (name) => {
  it('has labels for articles it holds, named pairs agreeing with the groups', () => {
    expect(() => judge(labels[name], new Set(archives[name].map((item) => item.key)))).not.toThrow();
  });

  it('lists related articles at least 9 times in 10 (precision at 5), and no named unrelated pair', () => {
    const quality = measure(archives[name], labels[name]);
    expect(quality.shown).toBeGreaterThan(0);
    expect(quality.relatedShown / quality.shown).toBeGreaterThanOrEqual(0.9);
    expect(quality.namedPairsWrong).toEqual([]);
  });
});

describe('labels of the generated archives', () => {
  it('name each article’s subject as its title does (the labels are not stale)', () => {
    for (const name of ['synthetic', 'fixture'] as const) {
      const titles = new Map(archives[name].map((item) => [item.key, item.title]));
      for (const [subject, keys] of Object.entries(labels[name].groups)) {
        for (const key of keys) expect(titles.get(key)).toContain(subject);
      }
    }
  });

  it('give a section to every generated article with a related one, and to 9 in 10 of the policy archive’s', () => {
    for (const name of ['synthetic', 'fixture', 'policy'] as const) {
      const quality = measure(archives[name], labels[name]);
      expect(quality.withRelatedAndSection / quality.withRelated).toBeGreaterThanOrEqual(
        name === 'policy' ? 0.9 : 1,
      );
    }
  });
});
