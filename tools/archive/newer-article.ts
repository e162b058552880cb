/**
 * One synthetic article published after every article of an archive: what an incremental
 * rebuild adds. Its text is the generator's (synthetic.ts); only its date (and so its slug) move.
 */
import { parseArticleFile, serialiseArticle } from '../../src/lib/article-file.ts';
import { toShanghaiIso } from '../../src/lib/dates.ts';
import { slugFor } from '../../src/lib/ingest/ingest.ts';
import { syntheticArticle } from './synthetic.ts';
import type { ArchiveArticle } from './write.ts';

const HOUR_MS = 3_600_000;

/** Article `index` of the generator, published one hour after the newest of `published` (ISO dates). */
export function articleAfter(index: number, published: Iterable<string>): ArchiveArticle {
  let newest = -Infinity;
  for (const date of published) newest = Math.max(newest, Date.parse(date));
  if (!Number.isFinite(newest)) throw new RangeError('articleAfter: no publication dates to come after');
  const generated = syntheticArticle(index);
  const { data, body } = parseArticleFile(generated.text, generated.fileName);
  const publishedAt = toShanghaiIso(new Date(newest + HOUR_MS));
  const { ingestDigest: _, ...fields } = data;
  const slug = slugFor(data.title, publishedAt);
  return {
    ...generated,
    slug,
    fileName: `${slug}.md`,
    text: serialiseArticle({ ...fields, publishedAt }, body),
    publishedAt,
  };
}
