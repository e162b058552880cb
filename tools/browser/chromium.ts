/**
 * Debian's Chromium, driven by playwright-core. Never downloads a browser: it uses CHROME_PATH
 * or a system Chromium, and fails loudly (never skips) when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The command that installs what the browser tests need (Debian). */
export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

/**
 * The Chromium the tests and tools drive: CHROME_PATH when set (the one place it is read), else a
 * system Chromium; undefined when there is none.
 */
export function findChromium(): { path: string | undefined; fromEnv: boolean } {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return { path: existsSync(fromEnv) ? fromEnv : undefined, fromEnv: true };
  return { path: CANDIDATES.find((p) => existsSync(p)), fromEnv: false };
}

export function chromiumPath(): string {
  const { path, fromEnv } = findChromium();
  if (path) return path;
  throw new Error(
    fromEnv
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.`
      : `No Chromium found. Install Debian's: sudo sh -c '${INSTALL_CHROMIUM}' (or set CHROME_PATH).`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
