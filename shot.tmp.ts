import { chromium } from 'playwright-core';
const port = process.argv[2];
const queries = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const q of queries) {
  for (const [w, scheme] of [[390, 'light'], [1280, 'dark'], [390, 'dark'], [1280, 'light']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => ['done', 'failed'].includes(document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchState ?? ''));
    console.log(q, w, scheme, await page.textContent('[data-search-status]'), await page.$$eval('[data-search-results] h2 a', (as) => as.map((a) => a.textContent)).then(x=>x.join(' | ')));
    await page.waitForTimeout(300);
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/sw/${encodeURIComponent(q).replace(/%/g, '')}-${w}-${scheme}.png`, fullPage: false });
    await ctx.close();
  }
}
await browser.close();
