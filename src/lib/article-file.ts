/**
 * An article on disk: YAML frontmatter + Markdown body. Written byte-identically for the same
 * input (fixed key order, no timestamps), and carrying a digest of itself so a hand edit can be told.
 */
import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';
import { articleSchema, describeIssues, isoWithOffset, type Article } from './article.ts';

// Written by hand (not by the YAML library) and always quoted, so it stays a string.
const DIGEST_LINE = /^ingestDigest: "([0-9a-f]{64})"\n/m;

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const FIELD_ORDER = [
  'title',
  'source',
  'publishedAt',
  'dateOnly',
  'summary',
  'tags',
  'images',
  'disclosure',
  'attachments',
  'page',
  'raw',
] as const;

/** The file text for an article, ending its frontmatter with the digest of everything else. */
export function serialiseArticle(article: Omit<Article, 'ingestDigest'>, body: string): string {
  // Optional fields that are absent are left out, so older files keep their exact bytes.
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => article[key] !== undefined).map((key) => [key, article[key]]),
  );
  // The core schema leaves ISO dates as strings; lineWidth 0 keeps long Chinese lines whole.
  const yaml = stringify(ordered, { lineWidth: 0, schema: 'core' });
  const undigested = `---\n${yaml}---\n\n${body}`;
  return `---\n${yaml}ingestDigest: "${sha256(undigested)}"\n---\n\n${body}`;
}

/** The digest recorded in a file, if any. */
export function recordedDigest(text: string): string | undefined {
  return DIGEST_LINE.exec(text)?.[1];
}

export interface ParsedArticle {
  data: Article;
  body: string;
}

export class FrontmatterError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'FrontmatterError';
  }
}

/** The frontmatter's YAML and the Markdown body of a file; throws a FrontmatterError when there is none. */
function splitArticleFile(text: string, file: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) {
    throw new FrontmatterError(
      file,
      'no frontmatter: the file must start with a line "---", the YAML fields, and another "---"',
    );
  }
  return { yaml: match[1]!, body: match[2]!.replace(/^\n/, '') };
}

/** Only the Markdown body of an article file, for pages that render it (the content store keeps the frontmatter). */
export const articleFileBody = (text: string, file: string): string => splitArticleFile(text, file).body;

/**
 * A copy of what was read from a file's text: each string cut from it is a slice that keeps the
 * whole text alive wherever it is kept (3 KB an article: 300 MB of a 100,000-article build, and
 * the indexing process ran out of its heap keeping only the dates).
 */
const detached = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The frontmatter read by js-yaml, the parser Astro reads Markdown frontmatter with: ten times
 * faster than `yaml` (10,000 articles' frontmatter in 0.14 s instead of 1.4 s, read by both the
 * Astro process and the indexing process). Undefined when it cannot read it.
 */
function parseFast(yaml: string): unknown {
  try {
    return loadFast(yaml, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/**
 * Split and parse; throws a FrontmatterError naming the file and each bad field. `yaml` (which
 * writes the files) has the last word: js-yaml reads a few plain scalars that `yaml` keeps as
 * strings (0b101, -0x1F) as numbers, and the schema has no numbers, so whenever js-yaml's reading
 * does not fit the schema the file is read again by `yaml`, whose reading and errors count.
 */
export function parseArticleFile(text: string, file: string): ParsedArticle {
  const { yaml, body } = splitArticleFile(text, file);
  const fast = articleSchema.safeParse(parseFast(yaml));
  if (fast.success) return { data: detached(fast.data), body };
  let raw: unknown;
  try {
    raw = parse(yaml, { schema: 'core' });
  } catch (error) {
    throw new FrontmatterError(file, `the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    throw new FrontmatterError(
      file,
      `the frontmatter does not match the article schema (src/lib/article.ts):\n${describeIssues(result.error)}\nFix the field(s) above, or re-create the file from its raw scrape with npm run ingest -- --force <raw file>.`,
    );
  }
  return { data: detached(result.data), body };
}

/** The publishedAt line as ingest writes it: top level, the value bare or quoted. */
const PUBLISHED_LINE = /^publishedAt:[ \t]*(['"]?)([^'"\s]+)\1[ \t]*$/m;

/**
 * Only an article's publishedAt, read from its line without parsing the YAML: the search index
 * orders every article by date before it reads any whole, and a full parse of each took 4 s at
 * 10,000 articles. A file whose line is in another form is parsed whole.
 */
export function readPublishedAt(text: string, file: string): string {
  const value = PUBLISHED_LINE.exec(splitArticleFile(text, file).yaml)?.[2];
  if (value !== undefined && isoWithOffset.safeParse(value).success) return detached(value);
  return parseArticleFile(text, file).data.publishedAt;
}

/** False when the file was changed after ingest wrote it (its digest no longer matches). */
export function isUntouched(text: string): boolean {
  const recorded = recordedDigest(text);
  return recorded !== undefined && sha256(text.replace(DIGEST_LINE, '')) === recorded;
}
