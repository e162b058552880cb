/**
 * npm run screenshot -- [PATH ...]: PNGs of built pages at 390 px and 1280 px, light and dark,
 * into screenshots/ (not committed). Builds nothing: run `npm run build` first.
 */
import { SITE } from '../src/lib/site.ts';
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tools/browser/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : [''];
const server = await serveStatic(SITE.outDir);
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of paths) {
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
        const name = `screenshots/${(path || 'home').replace(/[^\w-]+/g, '_')}-${width}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
