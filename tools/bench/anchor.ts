/**
 * The anchor: the plainest Astro archive over the same content, with what a user would add for
 * search, Pagefind's CLI over its output and its stock UI on /search/ (../shared/anchors/astro-minimal).
 * Its run.sh builds it and prints "astro S s MB MB" and "pagefind S s MB MB" (wall seconds, peak
 * resident memory); SKIP_PAGEFIND=1 builds the pages only.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpuOf } from './child-cpu.ts';

/** One step of the anchor's build, as run.sh prints it. */
export interface AnchorStep {
  seconds: number;
  peakMB: number;
}

export interface AnchorRun {
  /** run.sh from start to end, as the bench's clock saw it (copying the anchor's files included). */
  wallMs: number;
  /** CPU seconds of every process of the run. */
  cpu: number;
  astro: AnchorStep;
  /** Absent when built without Pagefind. */
  pagefind?: AnchorStep;
}

/** run.sh's report: its "astro" line and, unless SKIP_PAGEFIND, its "pagefind" line. */
export function parseAnchorOutput(text: string): { astro: AnchorStep; pagefind?: AnchorStep } {
  const step = (name: string): AnchorStep | undefined => {
    const line = new RegExp(`^${name} ([\\d.]+) s (\\d+) MB$`, 'm').exec(text);
    return line ? { seconds: Number(line[1]), peakMB: Number(line[2]) } : undefined;
  };
  const astro = step('astro');
  if (!astro) throw new Error(`the anchor's run.sh printed no "astro S s MB MB" line:\n${text}`);
  const pagefind = step('pagefind');
  return pagefind ? { astro, pagefind } : { astro };
}

/** Builds the anchor over contentDir into outDir (which must not exist yet) with the project's node_modules. */
export async function buildAnchor(
  runScript: string,
  contentDir: string,
  outDir: string,
  options: { pagefind: boolean },
): Promise<AnchorRun> {
  const nodeModules = resolve('node_modules');
  // The anchor runs with the project's node_modules, so Astro keeps its content store in
  // node_modules/.astro (the site keeps its own under builds/). The next anchor build would read
  // the last one's before finding it was for another root and clearing it: each starts without.
  rmSync(join(nodeModules, '.astro', 'data-store.json'), { force: true });
  const started = performance.now();
  const { result, cpu } = await cpuOf(async () => {
    const child = spawn('bash', [runScript, nodeModules, contentDir, outDir], {
      env: { ...process.env, ...(options.pagefind ? {} : { SKIP_PAGEFIND: '1' }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    if (code !== 0) throw new Error(`anchor build failed (exit ${code}): ${output}`);
    return parseAnchorOutput(output);
  });
  const run: AnchorRun = { wallMs: performance.now() - started, cpu, astro: result.astro };
  if (options.pagefind && !result.pagefind) throw new Error("the anchor's run.sh did not run Pagefind");
  return result.pagefind ? { ...run, pagefind: result.pagefind } : run;
}
