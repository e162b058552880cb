/**
 * npm run ingest -- [--out DIR] [--dry-run] [--force] PATH...
 * Raw scrapes (files, or folders walked recursively) → content/articles/*.md.
 * Thin CLI: the logic lives in src/lib/ingest/.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  mkdirSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { isHtmlPath, SAVED_FILES_FOLDER } from '../src/lib/ingest/html/detect.ts';
import { ingestRaw, type IngestResult } from '../src/lib/ingest/ingest.ts';
import { planWrites } from '../src/lib/ingest/plan.ts';

const USAGE =
  'Usage: npm run ingest -- [--out DIR] [--dry-run] [--force] PATH...\n  PATH  a raw .txt scrape, a saved .html/.htm/.shtml page, or a folder of them (walked recursively)';

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

interface Walk {
  files: Set<string>;
  /** Files that are neither .txt scrapes nor saved pages: reported, not read. */
  ignored: string[];
  /** Folders a browser saved beside a page (页面_files/): the page's pictures, not articles. */
  savedFolders: number;
  /** Entries that could not be read (broken links, permissions): they fail the batch. */
  unreadable: string[];
  /** Folders already walked (real paths), so a symlink loop is walked once. */
  seen: Set<string>;
}

/** Every .txt and saved page under `path`, sorted, so batches run in the same order on every machine. */
function walk(path: string, into: Walk): void {
  let stat;
  try {
    stat = statSync(path);
    if (stat.isDirectory()) {
      const real = realpathSync(path);
      if (into.seen.has(real)) return;
      into.seen.add(real);
      if (SAVED_FILES_FOLDER.test(path)) {
        into.savedFolders++;
        return;
      }
      for (const name of readdirSync(path).sort()) {
        if (!name.startsWith('.')) walk(join(path, name), into);
      }
    } else if (stat.isFile() && (/\.txt$/i.test(path) || isHtmlPath(path))) {
      into.files.add(resolve(path));
    } else {
      into.ignored.push(path);
    }
  } catch (error) {
    into.unreadable.push(
      `${displayPath(path)}: cannot be read (${(error as Error).message}). Fix the file or its permissions, or move it out of the folder`,
    );
  }
}

/** Repository-relative, forward slashes: the same on every machine. */
const displayPath = (path: string): string => relative(process.cwd(), resolve(path)).split(sep).join('/');

/**
 * The files a browser saved beside a page, by the relative address the page uses for them
 * (./页面_files/图片.jpg); only inside a *_files/ folder next to the page.
 */
function savedFilesOf(page: string) {
  const folder = dirname(page);
  return (relativePath: string): Uint8Array | undefined => {
    const path = resolve(folder, relativePath.split(/[?#]/)[0]!);
    const inside = relative(folder, path).split(sep);
    if (inside.length < 2 || inside[0] === '..' || !SAVED_FILES_FOLDER.test(inside[0]!)) return undefined;
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  };
}

/** Pictures saved beside the article, in its own folder; a picture already there unchanged is left alone. */
function writeImages(result: IngestResult, target: string): number {
  let written = 0;
  for (const image of result.images ?? []) {
    const folder = target.replace(/\.md$/, '');
    const path = join(folder, image.file);
    if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(image.bytes)) === 0) continue;
    mkdirSync(folder, { recursive: true });
    writeAtomically(path, image.bytes);
    written++;
  }
  return written;
}

function writeAtomically(target: string, text: string | Uint8Array): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const describe = (result: IngestResult): string =>
  `${result.article.raw.path} (${result.encoding}, ${result.copies} ${result.copies === 1 ? 'copy' : 'copies'})`;

function main(): number {
  const { values, positionals } = parse();
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const dryRun = values['dry-run'];
  const outDir = values.out;

  const walked: Walk = { files: new Set(), ignored: [], savedFolders: 0, unreadable: [], seen: new Set() };
  for (const path of positionals) {
    if (!existsSync(path)) {
      console.error(`${path}: no such file or folder. Check the path and run again.`);
      return 2;
    }
    walk(path, walked);
  }
  if (walked.savedFolders > 0) {
    console.log(
      `read ${walked.savedFolders} saved page folder(s) (*_files/) only for the pictures of their pages`,
    );
  }
  if (walked.ignored.length > 0) {
    console.warn(
      `ignored ${walked.ignored.length} file(s) that are neither .txt scrapes nor saved .html/.htm/.shtml pages, e.g. ${displayPath(walked.ignored[0]!)}`,
    );
  }
  const files = [...walked.files];
  if (files.length === 0 && walked.unreadable.length === 0) {
    console.error(`No .txt scrapes or saved .html/.htm/.shtml pages found under ${positionals.join(', ')}.`);
    return 2;
  }

  const failures: string[] = [...walked.unreadable];
  const results: Array<{ rawPath: string; result: IngestResult }> = [];
  const showProgress = files.length >= 200;
  files.forEach((file, i) => {
    const rawPath = displayPath(file);
    try {
      const result = ingestRaw(readFileSync(file), rawPath, { savedFiles: savedFilesOf(file) });
      for (const warning of result.warnings ?? []) console.warn(`warning: ${rawPath}: ${warning}`);
      results.push({ rawPath, result });
    } catch (error) {
      failures.push(
        error instanceof IngestError
          ? error.message
          : `${rawPath}: could not be ingested: ${(error as Error).message}. If the file is readable, report this as an ingest bug with the raw file attached.`,
      );
    }
    if (showProgress && ((i + 1) % 500 === 0 || i + 1 === files.length)) {
      process.stderr.write(`ingest: ${i + 1}/${files.length} files read, ${failures.length} failed\n`);
    }
  });

  const actions = planWrites({
    results,
    targetFor: (slug) => join(outDir, `${slug}.md`),
    existing: (target) => (existsSync(target) ? readFileSync(target, 'utf8') : undefined),
    force: values.force,
  });

  const counts = { written: 0, unchanged: 0, skipped: 0, failed: failures.length };
  const encodings = new Map<string, number>();
  if (!dryRun) mkdirSync(outDir, { recursive: true });
  for (const action of actions) {
    if (action.kind === 'fail') {
      failures.push(action.message);
      counts.failed++;
      continue;
    }
    const { result, target } = action;
    encodings.set(result.encoding, (encodings.get(result.encoding) ?? 0) + 1);
    if (dryRun) {
      const verb = { write: 'would write', unchanged: 'unchanged  ', skip: 'would skip ' }[action.kind];
      console.log(`${verb} ${displayPath(target)}  ← ${describe(result)}`);
      console.log(`  title: ${result.article.title}`);
      console.log(
        `  source: ${result.article.source}   publishedAt: ${result.article.publishedAt}${result.article.dateOnly ? ' (date only)' : ''}   tags: ${result.article.tags.join('、') || '(none)'}`,
      );
      const { disclosure } = result.article;
      if (disclosure)
        console.log(
          `  disclosure: ${Object.entries(disclosure)
            .map(([key, value]) =>
              Array.isArray(value)
                ? value.map((f: { label: string; value: string }) => `${f.label}: ${f.value}`).join('   ')
                : `${key}: ${value}`,
            )
            .join('   ')}`,
        );
      for (const attachment of result.article.attachments ?? [])
        console.log(`  附件: ${attachment.name} ${attachment.url}`);
      for (const image of result.article.images)
        console.log(
          `  image: ${image.file}${image.archived ? ' (saved)' : ' (not saved: placeholder)'}${image.url ? ` ${image.url}` : ''}`,
        );
      for (const line of result.dropped)
        console.log(`  dropped line ${line.no} (${line.reason}): ${line.text}`);
    }
    if (action.kind === 'write') {
      if (!dryRun) {
        try {
          writeAtomically(target, result.fileText);
          writeImages(result, target);
        } catch (error) {
          failures.push(
            `${result.article.raw.path}: ${displayPath(target)} could not be written (${(error as Error).message}). Check that the output folder is writable and run again`,
          );
          counts.failed++;
          continue;
        }
        console.log(`wrote ${displayPath(target)}  ← ${describe(result)}`);
      }
      counts.written++;
    } else if (action.kind === 'unchanged') {
      // The article is as it was; a picture deleted since is saved again.
      if (!dryRun && writeImages(result, target) > 0)
        console.log(`restored pictures of ${displayPath(target)}`);
      counts.unchanged++;
    } else {
      console.warn(`skipped: ${action.reason}`);
      counts.skipped++;
    }
  }

  for (const message of failures) console.error(`error: ${message}`);
  const verb = dryRun ? 'would write' : 'written';
  const encodingSummary = [...encodings].map(([name, n]) => `${name} ${n}`).join(', ');
  console.log(
    `${dryRun ? '[dry run] ' : ''}${verb}: ${counts.written}, unchanged: ${counts.unchanged}, skipped: ${counts.skipped}, failed: ${counts.failed}${encodingSummary ? `  (encodings: ${encodingSummary})` : ''}`,
  );
  return counts.failed > 0 ? 1 : 0;
}

process.exitCode = main();
