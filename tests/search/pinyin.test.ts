import { describe, expect, it } from 'vitest';
import { pinyinFileFor, pinyinKey, readPinyin } from '../../src/search/browser/pinyin-lookup.ts';
import { syllablesOf } from '../../src/search/build/pronunciation.ts';
import { buildPinyinTable, shardPinyinTable } from '../../src/search/build/pinyin-table.ts';
import { pinyinFile, type PinyinShard } from '../../src/search/contract/data-files.ts';
import { searchArchiveVocabulary } from '../helpers/search-archive-vocabulary.ts';

const table = buildPinyinTable(searchArchiveVocabulary(), syllablesOf);
/** A small budget, so the table is cut into many files as a large archive's would be. */
const shards = shardPinyinTable(table, 600);
const manifest = { pinyinPrefixes: [...shards.keys()], vocabularyBuckets: 1, titlePrefixes: [] };
const files = new Map(
  [...shards].map(([prefix, json]) => [pinyinFile(prefix), JSON.parse(json) as PinyinShard]),
);
const read = (query: string) => readPinyin(query, manifest, async (file) => files.get(file)!);

describe('pinyin readings (pinyin-pro, at build time)', () => {
  it('reads 多音字 by their word', () => {
    const key = (word: string) => syllablesOf(word).join('');
    expect(['重庆', '银行', '长江', '行长', '重要', '会计', '乐清', '率先'].map(key)).toEqual([
      'chongqing',
      'yinhang',
      'changjiang',
      'hangzhang',
      'zhongyao',
      'kuaiji',
      'yueqing',
      'shuaixian',
    ]);
  });
});

describe('pinyin search over the archive’s own words', () => {
  it('finds a word from its toneless pinyin, with or without spaces, in any case', async () => {
    expect(await read('hangzhou')).toEqual({ as: 'pinyin', terms: [['杭州']] });
    expect(await read('Hang Zhou')).toEqual({ as: 'pinyin', terms: [['杭州']] });
    expect(await read('zhishichanquan')).toEqual({ as: 'pinyin', terms: [['知识产权']] });
  });

  it('finds a phrase the segmenter cut into words, from its pinyin as one', async () => {
    expect(await read('gongtongfuyu')).toEqual({ as: 'pinyin', terms: [['共同富裕']] });
    expect(await read('gong tong fu yu')).toEqual({ as: 'pinyin', terms: [['共同富裕']] });
  });

  it('finds a name the segmenter cut into characters', async () => {
    expect(await read('zhang yan yun')).toEqual({ as: 'pinyin', terms: [['张雁云']] });
  });

  it('finds a word of a title, tag or source from its initials', async () => {
    expect(await read('zjs')).toEqual({ as: 'initials', terms: [['浙江省']] });
  });

  it('reads several terms one by one when the whole is no word', async () => {
    expect(await read('ningbo zhishichanquan')).toEqual({ as: 'pinyin', terms: [['宁波'], ['知识产权']] });
  });

  it('leaves a Latin word of the archive as itself', async () => {
    expect(await read('Asian Games')).toEqual({ as: 'latin' });
    expect(await read('asian')).toEqual({ as: 'latin' });
    expect(pinyinKey('415X')).toBeUndefined();
  });

  it('finds nothing for the pinyin of no archive word: no near guess, no other name', async () => {
    expect(await read('zhangxiaoyun')).toBeUndefined(); // 张小云 is in no article
    expect(await read('zhangyanyu')).toBeUndefined();
    expect(await read('hangzho')).toBeUndefined();
    expect(await read('ningbo xyz')).toBeUndefined();
  });

  it('puts every key in the file the lookup reads, however finely the table is cut', () => {
    expect(shards.size).toBeGreaterThan(26);
    for (const key of [...table.pinyin.keys(), ...table.initials.keys()]) {
      const shard = files.get(pinyinFileFor(key, manifest.pinyinPrefixes)!)!;
      expect(shard.pinyin[key] ?? shard.initials[key]).toBeDefined();
    }
  });
});
