/**
 * The compile-time search data read the way the browser reads it: pinyin lookups, completions and
 * typo corrections, each from only the files its query needs. `read`: a data file's text by its
 * path (search-data/…), from a built site or from buildSearchData's output.
 */
import { completions, completionFiles } from '../../src/search/browser/header-box/completion.ts';
import { readingsOf, syllablesOf } from '../../src/search/build/pronunciation.ts';
import { buildSearchData } from '../../src/search/build/data-writer.ts';
import { collectVocabulary } from '../../src/search/build/vocabulary.ts';
import { readPinyin } from '../../src/search/browser/pinyin-lookup.ts';
import { correctionFiles, sameSoundTest, closestCorrections } from '../../src/search/browser/corrections.ts';
import {
  MANIFEST_FILE,
  READINGS_FILE,
  type CharacterReadings,
  type PinyinShard,
  type SearchDataManifest,
  type VocabularyEntry,
} from '../../src/search/contract/data-files.ts';

export function searchDataReader(read: (path: string) => string) {
  const parsed = new Map<string, unknown>();
  const json = <T>(path: string): T => {
    if (!parsed.has(path)) parsed.set(path, JSON.parse(read(path)));
    return parsed.get(path) as T;
  };
  const manifest = json<SearchDataManifest>(MANIFEST_FILE);
  const entries = (paths: string[]) => paths.flatMap((p) => json<VocabularyEntry[]>(p));
  return {
    json,
    manifest,
    /** The vocabulary and title entries in the given files. */
    entries,
    pinyin: (query: string) => readPinyin(query, manifest, async (file) => json<PinyinShard>(file)),
    complete: (typed: string) => completions(typed, entries(completionFiles(typed, manifest))),
    correct: (query: string) =>
      closestCorrections(
        query,
        entries(correctionFiles(query, manifest)),
        sameSoundTest(json<CharacterReadings>(READINGS_FILE)),
      ),
  };
}

/** The search data the build would write for these articles (one paragraph each). */
export const searchDataOf = (
  articles: ReadonlyArray<{ title: string; text: string; source?: string; tags?: string[] }>,
) =>
  buildSearchData(
    collectVocabulary(
      articles.map(({ title, text, source = '省政府', tags = [] }) => ({
        title,
        source,
        tags,
        paragraphs: [text],
      })),
    ),
    { syllablesOf, readingsOf },
  );
