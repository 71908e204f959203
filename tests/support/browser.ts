// Launches Debian's Chromium through playwright-core with the flags this sandbox needs.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Path to the Chromium binary: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts a headless Chromium with a fresh profile; fails (never skips) when Chromium is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium`);
  }
  // playwright's launch() always uses a new temporary --user-data-dir, so every browser is fresh.
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
