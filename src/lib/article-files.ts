/**
 * The article files of the content folder (SITE.contentDir: CONTENT_DIR, default content/articles),
 * listed and parsed the one way: the content loader and the search index both read them through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
 * Every article file of `dir` with only its date (readPublishedAt) and the digest of its text, one
 * at a time: enough to order the archive and tell which files changed since an earlier build.
 */
export function* readArticleStamps(
  dir: string,
): Generator<{ id: string; file: string; digest: string; data: { publishedAt: string } }> {
  for (const { id, file, text } of articleTexts(dir))
    yield { id, file, digest: sha256(text), data: { publishedAt: readPublishedAt(text, file) } };
}
