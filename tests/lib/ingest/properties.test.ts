/**
 * Property-based: for generated articles A, ingesting A once, twice, or three times with
 * different headers (in any line ending and encoding) gives the same article, and every
 * sentence of A's body reaches it exactly as often as A has it, in order.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { sentences } from '../../../src/search/contract/sentences.ts';
import {
  LAYOUTS,
  renderScrape,
  type Layout,
  type ScrapeArticle,
} from '../../../tools/ingest/render-scrape.ts';
import { markdownToText } from '../../../src/lib/markdown.ts';
import { sameArticle } from './same-article.ts';

// Common characters that never spell a header key (来源, 日期, 时间, 字体 …).
const HAN = [
  ...'政府会议工作发展建设推进落实全面加强经济社会改革创新服务管理推动保障质量项目企业群众安全生态文化教育科技人才基层治理农村城市',
];

const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((chars) => chars.join(''));

const clause = fc.oneof(
  { weight: 4, arbitrary: word(2, 10) },
  { weight: 1, arbitrary: word(2, 6).map((w) => `“${w}”`) },
  { weight: 1, arbitrary: fc.tuple(word(1, 4), word(1, 4)).map(([a, b]) => `${a}（${b}）`) },
);

const sentence = fc
  .tuple(
    fc.array(clause, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('，', '、', '：'),
    fc.constantFrom('。', '！', '？', '；'),
  )
  .map(([clauses, joiner, end]) => clauses.join(joiner) + end);

const paragraph = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join('')) },
  { weight: 1, arbitrary: fc.nat({ max: 999 }).map((n) => `图片${n}.jpg`) },
);

/** A body with at least one text paragraph; sometimes a paragraph (a slogan) is quoted again later. */
const body = fc
  .tuple(sentence, fc.array(paragraph, { maxLength: 7 }), fc.option(fc.nat(), { nil: undefined }))
  .map(([first, rest, repeat]) => {
    const paragraphs = [first, ...rest];
    if (repeat !== undefined) paragraphs.push(paragraphs[repeat % paragraphs.length]!);
    return paragraphs;
  });

const article: fc.Arbitrary<ScrapeArticle> = fc.record({
  title: fc.tuple(fc.integer({ min: 2000, max: 2030 }), word(2, 20)).map(([y, w]) => `${y}年${w}会议召开`),
  source: word(2, 8).map((w) => `${w}局`),
  date: fc.record({
    year: fc.integer({ min: 2000, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    time: fc.option(
      fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }),
      {
        nil: undefined,
      },
    ),
  }),
  paragraphs: body,
});

const firstLayout = fc.constantFrom<Layout>('plain', 'one-line', 'portal');
const anyLayout = fc.constantFrom<Layout>('plain', 'one-line', 'portal', 'header-only');
/** Three different header layouts, the first one with a title. */
const threeLayouts = fc
  .tuple(firstLayout, fc.shuffledSubarray([...LAYOUTS], { minLength: 2, maxLength: 2 }))
  .filter(([first, rest]) => !rest.includes(first))
  .map(([first, rest]) => [first, ...rest]);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const encoding = fc.constantFrom<'utf-8' | 'gb18030' | 'utf-16le'>('utf-8', 'gb18030', 'utf-16le');

const ingest = (a: ScrapeArticle, layouts: Layout[], eol = '\n', enc: BufferEncoding | 'gb18030' = 'utf-8') =>
  ingestRaw(iconv.encode(renderScrape(a, layouts, eol), enc), 'generated.txt');

describe('ingest, for generated articles', () => {
  it('A once, A twice, A three times with different headers: the same article', () => {
    fc.assert(
      fc.property(
        article,
        firstLayout,
        anyLayout,
        threeLayouts,
        lineEnd,
        encoding,
        (a, l1, l2, three, eol, enc) => {
          const once = sameArticle(ingest(a, ['plain']));
          expect(sameArticle(ingest(a, [l1], eol, enc))).toEqual(once);
          expect(sameArticle(ingest(a, [l1, l2], eol, enc))).toEqual(once);
          const thrice = ingest(a, three, eol, enc);
          expect(sameArticle(thrice)).toEqual(once);
          expect(thrice.copies).toBe(3);
        },
      ),
    );
  });

  it('conservation: every sentence of the body exactly as often as A has it, in order; metadata as given', () => {
    fc.assert(
      fc.property(article, threeLayouts, (a, three) => {
        const result = ingest(a, three);
        const text = a.paragraphs.filter((p) => !p.endsWith('.jpg'));
        expect(sentences(markdownToText(result.body))).toEqual(sentences(text));
        expect(result.article.images.map((i) => i.file)).toEqual(
          a.paragraphs.filter((p) => p.endsWith('.jpg')),
        );
        expect(result.article.title).toBe(a.title);
        expect(result.article.source).toBe(a.source);
        expect(result.article.publishedAt.slice(0, 10)).toBe(
          `${a.date.year}-${String(a.date.month).padStart(2, '0')}-${String(a.date.day).padStart(2, '0')}`,
        );
        expect(result.article.dateOnly).toBe(a.date.time ? undefined : true);
      }),
    );
  });

  it('any bytes at all: an article or a clear IngestError, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          ingestRaw(bytes, 'random.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          expect((error as IngestError).message).toMatch(/^random\.txt(:\d+)?: .+\. [A-Z].+\.$/s);
        }
      }),
    );
  });
});
