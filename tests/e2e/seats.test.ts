// In Chromium: reserving from the prerendered session page (server island) and from the
// agenda with JavaScript turned off; the seat panel in each state has no axe-core violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { createAccount, type TestAccount } from '../support/accounts';

const SLUG = 'workshop-open-data-sprint';
let app: TestServer;
let browser: Browser;

/** A browser context signed in as the account, with or without JavaScript. */
function signedIn(account: TestAccount, javaScriptEnabled = true): Promise<BrowserContext> {
  return signedInContext(browser, app.url, account, { javaScriptEnabled });
}

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
  app.db.prepare('UPDATE programme_sessions SET capacity = 1 WHERE slug = ?').run(SLUG);
});
afterAll(() => stopServerAndBrowser({ app, browser }));

describe('reserving a seat in a browser', () => {
  it('reserves the last seat from the session page and shows it', async () => {
    const context = await signedIn(createAccount(app.db, app.url, { language: 'en' }));
    const page = await context.newPage();
    await page.goto(`${app.url}/en/sessions/${SLUG}/`);
    const reserve = page.locator(`#seats-${SLUG}`).getByRole('button', { name: /^Reserve a seat/ });
    await reserve.waitFor();
    await Promise.all([page.waitForURL(/seat=confirmed/), reserve.click()]);
    const panel = page.locator(`#seats-${SLUG}`);
    await panel.getByText('Your seat is reserved.').waitFor();
    expect(await panel.textContent()).toContain('You have a seat in this session.');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('puts the next delegate on the waitlist from the agenda, without JavaScript', async () => {
    const context = await signedIn(createAccount(app.db, app.url, { language: 'vi' }), false);
    const page = await context.newPage();
    await page.goto(`${app.url}/vi/agenda/`);
    const panel = page.locator(`#seats-${SLUG}`);
    expect(await panel.textContent()).toContain('Đã kín 1 chỗ');
    await Promise.all([
      page.waitForURL(/seat=waitlisted/),
      panel.getByRole('button', { name: /^Vào danh sách chờ/ }).click(),
    ]);
    expect(await page.locator(`#seats-${SLUG}`).textContent()).toContain('Bạn đang ở vị trí 1 trong danh sách chờ.');
    await context.close();
  });
});
