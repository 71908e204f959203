// In Chromium: an organiser types a ticket code at the desk and sees the delegate;
// the check-in page (before and after) and the ticket page have no axe-core violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { createAccount, type TestAccount } from '../support/accounts';
import { formatTicketCode } from '../../src/lib/tickets/tickets';

let app: TestServer;
let browser: Browser;
let delegate: TestAccount;
let organiser: TestAccount;

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
  delegate = createAccount(app.db, app.url, {
    fullName: 'Phạm Quốc Bảo',
    language: 'vi',
    category: 'academia',
    accessibility: { wheelchair: true, signLanguage: false, other: '' },
  });
  organiser = createAccount(app.db, app.url, { role: 'organiser', language: 'en', fullName: 'Desk Organiser' });
});
afterAll(() => stopServerAndBrowser({ app, browser }));

describe('the check-in desk in a browser', () => {
  it('shows a delegate their ticket with a QR code, without accessibility violations', async () => {
    const context = await signedInContext(browser, app.url, delegate);
    const page = await context.newPage();
    await page.goto(`${app.url}/vi/me/ticket/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vé tham dự của bạn');
    expect(await page.getByRole('img', { name: 'Mã QR vé tham dự của Phạm Quốc Bảo' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('lets an organiser type a code and see who the ticket belongs to', async () => {
    const code = (app.db.prepare('SELECT code FROM tickets WHERE user_id = ?').get(delegate.id) as { code: string })
      .code;
    const context = await signedInContext(browser, app.url, organiser);
    const page = await context.newPage();
    await page.goto(`${app.url}/admin/check-in/`);
    await expectNoAxeViolations(page);

    await page.getByLabel('Ticket code').fill(formatTicketCode(code).toLowerCase());
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Check in', exact: true }).click(),
    ]);
    await page.waitForSelector('#check-in-result');
    expect(await page.locator('#check-in-result').textContent()).toBe('Checked in');
    const result = (await page.locator('.result').textContent()) ?? '';
    expect(result).toContain('Phạm Quốc Bảo');
    expect(result).toContain('Academia and research');
    expect(result).toContain('Wheelchair access');
    await expectNoAxeViolations(page);

    await page.getByLabel('Ticket code').fill(code);
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Check in', exact: true }).click(),
    ]);
    await page.waitForSelector('#check-in-result');
    expect(await page.locator('#check-in-result').textContent()).toMatch(/^Already checked in at \d{2}:\d{2} GMT\+7$/);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
