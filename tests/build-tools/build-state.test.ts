import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCacheDir,
  finishBuild,
  projectVersion,
  startBuild,
  staleReason,
} from '../../src/build-tools/build-state.ts';
import { listSite, pruneOutput } from '../../src/build-tools/prune-output.ts';

const work = mkdtempSync(join(tmpdir(), 'news-archive-build-state-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const folder = (files: Record<string, string> = {}): string => {
  const dir = join(work, `f${n++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('when a build may reuse what the last one left', () => {
  const last = { version: 'v1', settings: '{"pageSize":20}', outDir: '/srv/dist', finished: true, pid: 1 };

  it('reuses only a finished build of the same code, settings and output folder', () => {
    expect(staleReason(last, last)).toBeUndefined();
    expect(staleReason(undefined, last)).toBe('no earlier build');
    expect(staleReason({ ...last, finished: false }, last)).toBe('the last build did not finish');
    expect(staleReason(last, { ...last, version: 'v2' })).toMatch(/project changed/);
    expect(staleReason(last, { ...last, settings: '{"pageSize":5}' })).toBe('the settings changed');
    expect(staleReason(last, { ...last, outDir: '/srv/other' })).toBe('the output folder changed');
  });

  it('throws the caches and the output folder away when it starts cold, keeping a deploy’s .git', () => {
    const cache = folder({ 'data-store.json': '{}', 'search-shards/a.json': '{}' });
    const out = folder({ 'index.html': 'old', '.git/HEAD': 'ref' });
    const next = { version: 'v1', settings: 's', outDir: out, reuse: true };
    expect(startBuild(cache, next)).toBe('no earlier build');
    expect(readdirSync(cache)).toEqual(['build-state.json']);
    expect(readdirSync(out)).toEqual(['.git']);
    // A build that never finished: the next starts cold again.
    writeFileSync(join(out, 'index.html'), 'half written');
    expect(startBuild(cache, next)).toBe('the last build did not finish');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    // A finished one is reused, the output folder kept.
    writeFileSync(join(out, 'index.html'), 'built');
    finishBuild(cache);
    expect(startBuild(cache, next)).toBeUndefined();
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    finishBuild(cache);
    // The output folder removed by hand (rm -rf dist): nothing of the last build is trusted.
    rmSync(out, { recursive: true });
    expect(startBuild(cache, next)).toBe('the output folder is empty');
    expect(readdirSync(cache)).toEqual(['build-state.json']);
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'built');
    finishBuild(cache);
    expect(startBuild(cache, { ...next, reuse: false })).toBe('BUILD_CACHE=off');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('refuses to start while another build into the same folder runs', () => {
    const cache = folder();
    const out = folder();
    const next = { version: 'v1', settings: 's', outDir: out, reuse: true };
    startBuild(cache, next);
    // The state of an unfinished build by another live process (this test's parent).
    const state = JSON.parse(readFileSync(join(cache, 'build-state.json'), 'utf8')) as { pid: number };
    writeFileSync(join(cache, 'build-state.json'), JSON.stringify({ ...state, pid: process.ppid }));
    expect(() => startBuild(cache, next)).toThrow(
      `Another build into ${out} is running (process ${process.ppid})`,
    );
  });

  it('gives each output folder its own cache folder', () => {
    expect(buildCacheDir('/p', 'dist')).toBe(buildCacheDir('/p', '/p/dist'));
    expect(buildCacheDir('/p', 'dist')).not.toBe(buildCacheDir('/p', '/p/dist2'));
    expect(buildCacheDir('/p', 'dist').startsWith('/p/node_modules/.astro/builds/')).toBe(true);
  });
});

describe('the project version', () => {
  it('changes with any file of src/ or public/, the lockfile or the config, and not with content', () => {
    const root = folder({
      'src/pages/index.astro': 'a',
      'public/favicon.svg': '<svg/>',
      'package-lock.json': '{}',
      'astro.config.mjs': 'x',
      'content/articles/a.md': 'one',
    });
    const first = projectVersion(root);
    writeFileSync(join(root, 'content/articles/a.md'), 'two');
    expect(projectVersion(root)).toBe(first);
    for (const file of [
      'src/pages/index.astro',
      'public/favicon.svg',
      'package-lock.json',
      'astro.config.mjs',
    ]) {
      writeFileSync(join(root, file), 'changed');
      expect(projectVersion(root), file).not.toBe(first);
    }
    const changed = projectVersion(root);
    mkdirSync(join(root, 'src/lib'));
    writeFileSync(join(root, 'src/lib/new.ts'), '');
    expect(projectVersion(root)).not.toBe(changed);
  });
});

describe('pruning what the last build left', () => {
  it('removes files older than the build that it did not keep, and the folders they leave empty', () => {
    const out = folder({
      'index.html': 'new',
      'articles/kept/index.html': 'kept, old',
      'articles/deleted/index.html': 'old',
      '_astro/old.css': 'old',
      'favicon.svg': 'public, old',
      'pagefind/shard-2/x': 'owned',
      '.git/HEAD': 'ref',
    });
    const old = new Date(Date.now() - 60_000);
    for (const file of [
      'articles/kept/index.html',
      'articles/deleted/index.html',
      '_astro/old.css',
      'favicon.svg',
      'pagefind/shard-2/x',
      '.git/HEAD',
    ])
      utimesSync(join(out, file), old, old);
    const listing = listSite(out, (folder) => folder === 'pagefind/shard-2/');
    expect(listing.files).toContain('pagefind/shard-2/');
    const removed = pruneOutput(
      out,
      listing,
      Date.now() - 30_000,
      new Set(['articles/kept/index.html', 'favicon.svg']),
      ['pagefind/'],
    );
    expect(removed.sort()).toEqual(['_astro/old.css', 'articles/deleted/index.html']);
    expect(listing.files).not.toContain('_astro/old.css');
    expect(listing.files).toContain('articles/kept/index.html');
    expect(readdirSync(join(out, 'articles'))).toEqual(['kept']);
    expect(existsSync(join(out, '_astro'))).toBe(false);
    expect(existsSync(join(out, 'pagefind/shard-2/x'))).toBe(true);
    expect(existsSync(join(out, '.git/HEAD'))).toBe(true);
  });
});
