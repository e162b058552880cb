/**
 * Search under `npm run dev`: the dev server writes the search index when it starts and again
 * when an article file is added, changed or deleted, so the search page finds what the content
 * folder holds now.
 */
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { startDevServer, type DevServer } from '../../tools/dev-server.ts';

const content = mkdtempSync(join(tmpdir(), 'dev-search-'));
cpSync('content/articles', content, { recursive: true });
const [seedName] = readdirSync(content).filter((name) => name.endsWith('.md'));
const seedFile = join(content, seedName!);
const seedPath = `/articles/${basename(seedName!, '.md')}/`;

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(content, { recursive: true, force: true });
});

/** `astro dev` over the temporary content folder for the tests of one describe block. */
function devServer(env: Record<string, string> = {}): { readonly url: string } {
  let dev: DevServer | undefined;
  beforeAll(async () => {
    dev = await startDevServer({ CONTENT_DIR: content, ...env });
  }, 180_000);
  afterAll(() => dev?.close());
  return {
    get url() {
      if (!dev) throw new Error('devServer: used outside a test');
      return dev.url;
    },
  };
}

/** The article links (paths below the base) the dev server's search page shows for `query`. */
async function resultsFor(dev: { url: string }, query: string): Promise<string[]> {
  const page = await browser!.newPage();
  try {
    await page.goto(`${dev.url}search/?q=${encodeURIComponent(query)}`);
    await searchSettled(page, query);
    const links = await page.$$eval('.search-result h2 a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    );
    // The path below the base; a result link also carries the query (?hl=) for the article to mark.
    return links.map((link) => `/${new URL(link).pathname.slice(new URL(dev.url).pathname.length)}`);
  } finally {
    await page.close();
  }
}

/** Asks again until the results are `expected`: the index is rewritten a moment after a file changes. */
const eventually = (dev: { url: string }, query: string, expected: string[]) =>
  expect
    .poll(() => resultsFor(dev, query), { timeout: 60_000, interval: 500, message: `search for ${query}` })
    .toEqual(expected);

/** The dev server's page at `path` (below the base), as status and HTML, asked until it passes. */
const pageAt = (dev: { url: string }, path: string) =>
  expect.poll(
    async () => {
      const response = await fetch(new URL(path.slice(1), dev.url));
      return { status: response.status, html: await response.text() };
    },
    { timeout: 30_000, interval: 500 },
  );

describe('search under astro dev', () => {
  const dev = devServer();

  it('finds the committed article for 知识产权', async () => {
    await eventually(dev, '知识产权', [seedPath]);
  });

  it('finds text written into an article after the server started', async () => {
    expect(await resultsFor(dev, '白鹭湿地')).toEqual([]);
    appendFileSync(seedFile, '\n会议还部署了白鹭湿地保护工作。\n');
    await eventually(dev, '白鹭湿地', [seedPath]);
    // The result leads to the article as it is now.
    await pageAt(dev, seedPath).toMatchObject({ status: 200, html: expect.stringContaining('白鹭湿地') });
  });

  it('finds an article added after the server started, and forgets it when deleted', async () => {
    const added = join(content, '2024-04-01-0dev5ea7.md');
    const text = readFileSync(seedFile, 'utf8')
      .replace(/^title: .*$/m, 'title: 丹顶鹤迁徙观察站启用')
      .replace(/\n---\n[\s\S]*$/, '\n---\n\n盐城丹顶鹤迁徙观察站正式启用。\n');
    writeFileSync(added, text);
    await eventually(dev, '丹顶鹤', ['/articles/2024-04-01-0dev5ea7/']);
    await pageAt(dev, '/articles/2024-04-01-0dev5ea7/').toMatchObject({
      status: 200,
      html: expect.stringContaining('丹顶鹤迁徙观察站启用'),
    });
    rmSync(added);
    await eventually(dev, '丹顶鹤', []);
    await pageAt(dev, '/articles/2024-04-01-0dev5ea7/').toMatchObject({ status: 404 });
  });
});

describe('search under astro dev with BASE_PATH', () => {
  const dev = devServer({ BASE_PATH: '/news-archive/' });

  it('serves the index under the base path', async () => {
    expect(dev.url).toMatch(/\/news-archive\/$/);
    await eventually(dev, '知识产权', [seedPath]);
  });
});
