/** The vocabulary of the search-quality fixture archive, as the build collects it. */
import { collectVocabulary } from '../../src/search/build/vocabulary.ts';
import { SEARCH_ARCHIVE } from '../../tools/archive/search-archive.ts';

export const searchArchiveVocabulary = () =>
  collectVocabulary(
    SEARCH_ARCHIVE.map(({ title, source, tags, paragraphs }) => ({ title, source, tags, paragraphs })),
  );
