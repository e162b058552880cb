/**
 * The hostile fixture (tests/fixtures/hostile/articles) as built: whatever files the site has,
 * pages, feeds, JSON-LD and data carry the payloads only as escaped text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { articleSchema } from '../../src/lib/article.ts';
import { builtFiles } from '../../src/lib/deploy/built-site.ts';
import { failedBuild } from '../../tools/build-site.ts';

const dir = (await testSite('hostile')).dir;
const files = builtFiles(dir);
const FIXTURE = 'tests/fixtures/hostile/articles/2024-06-01-hostile.md';
const TITLE = `<script>window.__xss='title'</script>"><svg onload=alert('title')>关于反注入安全演练<img src=x onerror=alert('title')>的通知`;

/** Markup the payloads would create if they were not escaped. */
function activeMarkup($: CheerioAPI, where: string): string[] {
  const found: string[] = [];
  $('*').each((_, el) => {
    const tag = 'tagName' in el ? el.tagName : '';
    for (const [name, value] of Object.entries('attribs' in el ? el.attribs : {})) {
      if (/^on/i.test(name)) found.push(`${where}: <${tag} ${name}>`);
      if (/^\s*javascript:/i.test(value)) found.push(`${where}: <${tag} ${name}="${value}">`);
    }
    if (['svg', 'iframe', 'object', 'embed'].includes(tag)) found.push(`${where}: <${tag}>`);
    if (tag === 'img' && $(el).attr('src') === 'x') found.push(`${where}: <img src=x>`);
    if (tag === 'script' && !$(el).attr('src') && !/json/.test($(el).attr('type') ?? ''))
      if (/__xss|alert\(/.test($(el).text())) found.push(`${where}: inline <script> from content`);
  });
  return found;
}

describe('hostile content, as built', () => {
  it('every page shows the payloads as text and creates no markup from them', () => {
    const html = files.filter((f) => f.endsWith('.html'));
    const found = html.flatMap((file) => activeMarkup(load(readFileSync(join(dir, file), 'utf8')), file));
    expect(found).toEqual([]);
    const article = html.find((f) => f.startsWith('articles/'))!;
    const $ = load(readFileSync(join(dir, article), 'utf8'));
    expect($('h1').text()).toBe(TITLE);
    expect($('title').text()).toContain(TITLE);
    expect($('meta[name="description"]').attr('content')).toContain(`<img src=x onerror=alert('summary')>`);
    expect($('figcaption').text()).toContain(
      `<script>alert('caption')</script>"><svg onload=alert('caption')>图注`,
    );
  });

  it('JSON-LD, where present, parses, keeps the title exactly and cannot close its <script>', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const $ = load(readFileSync(join(dir, file), 'utf8'));
      $('script[type="application/ld+json"]').each((_, el) => {
        const raw = $(el).html() ?? '';
        expect(raw, file).not.toMatch(/<\/script|<!--|<script/i);
        const text = JSON.stringify(JSON.parse(raw));
        if (file.startsWith('articles/')) expect(text).toContain(JSON.stringify(TITLE).slice(1, -1));
      });
    }
  });

  it('feeds and sitemaps (every .xml), where present, hold the payloads as escaped text only', () => {
    for (const file of files.filter((f) => f.endsWith('.xml'))) {
      const $ = load(readFileSync(join(dir, file), 'utf8'), { xml: true });
      expect($('script, svg, img, iframe').length, file).toBe(0);
      // HTML carried inside an element (an RSS description or content:encoded) is parsed as a reader would.
      $('*').each((_, el) => {
        const text = $(el).children().length ? '' : $(el).text();
        if (/[<>]/.test(text))
          expect(activeMarkup(load(text), `${file} <${'tagName' in el ? el.tagName : ''}>`)).toEqual([]);
      });
    }
  });

  it('data files (every .json outside Pagefind), where present, parse', () => {
    for (const file of files.filter((f) => f.endsWith('.json') && !f.startsWith('pagefind/'))) {
      expect(() => JSON.parse(readFileSync(join(dir, file), 'utf8')), file).not.toThrow();
    }
  });
});

describe('tags are not an injection vector', () => {
  it('the schema takes only tags from the controlled vocabulary', () => {
    const article = articleSchema.shape;
    expect(article.tags.safeParse(['法治']).success).toBe(true);
    for (const tag of ['<script>alert(1)</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)'])
      expect(article.tags.safeParse([tag]).success).toBe(false);
  });

  it('a build over an article with a hostile tag stops, naming the file and the field', async () => {
    const content = mkdtempSync(join(tmpdir(), 'hostile-tag-'));
    try {
      const text = readFileSync(FIXTURE, 'utf8').replace('  - 法治', '  - "<script>alert(1)</script>"');
      writeFileSync(join(content, 'tagged.md'), text);
      const { output } = await failedBuild({ outDir: join(content, 'out'), contentDir: content });
      expect(output).toContain('tagged.md');
      expect(output).toMatch(/tags\.0: tag is not in the vocabulary/);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  }, 120_000);
});
