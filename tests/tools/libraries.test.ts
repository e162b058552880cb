/**
 * Every library the project installs is justified: named in the README's "Libraries and why"
 * table (type packages, @types/…, go with their library).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** The library names in the first column of the README's table. */
function justified(): Set<string> {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Libraries and why'));
  if (!section) throw new Error('README.md has no "## Libraries and why" section');
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\|\s*(library|-+)\s*\|/.test(line))
    .flatMap((line) => line.split('|')[1]!.split(','))
    .map((name) => name.replace(/\(.*\)/, '').trim());
  return new Set(names);
}

describe('the libraries', () => {
  it('are each named, with why, in the README', () => {
    const names = justified();
    const installed = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    const unexplained = installed.filter((name) => !name.startsWith('@types/') && !names.has(name));
    expect(unexplained).toEqual([]);
  });
});
