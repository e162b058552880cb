/**
 * The join step of a split build (src/lib/build-parts.ts): puts the output folders of parts
 * 1 … n together into the site one whole build writes, byte for byte. The lists part gives every
 * file but the article pages and the search index; each article part its article pages and its
 * search shards; the route files and search data are made from every part's shard summaries, and
 * _headers from the joined files.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtFiles, readSitePolicy } from '../src/lib/deploy/built-site.ts';
import { HEADERS_FILE, headerRules, renderHeadersFile } from '../src/lib/deploy/headers.ts';
import { isListsPart, type BuildPart } from '../src/lib/build-parts.ts';
import {
  PART_FOLDER,
  PART_MANIFEST,
  partShardNumbers,
  readPartSummary,
  writeWholeIndexFiles,
  type PartManifest,
} from '../src/search/build/whole-index-files.ts';
import type { ShardSummary } from '../src/search/build/shard-summary.ts';

/** Folders only the article parts write (each its own), and what the join makes itself. */
const ARTICLE_FOLDERS = ['articles/', 'pagefind/'];
const JOIN_WRITES = ['search-data/', PART_FOLDER, HEADERS_FILE];

interface Part extends BuildPart {
  dir: string;
  manifest: PartManifest;
}

function readPart(dir: string): Part {
  const file = join(dir, PART_MANIFEST);
  if (!existsSync(file))
    throw new Error(
      `${dir} is not the output of one part of a split build: it has no ${PART_MANIFEST}. Build it with BUILD_PART=k/n.`,
    );
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as PartManifest;
  return { dir, manifest, part: manifest.part, parts: manifest.parts };
}

/** The parts, checked: every part of one split build, once, built with the same settings. */
function checkedParts(dirs: readonly string[]): Part[] {
  const parts = dirs.map(readPart).sort((a, b) => a.part - b.part);
  const count = parts[0]?.parts ?? 0;
  const numbers = parts.map((p) => p.part).join(',');
  const wanted = Array.from({ length: count }, (_, i) => i + 1).join(',');
  if (!count || parts.some((p) => p.parts !== count) || numbers !== wanted)
    throw new Error(
      `The folders given are parts ${numbers} of ${[...new Set(parts.map((p) => p.parts))].join(' or ')}: give every part of one split build once (1 … ${count || 'n'}).`,
    );
  for (const p of parts)
    if (p.manifest.settings !== parts[0]!.manifest.settings)
      throw new Error(
        `${p.dir} was built with other settings than ${parts[0]!.dir}: build every part with the same settings.`,
      );
  return parts;
}

const copy = (from: string, to: string): void => {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
};

/** Joins the part folders `dirs` into `outDir` (new or empty); returns how many files the site has. */
export function joinParts(dirs: readonly string[], outDir: string): number {
  const parts = checkedParts(dirs);
  if (existsSync(outDir) && readdirSync(outDir).length > 0)
    throw new Error(
      `${outDir} is not empty: join into a new or empty folder, so nothing of another build is mixed in.`,
    );
  const lists = parts.find(isListsPart)!;
  const under = (file: string, folders: readonly string[]) =>
    folders.some((f) => file === f || file.startsWith(f));
  for (const file of builtFiles(lists.dir))
    if (!under(file, [...ARTICLE_FOLDERS, ...JOIN_WRITES])) copy(join(lists.dir, file), join(outDir, file));
  const summaries: ShardSummary[] = [];
  for (const part of parts.filter((p) => !isListsPart(p))) {
    for (const file of builtFiles(part.dir)) {
      if (under(file, ARTICLE_FOLDERS)) copy(join(part.dir, file), join(outDir, file));
      // Every part bundles the same code: a page of one part must find its scripts and styles.
      else if (file.startsWith('_astro/') && !sameBytes(join(part.dir, file), join(outDir, file)))
        throw new Error(
          `${part.dir}/${file} differs from the lists part's: build every part from the same commit.`,
        );
    }
    for (const shard of partShardNumbers(part.dir)) summaries[shard] = readPartSummary(part.dir, shard);
  }
  const missing = Array.from({ length: summaries.length }, (_, i) => i).filter((i) => !summaries[i]);
  if (missing.length || summaries.length !== lists.manifest.shards)
    throw new Error(
      `The parts hold search shards ${summaries.length ? `0–${summaries.length - 1}` : 'none'} but not ${missing.join(', ') || `all ${lists.manifest.shards}`}: give every part.`,
    );
  writeWholeIndexFiles(outDir, summaries);
  // Each part checked its own pages' policy as it built; the home page gives it.
  const files = builtFiles(outDir);
  const pagePolicy = readSitePolicy(outDir, files, Infinity);
  writeFileSync(
    join(outDir, HEADERS_FILE),
    renderHeadersFile(headerRules({ base: lists.manifest.base, pagePolicy, files })),
  );
  return files.length + 1;
}

function sameBytes(a: string, b: string): boolean {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}
