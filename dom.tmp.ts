import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${process.argv[2]}/search/?q=${encodeURIComponent(process.argv[3]!)}`);
await page.waitForFunction(() => ['done', 'failed'].includes(document.querySelector<HTMLElement>('[data-search-root]')?.dataset.searchState ?? ''));
await page.waitForTimeout(500);
console.log(await page.$eval('[data-search-suggestions]', (e) => e.outerHTML));
await browser.close();
