import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hiddenWords,
  joinSegments,
  segmentWords,
  withoutHiddenWords,
} from '../../../src/search/contract/segment.ts';
import { HIDDEN_WORDS_MARK } from '../../../src/search/contract/index-fields.ts';

describe('segmentWords', () => {
  it('splits Chinese text into words and punctuation, one space apart', () => {
    expect(segmentWords('保护知识产权，快维权。')).toMatch(/^保护 知识 ?产权 ， .+ 。$/);
    expect(segmentWords('  多余  空格 ')).not.toMatch(/\s{2}|^\s|\s$/);
  });

  it('keeps Latin words and numbers whole', () => {
    expect(segmentWords('编号415X的Asian Games').split(' ')).toEqual(
      expect.arrayContaining(['415X', 'Asian', 'Games']),
    );
  });

  it('splits a query the way it splits the same words in an article', () => {
    const article = segmentWords('2024年浙江省知识产权强省建设工作联席会议全体成员会议召开');
    for (const query of ['知识产权', '联席会议', '浙江省'])
      expect(` ${article} `).toContain(` ${segmentWords(query)} `);
  });
});

describe('joinSegments', () => {
  it('gives back the Chinese text segmentWords split', () => {
    const text =
      '3月11日上午，2024年浙江省知识产权强省建设工作联席会议全体成员会议在杭州召开。“快维权”机制（试行）';
    expect(joinSegments(segmentWords(text))).toBe(text);
  });

  it('keeps one space between Latin words, none next to Chinese or punctuation', () => {
    expect(joinSegments(segmentWords('Asian Games 亚运会'))).toBe('Asian Games亚运会');
    expect(joinSegments(segmentWords('COVID-19疫情'))).toBe('COVID-19疫情');
  });

  it('is the inverse of segmentWords for any text without spaces', () => {
    const chars = fc.constantFrom(...'知识产权联席会议张雁云浙江省，。、“”（）：0123456789ABCxyz-'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (list) => {
        const text = list.join('');
        expect(joinSegments(segmentWords(text))).toBe(text);
      }),
    );
  });
});

describe('hiddenWords', () => {
  it('finds the words inside longer words that a query could not reach, each once', () => {
    const text = '省高级人民法院和杭州市人民政府支持中小企业，大学生如期完成。中小企业';
    const hidden = hiddenWords(text);
    expect(hidden).toEqual(expect.arrayContaining(['法院', '政府', '企业', '学生', '完成']));
    expect(new Set(hidden).size).toBe(hidden.length);
  });

  it('adds nothing for words that start a longer word (Pagefind matches those) or stand alone', () => {
    expect(hiddenWords('知识产权保护')).toEqual([]);
    expect(hiddenWords('杭州市')).not.toContain('杭州');
  });

  it('is cut off the indexed text at the mark', () => {
    expect(withoutHiddenWords(`知识 产权 。 ${HIDDEN_WORDS_MARK} 企业 法院`)).toBe('知识 产权 。 ');
    expect(withoutHiddenWords('知识 产权')).toBe('知识 产权');
  });
});
