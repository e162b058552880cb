/**
 * How much of a built site one new article changes: generates N articles (tools/archive/synthetic.ts),
 * builds them, adds one article newer than all, builds again into a fresh folder, and prints the
 * files added, changed and removed, and their share of the site (the line to hold: ≤ 1% at 10,000).
 *
 *   npm run bench:incremental -- --size 1000 [--list]
 *
 * Both builds are cold (fresh output folders, no search shard reused); the archives live in the OS temp folder.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleFiles } from '../src/lib/article-files.ts';
import { articleAfter } from '../tools/archive/newer-article.ts';
import { writeSyntheticArchive } from '../tools/archive/synthetic.ts';
import { buildSite } from '../tools/build-site.ts';
import { changedShare, diffSites, type SiteDiff } from '../tools/site-diff.ts';

const WORK = join(tmpdir(), 'news-archive-bench-incremental');

const { values } = parseArgs({
  options: { size: { type: 'string', default: '1000' }, list: { type: 'boolean', default: false } },
});
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1) {
  console.error(`--size "${values.size}" is not a whole number of articles ≥ 1, e.g. --size 1000`);
  process.exit(2);
}

/** The N-article archive, generated once; then a copy with one article newer than all. */
function archives(): { before: string; after: string } {
  const before = join(WORK, `content-${size}`);
  if (!existsSync(join(before, '.complete'))) {
    rmSync(before, { recursive: true, force: true });
    mkdirSync(before, { recursive: true });
    writeSyntheticArchive(before, size, []);
    writeFileSync(join(before, '.complete'), '');
  }
  const after = join(WORK, `content-${size}-plus-1`);
  rmSync(after, { recursive: true, force: true });
  cpSync(before, after, { recursive: true });
  const added = articleAfter(
    size,
    Array.from(readArticleFiles(before), (a) => a.data.publishedAt),
  );
  writeFileSync(join(after, added.fileName), added.text);
  return { before, after };
}

async function build(contentDir: string, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  // Cold: every search shard indexed, none copied from an earlier build.
  await buildSite({ contentDir, outDir, cache: false });
}

/** Files per top-level folder ("articles", "pagefind/shard-3", …), for the summary. */
function byFolder(files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const parts = file.split('/');
    const folder =
      parts[0] === 'pagefind' && parts[1]?.startsWith('shard-')
        ? parts.slice(0, 2).join('/')
        : parts.length > 1
          ? parts[0]!
          : '.';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].map(([folder, n]) => `${folder} ${n}`).join(', ');
}

function report(diff: SiteDiff): void {
  const share = changedShare(diff);
  console.log(
    `\n${size.toLocaleString('en')} articles + 1 newer: ${diff.total.toLocaleString('en')} files in the new build`,
  );
  for (const [label, files] of [
    ['new', diff.added],
    ['changed', diff.changed],
    ['removed', diff.removed],
  ] as const) {
    console.log(`  ${label.padEnd(8)} ${String(files.length).padStart(6)}  ${byFolder(files)}`);
    if (values.list) for (const file of files) console.log(`             ${file}`);
  }
  console.log(`  share    ${share.toFixed(2)}% of the files (budget ≤ 1% at 10,000 articles)`);
}

const { before, after } = archives();
console.log(`building ${size} articles, then ${size + 1} (cold, fresh output folders)…`);
await build(before, join(WORK, `dist-${size}`));
await build(after, join(WORK, `dist-${size}-plus-1`));
report(diffSites(join(WORK, `dist-${size}`), join(WORK, `dist-${size}-plus-1`)));
