// Launches Debian's Chromium through playwright-core with the flags this sandbox needs, next to
// the built server for e2e tests, and opens browser contexts signed in as a test account.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { startServer, type StartOptions, type TestServer } from './server';
import type { TestAccount } from './accounts';

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

/** The built server and a Chromium, as an e2e test file uses them. */
export interface ServerAndBrowser {
  app: TestServer;
  browser: Browser;
}

/** Starts the built server (see startServer) and a Chromium; the server is stopped again if Chromium fails. */
export async function startServerAndBrowser(options?: StartOptions): Promise<ServerAndBrowser> {
  const app = await startServer(options);
  try {
    return { app, browser: await launchBrowser() };
  } catch (err) {
    await app.stop();
    throw err;
  }
}

/** Closes the browser and stops the server; either may be missing when the set-up failed. */
export async function stopServerAndBrowser({ app, browser }: Partial<ServerAndBrowser>): Promise<void> {
  await browser?.close();
  await app?.stop();
}

/** A new browser context carrying the account's session cookie for the server at `siteUrl`. */
export async function signedInContext(
  browser: Browser,
  siteUrl: string,
  account: TestAccount,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const [name = '', value = ''] = account.cookie.split('=');
  await context.addCookies([{ name, value, url: siteUrl, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}
