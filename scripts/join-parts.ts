/**
 * npm run join -- --out DIR PART_DIR…
 * The last step of a split build (BUILD_PART=k/n, docs/scale.md): joins the output folders of
 * every part into DIR (new or empty), the site one whole build writes.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { joinParts } from '../tools/join-parts.ts';

const USAGE = 'Usage: npm run join -- --out DIR PART_DIR…  (the output folders of BUILD_PART=1/n … n/n)';
const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out || positionals.length < 2) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const started = performance.now();
  const files = joinParts(
    positionals.map((dir) => resolve(dir)),
    resolve(values.out),
  );
  console.log(
    `joined ${positionals.length} parts into ${values.out}: ${files} files in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
