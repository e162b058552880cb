import { describe, expect, it } from 'vitest';
import { articleTerms, type RelatedInput } from '../../../src/lib/related/terms.ts';

const terms = (title: string, more: Partial<RelatedInput> = {}) =>
  articleTerms({
    title,
    summary: '',
    tags: [],
    source: '省政府办公厅',
    publishedAt: '2024-03-15T09:00:00+08:00',
    ...more,
  });
const subjectOf = (title: string, more: Partial<RelatedInput> = {}) => [...terms(title, more).subject.keys()];
const wordPairs = (title: string) => subjectOf(title).filter((term) => !term.includes(':'));
const placesOf = (title: string, more: Partial<RelatedInput> = {}) =>
  terms(title, more)
    .context.filter((term) => term.startsWith('p:'))
    .map((term) => term.slice(2));

describe('subject and context of an article', () => {
  it('keeps the subject of a generated title and cuts out its place, year, number and form', () => {
    expect(wordPairs('2017年绍兴质量强省工作会议第81次召开')).toEqual(['质量', '量强', '强省']);
    expect(placesOf('2017年绍兴质量强省工作会议第81次召开')).toEqual(['绍兴']);
    expect(wordPairs('嘉兴召开2019年知识产权保护工作推进会（第1期）')).toEqual([
      '知识',
      '识产',
      '产权',
      '权保',
      '保护',
    ]);
  });

  it('cuts the boilerplate of free-form titles: 关于印发…的通知, 政策解读, an issuer before 关于', () => {
    expect(wordPairs('浙江省人民政府办公厅关于印发《浙江省碳达峰实施方案》的通知')).toEqual(['碳达', '达峰']);
    expect(wordPairs('《浙江省碳达峰实施方案》政策解读')).toEqual(['碳达', '达峰']);
    expect(wordPairs('浙江省市场监督管理局关于2024年第1期食品安全监督抽检信息的通告')).toEqual(
      expect.arrayContaining(['食品', '安全', '抽检']),
    );
    expect(wordPairs('浙江省市场监督管理局关于2024年第1期食品安全监督抽检信息的通告')).not.toContain('管理');
  });

  it('names the document a title is, or quotes, so a policy and its 解读 share it', () => {
    const policy = subjectOf('关于印发《浙江省数据知识产权登记办法（试行）》的通知');
    const explained = subjectOf('一图读懂《浙江省数据知识产权登记办法（试行）》');
    expect(policy).toContain('q:浙江省数据知识产权登记办法');
    expect(explained).toContain('q:浙江省数据知识产权登记办法');
    expect(subjectOf('浙江省优化营商环境条例')).toContain('q:浙江省优化营商环境条例');
    expect(subjectOf('宁波市碳达峰实施方案发布')).toContain('q:宁波市碳达峰实施方案');
  });

  it('names the same kind of document for another place alike, as a title term', () => {
    expect(terms('宁波市碳达峰实施方案发布').subject.get('r:碳达峰实施方案')).toBe('title');
    expect(terms('《浙江省碳达峰实施方案》政策解读').subject.get('r:碳达峰实施方案')).toBe('title');
  });

  it('reads a 文号 the same in a summary, in any brackets, as in the 信息公开 fields', () => {
    const cited = subjectOf('政策问答', {
      summary: '浙人社发[2024]25号文件印发后，省人力社保厅回答群众关心的问题。',
    });
    const document = subjectOf('关于2024年调整退休人员基本养老金的通知', {
      disclosure: { documentNumber: '浙人社发〔2024〕25号' },
    });
    expect(cited).toContain('n:人社发2024-25');
    expect(document).toContain('n:人社发2024-25');
  });

  it('takes provinces and cities by full or short name, counties by full name or after it', () => {
    expect(placesOf('浙江省杭州市召开会议')).toEqual(['浙江', '杭州']);
    expect(placesOf('乐清市推进青瓷保护')).toEqual(['乐清']);
    expect(placesOf('乐清推进青瓷保护')).toEqual([]);
    expect(placesOf('安吉推进和美乡村建设', { summary: '湖州市安吉县以千万工程为抓手。' })).toEqual([
      '湖州',
      '安吉',
    ]);
    expect(wordPairs('安吉推进和美乡村建设')).toContain('安吉');
  });

  it('does not take everyday words for places: 乡村振兴, 朝阳产业, 高新技术', () => {
    expect(placesOf('深入推进乡村振兴')).toEqual([]);
    expect(wordPairs('深入推进乡村振兴')).toEqual(['乡村', '村振', '振兴']);
    expect(placesOf('培育朝阳产业和高新技术企业')).toEqual([]);
  });

  it('gives tags and 主题分类 as subject, but not the form tag 会议; year and source as context', () => {
    const { subject, context } = terms('全省知识产权工作会议召开', {
      tags: ['知识产权', '会议'],
      disclosure: { topic: '市场监管、安全生产监管\\知识产权' },
    });
    expect(subject.get('t:知识产权')).toBe('tag');
    expect(subject.has('t:会议')).toBe(false);
    expect(subject.get('c:市场监管、安全生产监管')).toBe('tag');
    expect(context).toEqual(['y:2024', 's:省政府办公厅']);
  });
});
