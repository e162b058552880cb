/** What must be equal when the same article is ingested from different scrapes: all but provenance. */
import type { IngestResult } from '../../../src/lib/ingest/ingest.ts';

export const sameArticle = (result: IngestResult) => ({
  slug: result.slug,
  article: { ...result.article, raw: undefined, ingestDigest: undefined },
  body: result.body,
});
