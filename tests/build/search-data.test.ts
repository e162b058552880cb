/**
 * The compile-time search data (written with the index by src/search/build/index-writer.ts) as built over the search-quality
 * archive: small JSON files under search-data/ (under the base path too), holding the archive's
 * own words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { MANIFEST_FILE, pinyinFile, READINGS_FILE } from '../../src/search/contract/data-files.ts';
import { searchDataReader } from '../helpers/search-data.ts';

const builtData = (dir: string) => searchDataReader((path) => readFileSync(join(dir, path), 'utf8'));

const searchDir = (await testSite('search')).dir;
const searchSubpathDir = (await testSite('search-subpath')).dir;

describe('the search data of the built search archive', () => {
  const data = builtData(searchDir);

  it('reads pinyin and initials into the archive’s words, and nothing else', async () => {
    expect(await data.pinyin('hangzhou')).toEqual({ as: 'pinyin', terms: [['杭州']] });
    expect(await data.pinyin('zhang yan yun')).toEqual({ as: 'pinyin', terms: [['张雁云']] });
    expect(await data.pinyin('zjs')).toEqual({ as: 'initials', terms: [['浙江省']] });
    expect(await data.pinyin('Asian Games')).toEqual({ as: 'latin' });
    expect(await data.pinyin('zhangxiaoyun')).toBeUndefined();
  });

  it('completes and corrects with the archive’s words, tags, sources and titles', () => {
    expect(data.complete('雁荡').map((c) => c.text)).toContain('雁荡山景区推出暑期文旅新玩法');
    expect(data.complete('省发').map((c) => c.text)).toContain('省发展改革委');
    expect(data.correct('知识产全')[0]?.text).toBe('知识产权');
  });

  it('keeps every file a query reads small', () => {
    const files = [MANIFEST_FILE, READINGS_FILE, ...data.manifest.pinyinPrefixes.map(pinyinFile)];
    for (const file of files) expect(readFileSync(join(searchDir, file)).length).toBeLessThan(50_000);
  });
});

describe('the search data under a base path', () => {
  it('is written into the site folder the base path serves', async () => {
    const dir = searchSubpathDir;
    expect(existsSync(join(dir, MANIFEST_FILE))).toBe(true);
    expect(await builtData(dir).pinyin('ningbo')).toEqual({ as: 'pinyin', terms: [['宁波']] });
  });
});
