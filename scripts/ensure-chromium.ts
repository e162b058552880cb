/**
 * Run first by `npm test` and `npm run test:site`: the browser tests need Debian's Chromium and
 * CJK fonts. Installs them when missing (as root, with apt-get), or stops at once with the command
 * to run. Never downloads a browser build of its own. Chromium is looked for the way the tests
 * look for it (tools/browser/chromium.ts, which reads CHROME_PATH).
 */
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_CHROMIUM } from '../tools/browser/chromium.ts';

const hasChromium = (): boolean => findChromium().path !== undefined;
const hasCjkFonts = (): boolean =>
  (spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

if (!hasChromium() || !hasCjkFonts()) {
  const canInstall =
    process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(
      `ensure-chromium: Chromium or CJK fonts are missing. Run:  sudo sh -c '${INSTALL_CHROMIUM}'`,
    );
    console.error('(or set CHROME_PATH to a Chromium binary)');
    process.exit(1);
  }
  console.error("ensure-chromium: installing Debian's chromium and fonts-noto-cjk…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'],
  ]) {
    const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  if (!hasChromium()) {
    console.error('ensure-chromium: chromium still missing after install');
    process.exit(1);
  }
}
