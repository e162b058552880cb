/**
 * npm run bench:search-data [-- ARTICLES [NAMES]]: the size of the compile-time search data
 * (pinyin, vocabulary, character readings) for a synthetic archive of ARTICLES articles (default
 * 10,000; tools/archive/synthetic.ts, with the committed articles' and the search fixture's
 * sentences mixed in), and the gzip bytes that sample pinyin queries fetch. Sizes only, no
 * timings. The generator's vocabulary is small (templates); NAMES adds that many random
 * three-character names to each article, a stand-in for the breadth of a real archive's names.
 */
import { resolve } from 'node:path';
import { parseArticleFile } from '../src/lib/article-file.ts';
import { readArticleFiles } from '../src/lib/article-files.ts';
import { prng, syntheticArticle } from '../tools/archive/synthetic.ts';
import { markdownToText } from '../src/lib/markdown.ts';
import { readPinyin } from '../src/search/browser/pinyin-lookup.ts';
import { gzipBytes } from '../src/search/build/prefix-files.ts';
import { readingsOf, syllablesOf } from '../src/search/build/pronunciation.ts';
import { buildSearchData } from '../src/search/build/data-writer.ts';
import {
  MANIFEST_FILE,
  READINGS_FILE,
  SEARCH_DATA_FOLDER,
  type PinyinShard,
  type SearchDataManifest,
} from '../src/search/contract/data-files.ts';
import { collectVocabulary, type VocabularyArticle } from '../src/search/build/vocabulary.ts';
import { SEARCH_ARCHIVE } from '../tools/archive/search-archive.ts';

const size = Number(process.argv[2] ?? 10_000);
const namesPerArticle = Number(process.argv[3] ?? 0);
const QUERIES = [
  'hangzhou',
  'zhejiangsheng',
  'zjs',
  'zhishichanquan',
  'gu wen hai',
  'wang jian guo',
  'ningbo',
  'xyzzy',
];

const sentences = [
  ...Array.from(readArticleFiles(resolve('content/articles')), ({ body }) => markdownToText(body)).flat(),
  ...SEARCH_ARCHIVE.flatMap((a) => a.paragraphs),
].flatMap((p) => p.split(/(?<=。)/u).filter(Boolean));

function* articles(): Generator<VocabularyArticle> {
  for (let i = 0; i < size; i++) {
    const { data, body } = parseArticleFile(syntheticArticle(i, sentences).text, `${i}.md`);
    const rand = prng(i);
    // CJK Unified Ideographs U+4E00–U+9FA5.
    const char = () => String.fromCodePoint(0x4e00 + Math.floor(rand() * 0x51a6));
    const names = Array.from({ length: namesPerArticle }, () => char() + char() + char());
    const paragraphs = [...markdownToText(body), ...(names.length ? [`出席：${names.join('、')}。`] : [])];
    yield { title: data.title, source: data.source, tags: data.tags, paragraphs };
  }
}

const vocabulary = collectVocabulary(articles());
const files = buildSearchData(vocabulary, { syllablesOf, readingsOf });
const gz = (path: string): number => gzipBytes(files.get(path)!);
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const under = (folder: string): string[] =>
  [...files.keys()].filter((p) => p.startsWith(`${SEARCH_DATA_FOLDER}${folder}/`));
const largest = (paths: string[]): number => Math.max(...paths.map(gz));
const total = (paths: string[]): number => paths.reduce((sum, p) => sum + gz(p), 0);

const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as SearchDataManifest;
console.log(
  `${size} articles (+${namesPerArticle} random names each): ${vocabulary.words.size} words, ${vocabulary.spans.size} name-like spans, ${vocabulary.titles.length} titles, ${vocabulary.latin.size} Latin words`,
);
console.log(
  `${files.size} files, ${kb([...files.values()].reduce((s, c) => s + Buffer.byteLength(c), 0))} raw, ${kb(total([...files.keys()]))} gzip`,
);
console.log(`manifest: ${kb(gz(MANIFEST_FILE))} gzip; character readings: ${kb(gz(READINGS_FILE))} gzip`);
const pinyin = under('pinyin');
console.log(
  `pinyin: ${pinyin.length} files, ${kb(total(pinyin))} gzip in all, largest ${kb(largest(pinyin))}`,
);
const vocabularyFiles = under('vocabulary');
console.log(
  `vocabulary: ${vocabularyFiles.length} files, ${kb(total(vocabularyFiles))} gzip in all, largest ${kb(largest(vocabularyFiles))}`,
);
const titles = under('titles');
console.log(
  `titles: ${titles.length} files, ${kb(total(titles))} gzip in all, largest ${kb(largest(titles))}`,
);
for (const query of QUERIES) {
  const read = new Set([MANIFEST_FILE]);
  const found = await readPinyin(query, manifest, async (file) => {
    read.add(file);
    return JSON.parse(files.get(file)!) as PinyinShard;
  });
  console.log(`  ${query}: ${kb(total([...read]))} gzip (${read.size} files) → ${JSON.stringify(found)}`);
}
