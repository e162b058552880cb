/**
 * The article files of the content folder (SITE.contentDir: CONTENT_DIR, default content/articles),
 * listed and parsed the one way: the content loader and the search index both read them through here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileStamps, type FileStamps } from './file-stamps.ts';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArticleFile, readPublishedAt, sha256, type ParsedArticle } from './article-file.ts';

/** The article files of a content folder, sorted; says what to do when the folder cannot be read. */
export function articleFileNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch {
    throw new Error(
      `CONTENT_DIR: the folder ${dir} cannot be read. Point CONTENT_DIR at a folder of article .md files (like content/articles/).`,
    );
  }
}

/** A picture ingest saved for an article: in the folder named like the article file, beside it. */
export const articleImageFile = (articleFile: string, image: string): string =>
  join(articleFile.replace(/\.md$/, ''), image);

/** Is `path` an article file of the content folder `dir` (what articleFileNames lists)? */
export const isArticleFile = (dir: string, path: string): boolean =>
  dirname(resolve(path)) === resolve(dir) && extname(path) === '.md';

export interface ArticleFile extends ParsedArticle {
  /** The file name without .md: the article's slug. */
  id: string;
  /** The path as error messages show it, relative to the working folder. */
  file: string;
  text: string;
}

/** Every article file of `dir`, read, one at a time: its slug, its path for messages, its text. */
export function* articleTexts(dir: string): Generator<{ id: string; file: string; text: string }> {
  for (const name of articleFileNames(dir)) {
    const file = relative(process.cwd(), join(dir, name));
    yield { id: basename(name, '.md'), file, text: readFileSync(join(dir, name), 'utf8') };
  }
}

/** Every article file of `dir`, parsed, one at a time; throws naming the file and each bad field. */
export function* readArticleFiles(dir: string): Generator<ArticleFile> {
  for (const { id, file, text } of articleTexts(dir))
    yield { id, file, text, ...parseArticleFile(text, file) };
}

/**
 * Every article file of `dir`, one at a time, with what `learn` reads from its text: from the
 * stamps of an earlier read (src/lib/file-stamps.ts) when the file has not changed since, else
 * read now (and then its text too). Every file is stamped anew; the caller saves the stamps.
 */
export function* articleFilesKnown<T>(
  dir: string,
  stamps: FileStamps<T> | undefined,
  learn: (text: string, file: string) => T,
): Generator<{ id: string; file: string; known: T; text?: string }> {
  for (const name of articleFileNames(dir)) {
    const path = join(dir, name);
    const id = basename(name, '.md');
    const file = relative(process.cwd(), path);
    // Stated before it is read: a change while it is read shows as a new time next build.
    const stats = statSync(path, { bigint: true });
    const earlier = stamps?.known(id, stats);
    if (earlier !== undefined) {
      stamps!.keep(id, stats, earlier);
      yield { id, file, known: earlier };
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const known = learn(text, file);
    stamps?.keep(id, stats, known);
    yield { id, file, known, text };
  }
}

/**
 * Every article file of `dir` with only its date (readPublishedAt) and the digest of its text:
 * enough to order the archive and tell which files changed since an earlier build. With
 * `stampsFile`, files unchanged since the last call are not read again.
 */
export function readArticleStamps(
  dir: string,
  stampsFile?: string,
): Array<{ id: string; file: string; digest: string; data: { publishedAt: string } }> {
  const stamps = stampsFile ? fileStamps<{ digest: string; publishedAt: string }>(stampsFile) : undefined;
  const learn = (text: string, file: string) => ({
    digest: sha256(text),
    publishedAt: readPublishedAt(text, file),
  });
  const found = [...articleFilesKnown(dir, stamps, learn)].map(({ id, file, known }) => ({
    id,
    file,
    digest: known.digest,
    data: { publishedAt: known.publishedAt },
  }));
  stamps?.save();
  return found;
}
