import { describe, expect, it } from 'vitest';
import { collectVocabulary, nameLikeSpans, textWords } from '../../../src/search/build/vocabulary.ts';

describe('the archive vocabulary', () => {
  it('keeps a name the segmenter cuts into characters as one word', () => {
    expect(nameLikeSpans(['副', '省长', '张', '雁', '云', '出席'])).toContain('张雁云');
    expect(textWords('顾文海主持会议').spans).toContain('顾文海');
    // Never a span of long words alone, or longer than a name.
    expect(nameLikeSpans(['省长', '出席'])).toEqual([]);
    expect(nameLikeSpans(['张', '雁', '云', '龙'])).not.toContain('张雁云龙');
  });

  it('lists Latin words and runs of them, folded and without spaces', () => {
    const { latin, words } = textWords('杭州第19届亚运会（Asian Games）和“415X”集群');
    expect([...latin]).toEqual(expect.arrayContaining(['asian', 'games', 'asiangames', '415x']));
    expect(words).toContain('杭州');
    expect(words).not.toContain('19');
  });

  it('counts each word once per article that holds it, and gathers title, tag and source words', () => {
    const vocabulary = collectVocabulary([
      {
        title: '浙江省知识产权大会',
        source: '省市场监管局',
        tags: ['知识产权'],
        paragraphs: ['知识产权，知识产权。'],
      },
      { title: '宁波会议', source: '省市场监管局', tags: ['会议'], paragraphs: ['保护知识产权。'] },
    ]);
    // 知识产权 is two words to the segmenter: 知识 产权.
    expect(vocabulary.words.get('产权')).toBe(2);
    expect(vocabulary.sources.get('省市场监管局')).toBe(2);
    expect(vocabulary.tags.get('会议')).toBe(1);
    expect(vocabulary.nameWords).toContain('浙江省');
    expect(vocabulary.nameWords).not.toContain('保护');
    expect(vocabulary.titles).toEqual(['浙江省知识产权大会', '宁波会议']);
  });
});
