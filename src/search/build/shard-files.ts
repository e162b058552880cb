/**
 * The files of one search shard in the output folder: Pagefind writes a shard's files into a
 * folder of its own beside the others (the first shard's folder, pagefind/, also holds the other
 * shards' folders, the route files and Pagefind's script), and they are moved into place, so a
 * shard is replaced without touching the rest.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ROUTES_FOLDER } from '../contract/route-files.ts';
import { shardFolder } from '../contract/shard-layout.ts';
import type { SearchRecord } from './index-record.ts';

/** Pagefind's own search UIs: the search page has its own, so they are not published. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** A merged shard needs only its entry file, metadata, chunks and fragments. */
const SHARED_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];

/** Indexes a shard's records with Pagefind into `outputPath` (a folder of its own). */
async function runPagefind(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  // 'und': the text is already split into words, so Pagefind must not segment it again.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Sent without waiting for each answer: a round trip per article cost 6 s at 10,000 articles.
    const answers = records.map(async ({ url, html }) => {
      const added = await index.addHTMLFile({ url, content: html });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    });
    await Promise.all(answers);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    // Stops the binary, which gives back the shard's memory; the next shard starts a new one.
    await pagefind.close();
  }
}

/**
 * Writes shard i of `root` afresh from its records: Pagefind writes beside, then the files move
 * into the shard's folder in place of the old ones.
 */
export async function writeShard(root: string, i: number, records: readonly SearchRecord[]): Promise<void> {
  const fresh = join(root, `.search-shard-${i}`);
  rmSync(fresh, { recursive: true, force: true });
  await runPagefind(records, fresh);
  for (const file of [...UNUSED_FILES, ...(i > 0 ? SHARED_FILES : [])])
    rmSync(join(fresh, file), { force: true });
  removeShardFiles(root, i);
  moveInto(fresh, join(root, shardFolder(i)));
}

/** Shard i's own files removed from `root`: the first shard's folder also holds the others and the route files. */
export function removeShardFiles(root: string, i: number): void {
  const folder = join(root, shardFolder(i));
  if (i > 0) return rmSync(folder, { recursive: true, force: true });
  if (!existsSync(folder)) return;
  const others = new Set([ROUTES_FOLDER.split('/')[1]]);
  for (const name of readdirSync(folder))
    if (!/^shard-\d+$/.test(name) && !others.has(name))
      rmSync(join(folder, name), { recursive: true, force: true });
}

/** The shard folders past the last one, left by a larger archive. */
export function removeShardsFrom(root: string, count: number): void {
  const first = join(root, shardFolder(0));
  if (!existsSync(first)) return;
  for (const name of readdirSync(first)) {
    const n = /^shard-(\d+)$/.exec(name)?.[1];
    if (n !== undefined && Number(n) > count) rmSync(join(first, name), { recursive: true, force: true });
  }
}

/** Moves what Pagefind wrote into `to`, beside what `to` already holds (the first shard's folder holds the others). */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) renameSync(join(from, name), join(to, name));
  rmdirSync(from);
}
