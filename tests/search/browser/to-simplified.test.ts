import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../src/search/browser/traditional/to-simplified.ts';

describe('Traditional → Simplified', () => {
  it.each([
    ['知識產權', '知识产权'],
    ['聯席會議', '联席会议'],
    ['張雁雲 數字經濟', '张雁云 数字经济'],
  ])('%s → %s', async (traditional, simplified) => {
    expect(await toSimplified(traditional)).toBe(simplified);
  });

  it('leaves Simplified, Latin and digits alone', async () => {
    for (const query of ['知识产权', '张雁云', '干部', '415X GDP 2024'])
      expect(await toSimplified(query)).toBe(query);
  });
});
