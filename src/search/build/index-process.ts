/**
 * The build's search indexing in a process of its own (see index-writer.ts): the pagefind
 * integration starts it as soon as the config is done and waits for it once the pages are
 * written, so the index is built on the second core while Astro renders on the first.
 *
 * node src/search/build/index-process.ts <content folder> <folder> <shard size> [shard cache folder] [part as JSON]
 * Prints one line when done: "indexed N pages in M ms (S shard(s), R reused); wrote F search data
 * files (…); CPU: indexing X s, Pagefind Y s" (the CPU part on Linux only).
 */
import { childrenCpuSeconds, childrenEnded, ownCpuSeconds } from '../../build-tools/process-cpu.ts';
import { writeIndex, type IndexJob } from './index-writer.ts';

const [contentDir, folder, shardSize, cache, part] = process.argv.slice(2);
if (!contentDir || !folder || !(Number(shardSize) > 0)) {
  console.error(
    'usage: index-process.ts <content folder> <folder> <shard size> [shard cache folder] [part as JSON]',
  );
  process.exit(2);
}
const started = performance.now();
const {
  pages,
  shards,
  reused,
  searchDataFiles,
  ms: parts,
} = await writeIndex({
  contentDir,
  folder,
  shardSize: Number(shardSize),
  cache: cache || undefined,
  part: part ? (JSON.parse(part) as IndexJob['part']) : undefined,
});
const ms = Math.round(performance.now() - started);
// Pagefind's binary, started for each shard, is this process's only child.
await childrenEnded();
const pagefindCpu = childrenCpuSeconds();
const cpu =
  pagefindCpu === undefined
    ? ''
    : `; CPU: indexing ${ownCpuSeconds().toFixed(1)} s, Pagefind ${pagefindCpu.toFixed(1)} s`;
console.log(
  `indexed ${pages} pages in ${ms} ms (${shards} shard(s), ${reused} reused); wrote ${searchDataFiles} search data files` +
    ` (articles ${parts.articles} ms, waiting for Pagefind ${parts.pagefind} ms, routes and search data ${parts.data} ms)${cpu}`,
);
