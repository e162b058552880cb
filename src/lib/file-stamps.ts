/**
 * What was learnt from each file the last time it was read, kept with its size and modification
 * time, so that a build can tell an unchanged file without reading it again (as git's index
 * does): 100,000 article files are read in seconds, stated in a fraction of one. A file whose
 * time is not older than the stamps themselves may have changed within the same clock tick after
 * it was read, so it is read again.
 */
import { readFileSync, renameSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';

interface Stamp<T> {
  size: number;
  /** Modification time in nanoseconds, as text (JSON has no bigint). */
  mtime: string;
  known: T;
}

export interface FileStamps<T> {
  /** What was learnt from `path` when it was last read, if it has not changed since; else undefined. */
  known(key: string, stats: BigIntStats): T | undefined;
  /** Records what was learnt from a file now (every file of this build, read or not). */
  keep(key: string, stats: BigIntStats, known: T): void;
  /** Writes the stamps of this build: the files it kept, nothing else. */
  save(): void;
}

/** The stamps kept in `file` (none when it is missing or unreadable). */
export function fileStamps<T>(file: string): FileStamps<T> {
  let previous = new Map<string, Stamp<T>>();
  let written = 0n;
  try {
    written = statSync(file, { bigint: true }).mtimeNs;
    previous = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Stamp<T>>));
  } catch {
    previous = new Map();
  }
  const next: Record<string, Stamp<T>> = {};
  return {
    known(key, stats) {
      const stamp = previous.get(key);
      if (!stamp || stamp.size !== Number(stats.size) || stamp.mtime !== String(stats.mtimeNs))
        return undefined;
      return stats.mtimeNs < written ? stamp.known : undefined;
    },
    keep(key, stats, known) {
      next[key] = { size: Number(stats.size), mtime: String(stats.mtimeNs), known };
    },
    save() {
      writeFileSync(`${file}.${process.pid}`, JSON.stringify(next));
      renameSync(`${file}.${process.pid}`, file);
    },
  };
}
