/**
 * A build split over several machines (BUILD_PART=k/n): three parts built apart (two of article
 * pages and search shards by span of dates, one of everything else), joined, give the site one
 * whole build writes, byte for byte. The join refuses what is not every part of one build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../tools/archive/synthetic.ts';
import { writeArticles } from '../../tools/archive/write.ts';
import { buildSite, FAR_FROM_SHANGHAI } from '../../tools/build-site.ts';
import { joinParts } from '../../tools/join-parts.ts';
import { expectSameSite, scratchFolder } from '../helpers/builds.ts';

const work = scratchFolder('split');

describe('a build split in three parts and joined', () => {
  const content = join(work, 'content');
  // 30 articles in search shards of 8: four shards, shared by the two article parts.
  const settings = { contentDir: content, pageSize: 5, shardSize: 8, timeZone: FAR_FROM_SHANGHAI };
  let whole: string;
  let parts: string[];

  beforeAll(async () => {
    writeArticles(
      content,
      Array.from({ length: 30 }, (_, i) => syntheticArticle(i)),
    );
    const builds = await Promise.all([
      buildSite({ ...settings, outDir: join(work, 'whole') }),
      ...[1, 2, 3].map((k) =>
        buildSite({ ...settings, outDir: join(work, `part-${k}`), env: { BUILD_PART: `${k}/3` } }),
      ),
    ]);
    whole = builds[0]!.outDir;
    parts = builds.slice(1).map((b) => b.outDir);
  });

  it('cuts the work: article parts write their articles and shards only, the lists part no article', () => {
    const articles = (dir: string) => readdirSync(join(dir, 'articles')).length;
    expect(articles(parts[0]!) + articles(parts[1]!)).toBe(30);
    expect(articles(parts[0]!)).toBe(16); // shards 0 and 1
    expect(readdirSync(parts[2]!)).not.toContain('articles');
    expect(readdirSync(parts[2]!)).not.toContain('pagefind');
  });

  it('joins into the bytes of the whole build', () => {
    const joined = join(work, 'joined');
    joinParts([parts[2]!, parts[0]!, parts[1]!], joined);
    expectSameSite(joined, whole);
  });

  it('refuses a missing part, a part given twice, and a folder not empty', () => {
    expect(() => joinParts([parts[0]!, parts[2]!], join(work, 'j1'))).toThrow(
      /give every part of one split build once/,
    );
    expect(() => joinParts([parts[0]!, parts[0]!, parts[2]!], join(work, 'j2'))).toThrow(/parts 1,1,3 of 3/);
    expect(() => joinParts(parts, whole)).toThrow(/is not empty/);
    expect(() => joinParts([whole, ...parts], join(work, 'j3'))).toThrow(/is not the output of one part/);
  });
});
