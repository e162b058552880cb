import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSite } from '../helpers/test-sites.ts';
import { builtFiles } from '../../src/lib/deploy/built-site.ts';
import { searchSettled } from '../../tools/browser/search-settled.ts';
import { servedPath } from '../helpers/crawl.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const subpath = await testSite('subpath');
const hostileDir = (await testSite('hostile')).dir;
const BUILDS = [
  { name: 'committed site', dir: (await testSite('site')).dir, base: '/', query: '知识产权' },
  { name: `site under ${subpath.base}`, dir: subpath.dir, base: subpath.base, query: '知识产权' },
  { name: '45-article archive', dir: (await testSite('fixture')).dir, base: '/', query: '营商环境' },
  { name: 'hostile fixture', dir: hostileDir, base: '/', query: '反注入安全演练' },
];
const HOSTILE_QUERY = '反注入安全演练';

/**
 * One page of each type: every page at the top level and the first page in each folder
 * (articles/…, page/…, and whatever folders later pages add), so new page types are covered.
 */
function pageOfEachType(dir: string): string[] {
  const seen = new Set<string>();
  return builtFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => {
      const parts = file.split('/');
      const type = parts.length <= 2 ? file : parts[0]!;
      if (seen.has(type)) return false;
      seen.add(type);
      return true;
    })
    .map(servedPath);
}

interface Watched {
  page: Page;
  /** CSP violations, console errors, uncaught errors, dialogs. */
  problems: string[];
}

async function watch(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/** Open a watched tab, run the checks, always close it. */
async function onWatchedPage(
  context: BrowserContext,
  run: (watched: Watched) => Promise<void>,
): Promise<void> {
  const watched = await watch(context);
  try {
    await run(watched);
  } finally {
    await watched.page.close();
  }
}

/** Run a search and wait until it has answered, with results or with its failure message. */
async function searchFor(page: Page, url: string, query: string): Promise<void> {
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
}

describe.each(BUILDS)('Content Security Policy: $name', ({ dir, base, query }) => {
  const site = siteInBrowser(dir, base);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pageOfEachType(dir))('/%s loads with no violation or console error', async (path) => {
    await onWatchedPage(context, async ({ page, problems }) => {
      const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // Both the <meta> and the _headers policy are in force.
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      expect(problems).toEqual([]);
    });
  });

  it(`a search (${query}) runs Pagefind and its WebAssembly with no violation`, async () => {
    await onWatchedPage(context, async ({ page, problems }) => {
      await searchFor(page, site.url, query);
      expect(problems).toEqual([]);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    });
  });

  it('the policy is enforced: an injected inline script is blocked and reported', async () => {
    await onWatchedPage(context, async ({ page, problems }) => {
      await page.goto(site.url);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => problems.join('\n')).toMatch(/CSP violation: script-src/);
    });
  });
});

/**
 * The hostile fixture's title, source, summary, body and image caption hold <script>, onerror,
 * javascript: links and "><svg onload=…>. Checked twice: with the CSP, and with the CSP bypassed,
 * so the escaping alone is shown to keep them inert.
 */
describe.each([
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
])('hostile content is inert $name', ({ bypassCSP }) => {
  const site = siteInBrowser(hostileDir);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ bypassCSP });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function expectInert(page: Page, problems: string[]): Promise<void> {
    const found = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        flag: (window as unknown as { __xss?: unknown }).__xss,
        handlers: all.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => `${el.tagName} ${a.name}`),
        ),
        // Elements the payloads would create; the site's own UI may have icons elsewhere.
        injected: document.querySelectorAll('main svg, main iframe, img[src="x"], object, embed').length,
        payloadScripts: Array.from(document.scripts).filter(
          (s) => !/json/.test(s.type) && /__xss|alert\(/.test(s.textContent ?? ''),
        ).length,
        scriptLinks: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) =>
          /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
        ).length,
      };
    });
    expect(found).toEqual({ flag: undefined, handlers: [], injected: 0, payloadScripts: 0, scriptLinks: 0 });
    expect(problems.filter((p) => p.startsWith('dialog') || p.startsWith('uncaught'))).toEqual([]);
  }

  it.each(
    builtFiles(hostileDir)
      .filter((f) => f.endsWith('.html'))
      .map(servedPath),
  )('/%s runs nothing from the article', async (path) => {
    await onWatchedPage(context, async ({ page, problems }) => {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      await expectInert(page, problems);
    });
  });

  it('the article page shows every payload as text', async () => {
    await onWatchedPage(context, async ({ page, problems }) => {
      await page.goto(site.url);
      await page.locator('main a[href*="/articles/"]').first().click();
      await page.waitForURL(/\/articles\//);
      await expectInert(page, problems);
      expect(await page.innerText('h1')).toBe(
        `<script>window.__xss='title'</script>"><svg onload=alert('title')>关于反注入安全演练<img src=x onerror=alert('title')>的通知`,
      );
      const text = await page.innerText('main');
      expect(text).toContain(`"><svg onload=alert('source')>省<script>alert('source')</script>办公厅`);
      expect(text).toContain(`<script>window.__xss='body'</script>`);
      expect(text).toContain(`[点击查看通知](javascript:window.__xss='body-link')`);
      expect(text).toContain(`<a href="javascript:alert('raw')">原始链接</a>`);
      expect(text).toContain(`<script>alert('caption')</script>"><svg onload=alert('caption')>图注`);
      expect(await page.title()).toContain(`<script>window.__xss='title'</script>`);
    });
  });

  it('a search result shows the hostile title and excerpt as text', async () => {
    await onWatchedPage(context, async ({ page, problems }) => {
      await searchFor(page, site.url, HOSTILE_QUERY);
      await expectInert(page, problems);
      expect(await page.innerText('.search-result h2 a')).toBe(
        `<script>window.__xss='title'</script>"><svg onload=alert('title')>关于反注入安全演练<img src=x onerror=alert('title')>的通知`,
      );
      expect(await page.innerText('.search-result .meta')).toContain(`<script>alert('source')</script>`);
      expect(await page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    });
  });
});
