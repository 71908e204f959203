// In Chromium, the exhibitor portal's whole path as people walk it: an organiser invites, the
// invitee accepts from the emailed link (a new exhibitor account), edits the organisation's
// profile, adds a product with an image, submits it; the organiser approves it in the queue;
// a visitor finds it in the showcase by a search without diacritics; a delegate sends an
// enquiry; the exhibitor reads it in the portal. Every page is checked with axe-core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { createAccount, type TestAccount } from '../support/accounts';
import { linkIn } from '../support/forms';
import { callAction, createOrganisation, pngImage } from '../support/exhibitors';

const dir = mkdtempSync(join(tmpdir(), 'summit-e2e-exhibitor-'));
const invitee = 'minh.exhibitor@example.org';
let app: TestServer;
let browser: Browser;
let organiser: TestAccount;
let delegate: TestAccount;
let orgId = '';
let exhibitor: BrowserContext;
let page: Page;
let productPath = '';

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser({ env: { UPLOADS_DIR: join(dir, 'uploads') } }));
  organiser = createAccount(app.db, app.url, { role: 'organiser', fullName: 'Olga Organiser' });
  delegate = createAccount(app.db, app.url, { fullName: 'Dũng Delegate', organisation: 'Sở Giao thông' });
  orgId = createOrganisation(app.db, 'Công ty Đô Thị Xanh', 'VN', 'C12');
  const invited = await callAction(app, 'exhibitors.invite', organiser.cookie, {
    organisationId: orgId,
    email: invitee,
    canManage: 'true',
  });
  expect(invited.status, JSON.stringify(invited.error)).toBe(200);
  writeFileSync(join(dir, 'product.png'), await pngImage(1000, 600));
  exhibitor = await browser.newContext();
  page = await exhibitor.newPage();
  page.setDefaultTimeout(10_000);
}, 60_000);
afterAll(async () => {
  await exhibitor?.close();
  await stopServerAndBrowser({ app, browser });
  rmSync(dir, { recursive: true, force: true });
});

/** Clicks a button by its accessible name and waits for the next page to load. */
async function submitWith(p: Page, name: string) {
  await Promise.all([p.waitForEvent('load'), p.getByRole('button', { name, exact: true }).click()]);
}

describe('an exhibitor from invitation to enquiry, in Chromium', () => {
  it('accepts the emailed invitation and gets an exhibitor account', async () => {
    const mail = app.db.prepare('SELECT text FROM outbox WHERE "to" = ?').get(invitee) as { text: string };
    await page.goto(`${app.url}${linkIn(mail.text, '/en/exhibitor/invitation/')}`);
    expect(await page.textContent('h1')).toBe('Accept invitation');
    await expectNoAxeViolations(page);
    await page.getByLabel('Full name').fill('Phạm Văn Minh');
    await page.getByLabel('Password (at least 8 characters)').fill('a long exhibitor passphrase');
    await page.selectOption('#i-lang', 'en');
    await Promise.all([
      page.waitForURL(/\/en\/exhibitor\/\?org=/),
      page.getByLabel('Password (at least 8 characters)').press('Enter'),
    ]);
    expect(await page.textContent('h1')).toBe('Exhibitor portal');
    const role = app.db.prepare('SELECT role FROM users WHERE email = ?').get(invitee) as { role: string };
    expect(role.role).toBe('exhibitor');
    await expectNoAxeViolations(page);
  });

  it('edits the organisation profile', async () => {
    await page.getByLabel('Name (English)').fill('Green Urban Co.');
    await page.getByLabel('Website').first().fill('https://green-urban.example');
    await submitWith(page, 'Save');
    await expect.poll(() => page.textContent('main')).toContain('Saved.');
    expect(app.db.prepare('SELECT name_en FROM exhibitor_organisations WHERE id = ?').get(orgId)).toEqual({
      name_en: 'Green Urban Co.',
    });
    await expectNoAxeViolations(page);
  });

  it('adds a product with an image and submits it for review', async () => {
    await Promise.all([
      page.waitForURL(/\/products\/new\//),
      page.getByRole('link', { name: 'Add a solution' }).click(),
    ]);
    await expectNoAxeViolations(page);
    await page.getByLabel('Name (Vietnamese)').fill('Đèn đường thông minh Hà Nội');
    await page.getByLabel('Name (English)').fill('Smart street lights Hanoi');
    await page.getByLabel('Summary (Vietnamese)').fill('Chiếu sáng tiết kiệm điện cho đô thị số');
    await page.getByLabel('Summary (English)').fill('Energy-saving lighting for the digital city');
    await page.selectOption('#p-category', 'energy-environment');
    await page.selectOption('#p-maturity', 'deployed');
    await page.getByLabel('Description, Markdown (English)').fill('Lights that **dim** when streets are empty.');
    await page.getByLabel('Email for enquiries').fill('sales@green-urban.example');
    await Promise.all([
      page.waitForURL(/\/en\/exhibitor\/products\/[a-z2-7]+\/$/),
      page.getByRole('button', { name: 'Create draft' }).click(),
    ]);
    productPath = new URL(page.url()).pathname;
    await page.setInputFiles('#image-file', join(dir, 'product.png'));
    await page.locator('#image-alt-vi').fill('Đèn đường trên phố Tràng Tiền');
    await page.locator('#image-alt-en').fill('Street lights on Trang Tien street');
    await submitWith(page, 'Upload image');
    await expect.poll(() => page.locator('img[src^="/uploads/products/"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await submitWith(page, 'Submit for review');
    await expect.poll(() => page.textContent('.product-status')).toContain('In review');
    await expectNoAxeViolations(page);
  });

  it('is approved by the organiser from the queue, with the diff shown', async () => {
    const ctx = await signedInContext(browser, app.url, organiser);
    const admin = await ctx.newPage();
    await admin.goto(`${app.url}/admin/showcase/`);
    expect(await admin.textContent('main')).toContain('Smart street lights Hanoi');
    expect(await admin.textContent('main')).toContain('images.0.alt.en');
    await expectNoAxeViolations(admin);
    await submitWith(admin, 'Approve: Smart street lights Hanoi');
    await expect.poll(() => admin.textContent('main')).toContain('Decision recorded.');
    expect(await admin.textContent('main')).toContain('revision.approve');
    await ctx.close();
  });

  it('is visible in the showcase and found by a search without diacritics', async () => {
    const ctx = await signedInContext(browser, app.url, delegate);
    const visitor = await ctx.newPage();
    await visitor.goto(`${app.url}/en/showcase/`);
    await visitor.getByLabel('Search').fill('den duong thong minh ha noi');
    await Promise.all([visitor.waitForURL(/q=den/), visitor.getByLabel('Search').press('Enter')]);
    expect(await visitor.locator('.product-card').count()).toBe(1);
    await expectNoAxeViolations(visitor);
    await Promise.all([
      visitor.waitForURL(/\/en\/showcase\/[a-z0-9-]+\/$/),
      visitor.getByRole('link', { name: 'Smart street lights Hanoi' }).click(),
    ]);
    expect(await visitor.textContent('main')).toContain('Green Urban Co.');
    expect(await visitor.textContent('main')).toContain('C12');
    expect(await visitor.locator('img[src^="/uploads/products/"]').getAttribute('alt')).toBe(
      'Street lights on Trang Tien street',
    );
    await expectNoAxeViolations(visitor);

    await visitor.getByLabel('Message').fill('Chúng tôi muốn thử ở quận Hoàn Kiếm.');
    await visitor.getByLabel('Share my email address with this exhibitor so they can reply').check();
    await submitWith(visitor, 'Send');
    await expect.poll(() => visitor.textContent('main')).toContain('Your enquiry was sent.');
    await expectNoAxeViolations(visitor);
    await ctx.close();
  });

  it('shows the exhibitor the enquiry with the shared email', async () => {
    await page.goto(`${app.url}/en/exhibitor/`);
    const main = await page.textContent('main');
    expect(main).toContain('Chúng tôi muốn thử ở quận Hoàn Kiếm.');
    expect(main).toContain(delegate.email);
    expect(main).toContain('Smart street lights Hanoi');
    expect(productPath).toMatch(/^\/en\/exhibitor\/products\//);
    await expectNoAxeViolations(page);
  });
});
