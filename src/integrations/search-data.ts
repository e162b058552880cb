/**
 * Writes the compile-time search data (pinyin, vocabulary, character readings: see
 * src/lib/search/search-data.ts) into the built site, under search-data/, from the articles'
 * data, the way src/integrations/pagefind.ts builds the index from them. Only at build time:
 * pinyin-pro is never bundled for the browser.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleFiles } from '../lib/article-files.ts';
import { markdownToText } from '../lib/markdown.ts';
import { readingsOf, syllablesOf } from '../lib/search/pinyin-reading.ts';
import { buildSearchData } from '../lib/search/search-data.ts';
import { SEARCH_DATA_FOLDER } from '../lib/search/search-data-files.ts';
import { collectVocabulary, type VocabularyArticle } from '../lib/search/vocabulary.ts';

function* vocabularyArticles(): Generator<VocabularyArticle> {
  for (const { data, body } of readArticleFiles())
    yield { title: data.title, source: data.source, tags: data.tags, paragraphs: markdownToText(body) };
}

export default function searchDataIntegration(): AstroIntegration {
  return {
    name: 'news-archive:search-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        rmSync(join(site, SEARCH_DATA_FOLDER), { recursive: true, force: true });
        const files = buildSearchData(collectVocabulary(vocabularyArticles()), { syllablesOf, readingsOf });
        let bytes = 0;
        for (const [path, content] of files) {
          mkdirSync(dirname(join(site, path)), { recursive: true });
          writeFileSync(join(site, path), content);
          bytes += Buffer.byteLength(content);
        }
        logger.info(`wrote ${files.size} search data files (${Math.round(bytes / 1024)} KB)`);
      },
    },
  };
}
