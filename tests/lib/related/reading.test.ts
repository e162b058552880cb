import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/article-file.ts';
import {
  LINK_LIMIT,
  RELATED_LIMIT,
  relatedReading,
  type RelatedInput,
} from '../../../src/lib/related/reading.ts';
import { POLICY_ARCHIVE, policyArchiveArticle } from '../../../tools/archive/policy-archive.ts';
import { syntheticArticle } from '../../../tools/archive/synthetic.ts';
import { oldestFirst } from '../../../tools/bench/related-quality.ts';

let day = 0;
/**
 * A release, each a month after the one before (create them oldest first), in the year its title
 * names if it names one; the summary repeats the title, as many do.
 */
const article = (title: string, source = '省政府办公厅', tags: string[] = []): RelatedInput => {
  day++;
  const year = /(\d{4})年/.exec(title)?.[1] ?? 2018 + Math.floor(day / 12);
  const month = String(1 + (day % 12)).padStart(2, '0');
  return { title, summary: `${title}。`, tags, source, publishedAt: `${year}-${month}-10T09:00:00+08:00` };
};
/** The titles article i lists, in the order given. */
const titlesOf = (items: RelatedInput[], i: number) =>
  relatedReading(items).lists[i]!.map((j) => items[j]!.title);

describe('related reading ranks the subject first', () => {
  it('ranks the same subject in other places above the same place with a word in common', () => {
    const items = [
      article('2019年嘉兴质量强省工作会议第1次召开', '嘉兴市人民政府'),
      article('2020年绍兴质量技术监督工作会议第2次召开', '绍兴市人民政府'),
      article('2020年湖州质量强省工作会议第3次召开', '湖州市人民政府'),
      article('2021年绍兴数据知识产权工作会议第4次召开', '绍兴市人民政府'),
      article('2021年绍兴质量强省工作会议第5次召开', '绍兴市人民政府'),
    ];
    const listed = titlesOf(items, 4);
    expect(listed.slice(0, 2).sort()).toEqual([items[0]!.title, items[2]!.title].sort());
    expect(listed).not.toContain(items[3]!.title);
  });

  it('ranks the same subject from another year above the same year with words in common', () => {
    const items = [
      article('关于2021年调整退休人员基本养老金的通知'),
      article('关于2024年调整退休人员医疗保险待遇的通知'),
      article('2024年全省安全生产工作会议召开'),
      article('关于2024年调整退休人员基本养老金的通知'),
    ];
    const listed = titlesOf(items, 3);
    expect(listed[0]).toBe(items[0]!.title);
    expect(listed).not.toContain(items[2]!.title);
  });

  it('does not let a rare place outrank a common subject', () => {
    // 龙泉 is in three titles, 知识产权保护 in seven: the place is the rarer term by far.
    const items = [
      article('龙泉市青瓷产业大会召开'),
      article('龙泉市推进青瓷传统技艺保护'),
      ...['杭州', '宁波', '温州', '嘉兴', '湖州'].map((city) => article(`${city}推进知识产权保护工作`)),
      article('龙泉市推进知识产权保护工作'),
    ];
    const listed = titlesOf(items, items.length - 1);
    expect(listed).toHaveLength(RELATED_LIMIT);
    expect(listed.every((title) => title.includes('知识产权保护'))).toBe(true);
  });

  it('relates on a shared subject tag or 主题分类 only together with shared words', () => {
    const items = [
      article('我省调整退休人员基本养老金', '省人力社保厅', ['民生']),
      article('县域医共体建设再上新台阶', '省卫生健康委', ['民生']),
    ];
    expect(relatedReading(items).lists).toEqual([[], []]);
  });
});

describe('newer follow-ups', () => {
  const policy = article('浙江省人民政府办公厅关于印发《浙江省知识产权保护和促进条例》实施细则的通知');
  const explained = article('《浙江省知识产权保护和促进条例》实施细则政策解读');
  const items = [
    policy,
    article('全省春季植树活动启动', '省林业局'),
    explained,
    article('宁波市开展知识产权保护专项行动', '宁波市人民政府'),
  ];

  it('lists a policy’s 解读 and later work under it on the policy’s page, and the policy on theirs', () => {
    const { lists } = relatedReading(items);
    expect(lists[0]).toEqual(expect.arrayContaining([2, 3]));
    expect(lists[2]).toContain(0);
  });

  it('gives the first article of a subject a section through its follow-ups, and none to an article alone', () => {
    const { lists } = relatedReading(items);
    expect(lists[0]!.length).toBeGreaterThan(0);
    expect(lists[1]).toEqual([]);
  });
});

const policyArchive = oldestFirst(POLICY_ARCHIVE.map((a) => ({ ...policyArchiveArticle(a), key: a.key })));
const generated = oldestFirst(
  Array.from({ length: 300 }, (_, i) => ({
    ...parseArticleFile(syntheticArticle(i).text, `${i}.md`).data,
    key: i,
  })),
);

describe.each([
  ['the hand-written policy archive', policyArchive],
  ['a generated archive', generated],
])('publishing on %s', (_, archive) => {
  it('changes the lists of only the articles the new one links to, at most LINK_LIMIT', () => {
    let before = relatedReading(archive.slice(0, 1)).lists;
    for (let n = 1; n < archive.length; n++) {
      const { lists, links } = relatedReading(archive.slice(0, n + 1));
      const changed = before.flatMap((list, i) => (String(list) === String(lists[i]) ? [] : [i]));
      expect(changed.length).toBeLessThanOrEqual(LINK_LIMIT);
      for (const i of changed) expect(links[n]).toContain(i);
      before = lists;
    }
  });

  it('gives at most RELATED_LIMIT, each once, never the article itself, the same each time', () => {
    const { lists } = relatedReading(archive);
    lists.forEach((list, i) => {
      expect(list.length).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(new Set(list).size).toBe(list.length);
      expect(list).not.toContain(i);
    });
    expect(relatedReading(structuredClone(archive)).lists).toEqual(lists);
  });
});

describe('on the generated archive', () => {
  const { lists } = relatedReading(generated);
  const topicOf = (title: string) => /\d{4}年(.+)工作推进会/.exec(title)![1];

  it('gives every article a section of its own topic, with newer articles on many', () => {
    lists.forEach((list, i) => {
      expect(list.length).toBeGreaterThan(0);
      for (const j of list) expect(topicOf(generated[j]!.title)).toBe(topicOf(generated[i]!.title));
    });
    const withNewer = lists.filter((list, i) => list.some((j) => j > i)).length;
    expect(withNewer).toBeGreaterThan(generated.length / 2);
  });
});
