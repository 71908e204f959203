// In Chromium: the strict Content-Security-Policy holds on every kind of page (prerendered,
// on-demand, signed in, the 404 page) without refusing any of the site's own scripts or styles,
// islands still hydrate, and a page of another origin cannot frame the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { createAccount } from '../support/accounts';

let app: TestServer;
let browser: Browser;
beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
});
afterAll(() => stopServerAndBrowser({ app, browser }));

/** Records CSP violations (DOM events and console reports) in every page of the context. */
async function watchCsp(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  const consoleReports: string[] = [];
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleReports.push(m.text());
  });
  return async (page) => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ...consoleReports.splice(0),
  ];
}

/** Scrolls every island into view and waits until Astro has hydrated each (it drops `ssr`). */
async function expectIslandsHydrated(page: Page, path: string): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.locator('astro-island[ssr]').count(), {
      message: `${path}: islands left unhydrated`,
      timeout: 10_000,
    })
    .toBe(0);
}

describe('content security policy in the browser', () => {
  it('refuses nothing the site itself serves, and islands hydrate, on visitor pages', async () => {
    const context = await browser.newContext();
    const violations = await watchCsp(context);
    const page = await context.newPage();
    const paths = [
      '/en/',
      '/vi/agenda/',
      '/en/sessions/keynote-greener-asian-cities/',
      '/en/speakers/',
      '/en/showcase/',
      '/en/register/',
      '/en/login/',
      '/en/no-such-page/',
    ];
    let islands = 0;
    for (const path of paths) {
      await page.goto(app.url + path, { waitUntil: 'load' });
      islands += await page.locator('astro-island').count();
      await expectIslandsHydrated(page, path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
    expect(islands, 'islands on the pages checked').toBeGreaterThan(3);
    await context.close();
  });

  it('refuses nothing on a delegate’s own pages', async () => {
    const account = createAccount(app.db, app.url);
    const context = await signedInContext(browser, app.url, account);
    const violations = await watchCsp(context);
    const page = await context.newPage();
    // /admin/ is the guard's own 403 page for a delegate: its inline style carries a hash too.
    for (const path of [
      '/en/me/',
      '/en/me/agenda/',
      '/en/me/ticket/',
      '/en/sessions/keynote-greener-asian-cities/',
      '/admin/',
    ]) {
      await page.goto(app.url + path, { waitUntil: 'load' });
      await expectIslandsHydrated(page, path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('refuses nothing on the organisers’ pages, including the camera check-in', async () => {
    const organiser = createAccount(app.db, app.url, { role: 'organiser' });
    const context = await signedInContext(browser, app.url, organiser);
    const violations = await watchCsp(context);
    const page = await context.newPage();
    for (const path of ['/admin/', '/admin/check-in']) {
      await page.goto(app.url + path, { waitUntil: 'load' });
      await expectIslandsHydrated(page, path);
      expect(await violations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('refuses nothing on a session page reloaded after its star form (a revalidated 304)', async () => {
    const context = await browser.newContext();
    const violations = await watchCsp(context);
    const page = await context.newPage();
    const path = '/en/sessions/keynote-greener-asian-cities/';
    await page.goto(app.url + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
    // The form returns to the same page, which the browser revalidates from its cache.
    const star = page.getByRole('button', { name: /^Add to my agenda/ }).filter({ visible: true });
    await Promise.all([page.waitForURL(/#star-saved$/), star.click()]);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), `${path} after the star form`).toEqual([]);
    await context.close();
  });

  it('an inline script injected into a page does not run', async () => {
    const context = await browser.newContext();
    const violations = await watchCsp(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/en/speakers/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect((await violations(page)).join('\n')).toContain('script-src');
    await context.close();
  });
});

describe('framing', () => {
  let framer: Server;
  let framerUrl: string;
  beforeAll(async () => {
    // Same site (127.0.0.1), another port: the review's clickjacking set-up.
    framer = createServer((req, res) => {
      const target = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><iframe id="f" src="${target.replace(/"/g, '')}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((r) => framer.listen(0, '127.0.0.1', r));
    framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => framer.close(() => r())));

  it('a prerendered session page and an on-demand page refuse to load inside another site’s frame', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/en/sessions/keynote-greener-asian-cities/', '/en/agenda/', '/en/speakers/']) {
      await page.goto(`${framerUrl}?src=${encodeURIComponent(app.url + path)}`);
      await page.waitForTimeout(300);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      // A refused frame shows Chromium's error page: none of the site's content (its header) is there.
      const text = await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      expect(text ?? '', path).not.toContain('Smart City');
    }
    await context.close();
  });
});
