/**
 * The one way tests, benchmarks and measurements run `astro build` (as `npm run build` does,
 * through scripts/build.ts): the site's own settings
 * (CONTENT_DIR, OUT_DIR, BASE_PATH, SITE_URL, SEARCH_SHARD_SIZE) passed as the operator would,
 * telemetry off, and a failure reported with everything the build printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** A zone far from Shanghai (UTC−8/−7): builds in it prove no date depends on the machine's zone. */
export const FAR_FROM_SHANGHAI = 'America/Los_Angeles';

export interface BuildOptions {
  outDir: string;
  /** A folder of article Markdown files; the committed content/articles when absent. */
  contentDir?: string;
  /** BASE_PATH, e.g. "/news-archive/". */
  base?: string;
  /** SITE_URL, e.g. "https://news.example.org". */
  siteUrl?: string;
  /** SEARCH_WINDOW: articles' worth of shards one search opens at most. */
  searchWindow?: number;
  /** SEARCH_SHARD_SIZE: articles per search-index shard. */
  shardSize?: number;
  /** PAGE_SIZE: articles per list page. */
  pageSize?: number;
  /** BUILD_CACHE: false builds cold, reusing nothing an earlier build into outDir left. */
  cache?: boolean;
  /** PRERENDER_WORKERS: worker threads Astro renders the pages in; none when absent. */
  prerenderWorkers?: number;
  /** Arguments passed on to astro build, e.g. ["--timings"]. */
  args?: readonly string[];
  /** TZ of the build process (e.g. FAR_FROM_SHANGHAI); the machine's own when absent. */
  timeZone?: string;
  /** Further environment, applied last (e.g. a deliberately bad setting). */
  env?: Record<string, string>;
  /** Called once the build has started, e.g. to watch its memory. */
  onSpawn?: (child: ChildProcess) => void;
  /** Called with each piece of output as it is printed, e.g. to act at a step of the build. */
  onOutput?: (text: string) => void;
  /** Starts the build in a process group of its own, so killBuild can stop it with every process it started. */
  ownProcessGroup?: boolean;
}

export interface BuildOutput {
  outDir: string;
  /** stdout then stderr, as printed. */
  stdout: string;
  stderr: string;
}

/** A build that exited non-zero: the message holds its whole output. */
export class BuildFailed extends Error {
  readonly code: number | null;
  readonly output: string;
  constructor(code: number | null, stdout: string, stderr: string, outDir: string) {
    super(`astro build into ${outDir} failed (exit ${code}):\n${stdout}\n${stderr}`);
    this.code = code;
    this.output = `${stdout}\n${stderr}`;
  }
}

/** The environment astro build runs in: this process's, telemetry off, then the options. */
export function buildEnvironment(options: BuildOptions): NodeJS.ProcessEnv {
  const settings: Record<string, string | undefined> = {
    OUT_DIR: options.outDir,
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.base,
    SITE_URL: options.siteUrl,
    SEARCH_SHARD_SIZE: options.shardSize === undefined ? undefined : String(options.shardSize),
    SEARCH_WINDOW: options.searchWindow === undefined ? undefined : String(options.searchWindow),
    PAGE_SIZE: options.pageSize === undefined ? undefined : String(options.pageSize),
    BUILD_CACHE: options.cache === undefined ? undefined : options.cache ? 'on' : 'off',
    PRERENDER_WORKERS: options.prerenderWorkers === undefined ? undefined : String(options.prerenderWorkers),
    TZ: options.timeZone,
  };
  const given = Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...Object.fromEntries(given), ...options.env };
}

/** Builds the site into options.outDir; rejects with BuildFailed when astro build fails. */
export function buildSite(options: BuildOptions): Promise<BuildOutput> {
  return new Promise((resolve, reject) => {
    // npm run build's own command: astro build with the heap sized from the archive.
    const child = spawn(process.execPath, [resolvePath('scripts/build.ts'), ...(options.args ?? [])], {
      env: buildEnvironment(options),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.ownProcessGroup ?? false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      options.onOutput?.(String(chunk));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      options.onOutput?.(String(chunk));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // Without colour codes, which Astro prints wherever CI is set: callers match the text.
      const [out, err] = [stripVTControlCharacters(stdout), stripVTControlCharacters(stderr)];
      if (code === 0) resolve({ outDir: options.outDir, stdout: out, stderr: err });
      else reject(new BuildFailed(code, out, err, options.outDir));
    });
    options.onSpawn?.(child);
  });
}

/** For builds that must fail: the BuildFailed, or an error if the build succeeded. */
export async function failedBuild(options: BuildOptions): Promise<BuildFailed> {
  try {
    await buildSite(options);
  } catch (error) {
    if (error instanceof BuildFailed) return error;
    throw error;
  }
  throw new Error(`astro build into ${options.outDir} succeeded; it was expected to fail`);
}

/**
 * SIGKILL to a build started with ownProcessGroup and every process it started (the indexing
 * process, Pagefind's binary), as a machine that loses power or an operator's `kill -9` would.
 */
export function killBuild(child: ChildProcess): void {
  if (child.pid === undefined) throw new Error('the build has no process to kill');
  process.kill(-child.pid, 'SIGKILL');
}
