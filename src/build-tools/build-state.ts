/**
 * What makes a build's caches safe to reuse. A build keeps three caches in its cache folder
 * (one folder per output folder, buildCacheDir): Astro's incremental build (the pages, by their
 * cache keys), Astro's content store (the articles' frontmatter, by their files' digests), and
 * the search shards. It also keeps the output folder itself from the last build, so unchanged
 * pages are not even copied. All of that holds only when the last build into this folder
 * finished, with the same project files and settings: a state file says so. Anything else (a
 * build killed half way, another version of the code or lockfile, other settings) throws every
 * cache and the output folder away, and the build starts cold.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The build's cache folder for an output folder: `<root>/node_modules/.astro/builds/<digest of outDir>`. */
export function buildCacheDir(root: string, outDir: string): string {
  const digest = createHash('sha256').update(resolve(root, outDir)).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.astro', 'builds', digest);
}

/** The files whose content is the project's code and dependencies: what a page's bytes may depend on besides content and settings. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const PROJECT_FOLDERS = ['src', 'public'];

/** A digest of the project's code, dependencies and public files (not its content: pages key that themselves). */
export function projectVersion(root: string): string {
  const hash = createHash('sha256');
  const files = [
    ...PROJECT_FILES.filter((file) => existsSync(join(root, file))),
    ...PROJECT_FOLDERS.filter((folder) => existsSync(join(root, folder))).flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')),
    ),
  ].sort();
  for (const file of files) hash.update(`\u0000${file}\u0000`).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

export interface BuildState {
  /** projectVersion() of the build that wrote the caches. */
  version: string;
  /** The build's settings, as text (SITE and the content folder). */
  settings: string;
  /** The output folder, resolved. */
  outDir: string;
  /** False from the build's start until its last step: a killed build leaves it false. */
  finished: boolean;
  /** The process of an unfinished build, to tell a running build from a killed one. */
  pid: number;
}

const STATE_FILE = 'build-state.json';

function readState(cacheDir: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, STATE_FILE), 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all: a build killed while writing it leaves the old state. */
function writeState(cacheDir: string, state: BuildState): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = join(cacheDir, `${STATE_FILE}.${process.pid}`);
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, join(cacheDir, STATE_FILE));
}

/** Is process `pid` alive (a build or dev server that may still use what it left)? */
export const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Holds the folder nothing but a deploy's `.git` (or is it missing: `rm -rf dist` before a build)? */
const isEmpty = (dir: string): boolean =>
  !existsSync(dir) || readdirSync(dir).every((name) => name === '.git');

/** Every entry of a folder removed but `.git` (a deploy may keep dist/ as a git work tree, as Astro does). */
export function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/** Why the caches cannot be reused, or undefined when they can. */
export function staleReason(
  previous: BuildState | undefined,
  next: Omit<BuildState, 'finished' | 'pid'>,
): string | undefined {
  if (!previous) return 'no earlier build';
  if (!previous.finished) return 'the last build did not finish';
  if (previous.version !== next.version) return 'the project changed (code, dependencies or public files)';
  if (previous.settings !== next.settings) return 'the settings changed';
  if (previous.outDir !== next.outDir) return 'the output folder changed';
  return undefined;
}

/**
 * Called as a build starts: throws the caches and the output folder away unless they can be
 * reused (staleReason), then marks the build unfinished. Returns why they were thrown away, or
 * undefined when they are reused. Throws when another build into the same folder is running.
 */
export function startBuild(
  cacheDir: string,
  next: Omit<BuildState, 'finished' | 'pid'> & { reuse: boolean },
): string | undefined {
  const previous = readState(cacheDir);
  if (previous && !previous.finished && previous.pid !== process.pid && isRunning(previous.pid))
    throw new Error(
      `Another build into ${next.outDir} is running (process ${previous.pid}). Wait for it to end, or build into another OUT_DIR.`,
    );
  const reason = !next.reuse
    ? 'BUILD_CACHE=off'
    : (staleReason(previous, next) ?? (isEmpty(next.outDir) ? 'the output folder is empty' : undefined));
  if (reason) {
    emptyFolder(cacheDir);
    emptyFolder(next.outDir);
  }
  const { version, settings, outDir } = next;
  writeState(cacheDir, { version, settings, outDir, finished: false, pid: process.pid });
  return reason;
}

/** Called when everything is written: the next build may reuse what this one left. */
export function finishBuild(cacheDir: string): void {
  const state = readState(cacheDir);
  if (!state)
    throw new Error(`The build state in ${cacheDir} is gone: was the cache folder removed during the build?`);
  writeState(cacheDir, { ...state, finished: true });
}
