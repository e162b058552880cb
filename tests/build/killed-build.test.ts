/**
 * A build killed at any moment (SIGKILL to its whole process group: Astro, the indexing process,
 * Pagefind's binary) leaves caches the next build either uses correctly or throws away: the next
 * build into the same folder writes the bytes of a cold build. Each case kills a publish (one new
 * article into a built archive) at one step of the build, then builds again.
 */
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleAfter } from '../../tools/archive/newer-article.ts';
import { syntheticArticle } from '../../tools/archive/synthetic.ts';
import { writeArticles } from '../../tools/archive/write.ts';
import { buildSite, FAR_FROM_SHANGHAI, killBuild, type BuildOptions } from '../../tools/build-site.ts';
import { expectSameSite, scratchFolder } from '../helpers/builds.ts';

const work = scratchFolder('killed');

const settings = { pageSize: 5, shardSize: 8, timeZone: FAR_FROM_SHANGHAI };

/** Starts a build and kills its process group as soon as its output matches `moment`; resolves once it is gone. */
function buildKilledAt(options: Omit<BuildOptions, 'timeZone'>, moment: RegExp): Promise<string> {
  let printed = '';
  let killed = false;
  return new Promise((resolve, reject) => {
    buildSite({
      ...settings,
      ...options,
      ownProcessGroup: true,
      onSpawn: (child) => {
        child.on('close', () => (killed ? resolve(printed) : undefined));
        child.stdout?.on('data', (chunk: Buffer) => {
          // Without colour codes, which Astro prints wherever CI is set.
          printed = stripVTControlCharacters(printed + String(chunk));
          if (!killed && moment.test(printed)) {
            killed = true;
            killBuild(child);
          }
        });
      },
    }).then(
      () => reject(new Error(`the build ended before ${moment} was printed:\n${printed}`)),
      (error: Error) => (killed ? undefined : reject(error)),
    );
  });
}

/**
 * The steps of a build, by what it prints as it reaches them. The pages of a publish are written
 * newest first: the new article, then the one before it (which now links to it).
 */
const moments = (addedSlug: string): Record<string, RegExp> => ({
  'while the content is read': /Syncing content/,
  'while the pages of the new article and its neighbour are written': new RegExp(
    `├─ /articles/${addedSlug}/index\\.html[^\\n]*\\n[^\\n]*├─[^\\n]*\\n[^\\n]*├─`,
  ),
  'when the pages are done, while the index is finished': /generating static routes[\s\S]*✓ Completed in/,
  'after the search index, before the last steps': /waited \d+ ms for the search index/,
});
const MOMENT_NAMES = Object.keys(moments(''));

describe('a build killed part way', () => {
  const content = join(work, 'content');
  const out = join(work, 'site');
  let reference: string;
  let added: { fileName: string; text: string; slug: string };

  beforeAll(async () => {
    const articles = writeArticles(
      content,
      Array.from({ length: 24 }, (_, i) => syntheticArticle(i)),
    );
    added = articleAfter(
      articles.length,
      articles.map((a) => a.publishedAt),
    );
    // The 24 articles built cold twice: the bytes every case must end with, and the archive
    // every case publishes into.
    reference = (await buildSite({ ...settings, contentDir: content, outDir: join(work, 'cold') })).outDir;
    await buildSite({ ...settings, contentDir: content, outDir: out });
  });

  // One folder for every case, in turn: a 25th article published into the built archive and the
  // build killed; the article withdrawn again (so nothing the killed build wrote is right any
  // more) and the archive built again.
  for (const moment of MOMENT_NAMES) {
    it(`${moment}: the next build writes what a cold build writes`, async () => {
      writeFileSync(join(content, added.fileName), added.text);
      await buildKilledAt({ contentDir: content, outDir: out }, moments(added.slug)[moment]!);
      unlinkSync(join(content, added.fileName));
      const next = await buildSite({ ...settings, contentDir: content, outDir: out });
      expect(next.stdout).toContain('a cold build: the last build did not finish');
      expectSameSite(out, reference);
    });
  }
});
