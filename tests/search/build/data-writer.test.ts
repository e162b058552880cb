/** The compile-time search data of the search-quality archive, read the way the browser reads it. */
import { describe, expect, it } from 'vitest';
import { readingsOf, syllablesOf } from '../../../src/search/build/pronunciation.ts';
import { buildSearchData } from '../../../src/search/build/data-writer.ts';
import { correctionFiles } from '../../../src/search/browser/corrections.ts';
import { searchDataReader } from '../../helpers/search-data.ts';
import { searchArchiveVocabulary } from '../../helpers/search-archive-vocabulary.ts';

const vocabulary = searchArchiveVocabulary();
const files = buildSearchData(vocabulary, { syllablesOf, readingsOf });
const data = searchDataReader((path) => files.get(path)!);

describe('the search data files', () => {
  it('name every file the manifest points to, and parse', () => {
    for (const path of files.keys()) expect(() => JSON.parse(files.get(path)!)).not.toThrow();
    expect(data.manifest.pinyinPrefixes.length).toBeGreaterThan(0);
    expect(data.manifest.titlePrefixes.length).toBeGreaterThan(0);
  });

  it('answer a pinyin query', async () => {
    expect(await data.pinyin('yan dang shan')).toEqual({ as: 'pinyin', terms: [['雁荡山']] });
  });

  it('complete a word, a tag, a source and a title of the archive', () => {
    expect(data.complete('知识').map((c) => c.text)).toContain('知识产权');
    // A span kept for the pinyin of names is no word to offer.
    expect(data.complete('杭州').map((c) => c.text)).not.toContain('杭州第');
    expect(data.complete('杭州')).toEqual(
      expect.arrayContaining([
        { text: '杭州市人民政府', kind: 'source' },
        { text: '杭州第19届亚运会圆满闭幕', kind: 'title' },
      ]),
    );
  });

  it('correct to the archive word for a 同音字 slip, and a title for a slip late in it', () => {
    expect(data.correct('知识产全')[0]).toEqual({ text: '知识产权', kind: 'tag', cost: 0.5 });
    expect(data.correct('杭州第19届亚运会圆满闭慕').map((s) => s.text)).toContain('杭州第19届亚运会圆满闭幕');
  });

  it('hold every word, tag and source in the files read for a query one slip from it', () => {
    const entries = [...vocabulary.words.keys(), ...vocabulary.tags.keys(), ...vocabulary.sources.keys()];
    for (const entry of entries) {
      const chars = Array.from(entry);
      for (const slip of [['〇', ...chars.slice(1)], [chars[0]!, '〇', ...chars.slice(2)], chars.slice(1)]) {
        const found = data.entries(correctionFiles(slip.join(''), data.manifest)).map(([text]) => text);
        expect(found).toContain(entry);
      }
    }
  });
});
