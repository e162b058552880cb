/**
 * Publishing into a built archive: a build into the output folder of an earlier one reuses
 * what it left (pages, content store, search shards) and writes exactly the bytes a cold build
 * of the same content writes. Checked for a new article, an edited and a deleted one, and for
 * every change that must not reuse the earlier build's work (other settings, another content
 * folder). The output folder lives in the OS temp folder, outside the project, as an operator's
 * may. The project-version case is unit-tested (tests/build-tools/build-state.test.ts).
 */
import { cpSync, existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../src/build-tools/build-state.ts';
import { articleAfter } from '../../tools/archive/newer-article.ts';
import { syntheticArticle } from '../../tools/archive/synthetic.ts';
import { writeArticles, type ArchiveArticle } from '../../tools/archive/write.ts';
import { buildSite, FAR_FROM_SHANGHAI, type BuildOptions } from '../../tools/build-site.ts';
import { expectSameSite, scratchFolder } from '../helpers/builds.ts';

const work = scratchFolder('publish');

/** Small pages and shards, so that lists and the index are cut as at archive scale. */
const small = { pageSize: 5, shardSize: 8, timeZone: FAR_FROM_SHANGHAI };
const build = (options: Omit<BuildOptions, 'timeZone'>) => buildSite({ ...small, ...options });

/** A cold build of `contentDir` into a fresh folder, as in a fresh clone: what the incremental one must equal. */
let cold = 0;
const coldBuild = async (contentDir: string, options: Partial<BuildOptions> = {}) =>
  (await build({ contentDir, outDir: join(work, `cold-${cold++}`), ...options })).outDir;

describe('publishing into the output folder of an earlier build', () => {
  const content = join(work, 'content');
  const out = join(work, 'site');
  let articles: ArchiveArticle[];
  let published: { stdout: string };

  beforeAll(async () => {
    articles = writeArticles(
      content,
      Array.from({ length: 30 }, (_, i) => syntheticArticle(i)),
    );
    await build({ contentDir: content, outDir: out });
    const added = articleAfter(
      articles.length,
      articles.map((a) => a.publishedAt),
    );
    writeFileSync(join(content, added.fileName), added.text);
    published = await build({ contentDir: content, outDir: out });
  });

  it('reuses the earlier build: the unchanged pages and search shards, and the articles already read', () => {
    expect(published.stdout).toContain('reusing the last build into this folder');
    expect(published.stdout).toMatch(/31 articles from .* \(1 read anew\)/);
    // 31 articles in shards of 8: only the newest shard changes.
    expect(published.stdout).toMatch(/indexed 31 pages in \d+ ms \(4 shard\(s\), 3 reused\)/);
    const kept = published.stdout.match(/\((?:cached|restored)\)/g) ?? [];
    expect(kept.length).toBeGreaterThan(25);
  });

  it('writes the bytes a cold build of the same content writes', async () => {
    expectSameSite(out, await coldBuild(content));
  });

  it('writes again a page lost from the output folder, keeping no second copy of the pages', async () => {
    const lost = join(out, 'articles', articles[12]!.slug, 'index.html');
    const before = readFileSync(lost);
    unlinkSync(lost);
    const output = await build({ contentDir: content, outDir: out });
    expect(output.stdout).toContain('reusing the last build into this folder');
    expect(readFileSync(lost)).toEqual(before);
    // Astro's incremental build would copy every page into the cache folder to restore from.
    expect(existsSync(join(buildCacheDir(process.cwd(), out), 'dist'))).toBe(false);
  });

  it('follows an edited article and a deleted one, leaving nothing of the deleted one behind', async () => {
    const edited = articles[20]!;
    const file = join(content, edited.fileName);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\n([^\n]+)\n/, '\n\n$1（已更正）\n'));
    const deleted = articles[5]!;
    unlinkSync(join(content, deleted.fileName));
    const output = await build({ contentDir: content, outDir: out });
    expect(output.stdout).toMatch(/30 articles from .* \(1 read anew\)/);
    expect(output.stdout).toMatch(/removed \d+ file\(s\) the last build left/);
    expectSameSite(out, await coldBuild(content));
    expect(readFileSync(join(out, 'articles', edited.slug, 'index.html'), 'utf8')).toContain('（已更正）');
  });

  it('starts cold with other settings, and still writes what a cold build writes', async () => {
    const output = await build({ contentDir: content, outDir: out, pageSize: 4 });
    expect(output.stdout).toContain('a cold build: the settings changed');
    expectSameSite(out, await coldBuild(content, { pageSize: 4 }));
  });

  it('starts cold from another content folder', async () => {
    const other = join(work, 'content-copy');
    cpSync(content, other, { recursive: true });
    const output = await build({ contentDir: other, outDir: out, pageSize: 4 });
    expect(output.stdout).toContain('a cold build: the settings changed');
    expectSameSite(out, await coldBuild(other, { pageSize: 4 }));
  });
});
