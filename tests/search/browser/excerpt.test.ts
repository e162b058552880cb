import { describe, expect, it } from 'vitest';
import { buildExcerpt, highlight } from '../../../src/search/browser/excerpt.ts';

const marked = (pieces: Array<{ text: string; mark: boolean }>) =>
  pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerpts', () => {
  it('highlight the phrase itself, not its characters elsewhere', () => {
    const text = '企业要重视产权布局。会议介绍了快速维权中心的服务。';
    expect(marked(buildExcerpt(text, [['维权']]))).toBe('…会议介绍了快速[维权]中心的服务。');
  });

  it('start at the sentence holding the first match, and say where text was cut', () => {
    const text = '甲'.repeat(200) + '。乙丙丁知识产权戊' + '己'.repeat(200);
    const excerpt = marked(buildExcerpt(text, [['知识产权']], { before: 10, length: 20 }));
    expect(excerpt).toBe('…乙丙丁[知识产权]戊' + '己'.repeat(12) + '…');
  });

  it('start after the closing quote that ends the sentence before', () => {
    const text = '他说：“要加强保护。”知识产权工作取得新进展。';
    expect(marked(buildExcerpt(text, [['知识产权']]))).toBe('…[知识产权]工作取得新进展。');
  });

  it('mark every term and keep text as text', () => {
    const pieces = buildExcerpt('<b>张雁云</b>出席知识产权会议', [['张雁云'], ['知识产权']]);
    expect(marked(pieces)).toBe('<b>[张雁云]</b>出席[知识产权]会议');
  });

  it('show the opening when the text does not hold the query (a title-only match)', () => {
    expect(marked(buildExcerpt('会议在杭州召开。', [['联席会议']]))).toBe('会议在杭州召开。');
  });

  it('highlight titles whole', () => {
    expect(marked(highlight('2024年知识产权联席会议召开', [['联席會議', '联席会议']]))).toBe(
      '2024年知识产权[联席会议]召开',
    );
  });
});
