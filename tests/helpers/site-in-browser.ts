/** A built site served on 127.0.0.1 and a Chromium to look at it, for the tests of one file. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

export interface SiteInBrowser {
  readonly browser: Browser;
  /** Origin plus base, ending in "/". */
  readonly url: string;
  /** Runs `run` on a page of a fresh context (CSP bypassed, for axe), closed afterwards. */
  withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T>;
}

/** Starts both before the file's tests and stops both after them. */
export function siteInBrowser(dir: string, base?: string): SiteInBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async withPage(options, run) {
      if (!browser) throw new Error('siteInBrowser: used outside a test');
      const context = await browser.newContext({ bypassCSP: true, ...options });
      try {
        return await run(await context.newPage());
      } finally {
        await context.close();
      }
    },
    get browser() {
      if (!browser) throw new Error('siteInBrowser: used outside a test');
      return browser;
    },
    get url() {
      if (!server) throw new Error('siteInBrowser: used outside a test');
      return server.url;
    },
  };
}
