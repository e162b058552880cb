/**
 * The site's builds as the bench times them: a cold build into a fresh output folder, then one
 * new article published and `npm run build` run again into the same folder, as an operator
 * does (and, to see where a publish's time goes, one more with Astro's --timings report). Each build's wall time, peak memory (tools/bench/process-memory.ts), CPU time and what
 * its log says it did (tools/bench/build-log.ts).
 */
import { linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDir } from '../../src/build-tools/build-state.ts';
import { readPublishedAt } from '../../src/lib/article-file.ts';
import { articleTexts } from '../../src/lib/article-files.ts';
import { articleAfter } from '../archive/newer-article.ts';
import { buildSite, type BuildOptions } from '../build-site.ts';
import { parseBuildLog, type BuildLog } from './build-log.ts';
import { cpuOf } from './child-cpu.ts';
import { watchMemory, type MemoryPeaks } from './process-memory.ts';

export interface BuildRun {
  wallMs: number;
  memory: MemoryPeaks;
  /** CPU seconds of the whole build, every process of it. */
  cpu: number;
  log: BuildLog;
  outDir: string;
}

/** One `npm run build` (buildSite), timed and watched. */
export async function timedBuild(options: BuildOptions): Promise<BuildRun> {
  const started = performance.now();
  let peaks: MemoryPeaks | undefined;
  const { result, cpu } = await cpuOf(() =>
    buildSite({
      ...options,
      onSpawn: (child) => {
        const memory = watchMemory(child.pid!);
        child.on('close', () => (peaks = memory.stop()));
      },
    }),
  );
  const wallMs = performance.now() - started;
  return {
    wallMs,
    memory: peaks!,
    cpu,
    log: parseBuildLog(result.stdout + result.stderr),
    outDir: options.outDir,
  };
}

/**
 * A copy of a folder's files made of hard links: instant and no disk space, whatever its size.
 * Adding a file to the copy leaves the original as it was (nothing writes into a file in place).
 */
export function linkedCopy(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkedCopy(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile()) linkSync(join(from, entry.name), join(to, entry.name));
  }
}

/** Writes one generated article newer than every article of contentDir into it (what a publish adds); returns its file name. */
export function publishArticle(contentDir: string): string {
  const dates: string[] = [];
  for (const { text, file } of articleTexts(contentDir)) dates.push(readPublishedAt(text, file));
  const added = articleAfter(dates.length, dates);
  writeFileSync(join(contentDir, added.fileName), added.text);
  return added.fileName;
}

/** An output folder and the build's cache folder for it (node_modules/.astro/builds/…), removed. */
export function removeBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(buildCacheDir(process.cwd(), outDir), { recursive: true, force: true });
}

export interface PublishRun {
  /** The first build into a fresh output folder (and so a fresh cache folder): nothing to reuse. */
  cold: BuildRun;
  /** One new article, then the same build again into the same folder. */
  publish: BuildRun;
  /** When asked: one more article and build, with Astro's --timings report (kept out of the timed publish). */
  profiled?: BuildRun;
  /** Its own copy of the content (hard links) and its output folder. */
  contentDir: string;
  outDir: string;
}

/** One article published into contentDir and the site built again into outDir, which must reuse the last build. */
async function publishInto(contentDir: string, outDir: string, options: BuildOptions): Promise<BuildRun> {
  publishArticle(contentDir);
  const run = await timedBuild({ ...options, contentDir, outDir });
  if (run.log.coldReason !== undefined)
    throw new Error(`bench: the publish build into ${outDir} started cold (${run.log.coldReason})`);
  return run;
}

/**
 * A cold build of `archive` in `workDir`, then a publish into it (and with `profile` a second,
 * profiled one). The content is a linked copy in workDir, so the new articles never reach the
 * generated archive other runs and sizes reuse.
 */
export async function coldThenPublish(
  archive: string,
  workDir: string,
  options: Pick<BuildOptions, 'prerenderWorkers'> & { profile?: boolean } = {},
): Promise<PublishRun> {
  const { profile, ...settings } = options;
  const contentDir = join(workDir, 'content');
  const outDir = join(workDir, 'dist');
  linkedCopy(archive, contentDir);
  // The cache stays on (as `npm run build` has it): a build with BUILD_CACHE=off would leave
  // caches made under other settings, and the publish after it would start cold.
  const cold = await timedBuild({ ...settings, contentDir, outDir });
  if (cold.log.coldReason === undefined)
    throw new Error(`bench: the first build into ${outDir} reused an earlier build; it must start cold`);
  const publish = await publishInto(contentDir, outDir, { ...settings, outDir });
  const profiled = profile
    ? await publishInto(contentDir, outDir, { ...settings, outDir, args: ['--timings'] })
    : undefined;
  return { cold, publish, ...(profiled ? { profiled } : {}), contentDir, outDir };
}
