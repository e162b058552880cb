/**
 * npm run gen:archive -- --size N --out DIR: writes a synthetic archive of N articles (the
 * generator npm run bench:site builds, tools/archive/synthetic.ts) into DIR, a new or empty
 * folder. Build the site over it with CONTENT_DIR=DIR npm run build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from '../tools/archive/synthetic.ts';

const USAGE = 'Usage: npm run gen:archive -- --size N --out DIR';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({ options: { size: { type: 'string' }, out: { type: 'string' } } });
const size = Number(values.size);
if (values.size === undefined || !Number.isInteger(size) || size < 1) {
  fail(`--size must be a whole number of articles, at least 1 (got ${values.size ?? 'nothing'}).`);
}
if (!values.out) fail('--out must name the folder to write the articles into.');
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) {
  fail(`${out} is not empty: give a new or empty folder, so no article is overwritten or mixed in.`);
}

writeSyntheticArchive(out, size);
console.log(`Wrote ${size} articles to ${out}. Build the site over them: CONTENT_DIR=${out} npm run build`);
