import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../../src/lib/ingest/ingest.ts';
import { planWrites } from '../../../src/lib/ingest/plan.ts';

const scrape = (body: string, rawPath: string) =>
  ingestRaw(Buffer.from(`某区召开工作会议\n来源：某区政府\n发布日期：2024-03-15 09:58\n${body}\n`), rawPath);

const plan = (
  entries: Array<ReturnType<typeof scrape>>,
  existing: Record<string, string> = {},
  force = false,
) =>
  planWrites({
    results: entries.map((result) => ({ rawPath: result.article.raw.path, result })),
    targetFor: (slug) => `out/${slug}.md`,
    existing: (target) => existing[target],
    force,
  });

describe('planWrites', () => {
  const a = scrape('会议要求抓好落实。', 'raw/a.txt');

  it('writes a new article and leaves an identical one unchanged', () => {
    expect(plan([a]).map((x) => x.kind)).toEqual(['write']);
    expect(plan([a], { [`out/${a.slug}.md`]: a.fileText }).map((x) => x.kind)).toEqual(['unchanged']);
  });

  it('fails both raw files that would take the same slug with different content, naming each other', () => {
    const b = scrape('会议要求加强宣传。', 'raw/b.txt');
    expect(b.slug).toBe(a.slug);
    const actions = plan([a, b]);
    expect(actions.map((x) => x.kind)).toEqual(['fail', 'fail']);
    expect(actions[0]).toMatchObject({
      message: expect.stringMatching(/^raw\/a\.txt: takes the slug .* as raw\/b\.txt/),
    });
    expect(actions[1]).toMatchObject({
      message: expect.stringMatching(/^raw\/b\.txt: .* as raw\/a\.txt, but the content differs/),
    });
  });

  it('writes the same article scraped twice once, from the first raw file, and says so', () => {
    const again = ingestRaw(
      Buffer.from(
        '某区召开工作会议\r\n来源: 某区政府 发布时间: 2024年3月15日 09:58\r\n会议要求抓好落实。\r\n',
      ),
      'raw/z.txt',
    );
    const actions = plan([a, again]);
    expect(actions.map((x) => x.kind)).toEqual(['write', 'skip']);
    expect(actions[1]).toMatchObject({ reason: expect.stringContaining('same article as raw/a.txt') });
  });

  it('skips an article edited by hand unless forced', () => {
    const target = `out/${a.slug}.md`;
    const edited = a.fileText.replace('抓好落实', '抓落实');
    const newer = scrape('会议要求抓好落实，加强宣传。', 'raw/a.txt');
    expect(plan([newer], { [target]: edited })[0]).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('edited by hand after ingest; not overwritten (use --force'),
    });
    expect(plan([newer], { [target]: edited }, true)[0]).toMatchObject({ kind: 'write', replaces: true });
    expect(plan([newer], { [target]: a.fileText })[0]).toMatchObject({ kind: 'write', replaces: true });
  });

  it('does not replace an article another raw file wrote', () => {
    const other = scrape('会议要求加强宣传。', 'raw/other.txt');
    const action = plan([a], { [`out/${a.slug}.md`]: other.fileText })[0];
    expect(action).toMatchObject({ kind: 'fail', message: expect.stringContaining('from raw/other.txt') });
  });
});
