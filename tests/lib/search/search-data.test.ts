/** The compile-time search data of the search-quality archive, read the way the browser reads it. */
import { describe, expect, it } from 'vitest';
import { completionFiles, completions } from '../../../src/lib/search/completion.ts';
import { readPinyin } from '../../../src/lib/search/pinyin.ts';
import { readingsOf, syllablesOf } from '../../../src/lib/search/pinyin-reading.ts';
import { buildSearchData } from '../../../src/lib/search/search-data.ts';
import {
  MANIFEST_FILE,
  READINGS_FILE,
  type CharacterReadings,
  type PinyinShard,
  type SearchDataManifest,
  type VocabularyEntry,
} from '../../../src/lib/search/search-data-files.ts';
import { correctionFiles, sameSoundTest, suggestCorrections } from '../../../src/lib/search/typo.ts';
import { searchArchiveVocabulary } from './search-archive-vocabulary.ts';

const vocabulary = searchArchiveVocabulary();
const files = buildSearchData(vocabulary, { syllablesOf, readingsOf });
const parsed = new Map<string, unknown>();
const json = <T>(path: string): T => {
  if (!parsed.has(path)) parsed.set(path, JSON.parse(files.get(path)!));
  return parsed.get(path) as T;
};
const manifest = json<SearchDataManifest>(MANIFEST_FILE);
const readings = json<CharacterReadings>(READINGS_FILE);
const entriesOf = (paths: string[]): VocabularyEntry[] => paths.flatMap((p) => json<VocabularyEntry[]>(p));
const complete = (typed: string) => completions(typed, entriesOf(completionFiles(typed, manifest)));
const correct = (query: string) =>
  suggestCorrections(query, entriesOf(correctionFiles(query, manifest)), sameSoundTest(readings));

describe('the search data files', () => {
  it('name every file the manifest points to, and parse', () => {
    for (const path of files.keys()) expect(() => JSON.parse(files.get(path)!)).not.toThrow();
    expect(manifest.pinyinPrefixes.length).toBeGreaterThan(0);
    expect(manifest.titlePrefixes.length).toBeGreaterThan(0);
  });

  it('answer a pinyin query', async () => {
    const reading = await readPinyin('yan dang shan', manifest, async (file) => json<PinyinShard>(file));
    expect(reading).toEqual({ as: 'pinyin', terms: [['雁荡山']] });
  });

  it('complete a word, a tag, a source and a title of the archive', () => {
    expect(complete('知识').map((c) => c.text)).toContain('知识产权');
    expect(complete('杭州')).toEqual(
      expect.arrayContaining([
        { text: '杭州市人民政府', kind: 'source' },
        { text: '杭州第19届亚运会圆满闭幕', kind: 'title' },
      ]),
    );
  });

  it('suggest the archive word for a 同音字 slip, and a title for a slip late in it', () => {
    expect(correct('知识产全')[0]).toEqual({ text: '知识产权', kind: 'tag', cost: 0.5 });
    expect(correct('杭州第19届亚运会圆满闭慕').map((s) => s.text)).toContain('杭州第19届亚运会圆满闭幕');
  });

  it('hold every word, tag and source in the files read for a query one slip from it', () => {
    const entries = [...vocabulary.words.keys(), ...vocabulary.tags.keys(), ...vocabulary.sources.keys()];
    for (const entry of entries) {
      const chars = Array.from(entry);
      for (const slip of [['〇', ...chars.slice(1)], [chars[0]!, '〇', ...chars.slice(2)], chars.slice(1)]) {
        const found = entriesOf(correctionFiles(slip.join(''), manifest)).map(([text]) => text);
        expect(found).toContain(entry);
      }
    }
  });
});
