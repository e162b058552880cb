/**
 * npm run build (and npm start): `astro build` with a Node heap limit sized from the archive
 * (src/build-tools/heap-limits.ts), so the build's memory grows with the number of articles rather
 * than with the machine. Arguments are passed on to astro build.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { articleFileNames } from '../src/lib/article-files.ts';
import { astroHeapMB, heapFlags } from '../src/build-tools/heap-limits.ts';

let heap: number;
let articles: number;
try {
  // Imported here, so that a wrong setting stops with its message alone, not a stack trace.
  const { SITE } = await import('../src/lib/site.ts');
  articles = articleFileNames(SITE.contentDir).length;
  heap = SITE.buildHeapMB ?? astroHeapMB(articles);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const args = [...heapFlags(heap), astro, 'build', ...process.argv.slice(2)];
// Said first: a build that runs out of memory ends with V8's own message, not this script's.
console.log(`astro build: ${articles} articles, a ${heap} MB heap (BUILD_HEAP_MB sets it)`);
// This process becomes the build (POSIX), so no launcher stays in memory beside it.
if (typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...args]);
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => {
  // V8 aborts when the heap is full: say which limit to raise.
  if (signal === 'SIGABRT' || code === 134)
    console.error(
      `astro build ran out of memory with a ${heap} MB heap: set BUILD_HEAP_MB higher (for example ${heap * 2}) and build again.`,
    );
  process.exit(code ?? 1);
});
