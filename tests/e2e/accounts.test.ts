// In Chromium: one delegate walks every account flow as a person would, from registering to
// deleting the account. Links come from the emails in the outbox; every page the delegate
// sees is checked with axe-core. The reset step is what a no-referrer reset page broke:
// Chromium posted its form with `Origin: null` and the server refused it. A second delegate
// resets in Vietnamese and switches language on the way.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { formClient, linkIn } from '../support/forms';
import { validRegistration } from '../fixtures/registration';
import { errorMessage } from '~/lib/i18n/messages/errors';

let app: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const email = 'linh.tran@example.org';
let password = 'a long enough passphrase';

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await context?.close();
  await stopServerAndBrowser({ app, browser });
});

/** The newest email to the delegate whose text links to `path`, as a same-site path. */
function latestLink(path: string): string {
  const mails = app.db.prepare('SELECT text FROM outbox WHERE "to" = ? ORDER BY id DESC').all(email) as {
    text: string;
  }[];
  const mail = mails.find((m) => m.text.includes(path));
  if (!mail) throw new Error(`no email to ${email} links to ${path}`);
  return linkIn(mail.text, path);
}

const userId = () =>
  (app.db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: string } | undefined)?.id;

/** Clicks a button (or link) by its visible name and waits for the page (path and query) it leads to. */
async function clickTo(name: string, to: string, role: 'button' | 'link' = 'button') {
  await Promise.all([
    page.waitForURL((url) => url.pathname + url.search === to),
    page.getByRole(role, { name, exact: true }).click(),
  ]);
}

describe('a delegate’s account, end to end in Chromium', () => {
  it('registers through the form', async () => {
    await page.goto(`${app.url}/en/register/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.locator('#reg-fullName').fill('Trần Thị Linh');
    await page.locator('#reg-email').fill(email);
    await page.locator('#reg-password').fill(password);
    await page.locator('#reg-organisation').fill('Hanoi Urban Lab');
    await page.selectOption('#reg-country', 'VN');
    await page.selectOption('#reg-category', { label: 'Academia and research' });
    await page.getByLabel('Artificial intelligence', { exact: true }).check();
    await page.check('#reg-consentRegistration');
    await page.check('#reg-consentMatchmaking');
    await clickTo('Register', '/en/register/thanks/');
    expect(await page.textContent('h1')).toBe('Thank you for registering');
    await expectNoAxeViolations(page);
  });

  it('confirms the email address with the link from the email', async () => {
    await page.goto(`${app.url}${latestLink('/en/verify-email/')}`);
    expect(new URL(page.url()).pathname).toBe('/en/login/');
    await expect.poll(() => page.textContent('main')).toContain('Your email address is confirmed.');
    await expectNoAxeViolations(page);
  });

  it('signs in with the keyboard and sees My account', async () => {
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(password);
    await Promise.all([page.waitForURL('**/en/me/'), page.locator('#login-password').press('Enter')]);
    expect(await page.textContent('h1')).toBe('My account');
    expect(await page.textContent('main')).toContain('Hello, Trần Thị Linh');
    expect(await page.textContent('main')).not.toContain('not confirmed yet');
    await expectNoAxeViolations(page);
  });

  it('is told at the field, on an accessible page, when the current password is wrong', async () => {
    await page.locator('#pw-currentPassword').fill('not my password');
    await page.locator('#pw-newPassword').fill('a second long passphrase');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Change password', exact: true }).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.waitForSelector('#error-summary');
    expect(await page.textContent('#pw-currentPassword-error')).toContain(errorMessage('wrong-password', 'en'));
    await expectNoAxeViolations(page);
  });

  it('changes the password', async () => {
    await page.locator('#pw-currentPassword').fill(password);
    await page.locator('#pw-newPassword').fill('a second long passphrase');
    await clickTo('Change password', '/en/me/?done=password');
    password = 'a second long passphrase';
    expect(await page.textContent('main')).toContain('Your password is changed.');
    await expectNoAxeViolations(page);
  });

  it('withdraws the matchmaking consent', async () => {
    const box = page.locator('#consent-matchmaking');
    expect(await box.isChecked()).toBe(true);
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(false);
    await clickTo('Save choices', '/en/me/?done=consents');
    expect(await page.textContent('main')).toContain('Your changes are saved.');
    expect(await page.locator('#consent-matchmaking').isChecked()).toBe(false);
    const live = app.db
      .prepare("SELECT count(*) AS n FROM consents WHERE user_id = ? AND kind = 'matchmaking' AND withdrawn_at IS NULL")
      .get(userId()) as { n: number };
    expect(live.n).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('downloads its data as a JSON file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('summit-personal-data.json');
    const data = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      account: { email: string; fullName: string };
    };
    expect(data.account).toMatchObject({ email, fullName: 'Trần Thị Linh' });
  });

  it('signs out', async () => {
    await clickTo('Sign out', '/en/login/?status=logged-out');
    expect(await page.textContent('main')).toContain('You have signed out.');
    await expectNoAxeViolations(page);
    await page.goto(`${app.url}/en/me/`);
    expect(new URL(page.url()).pathname).toBe('/en/login/');
  });

  it('asks for a reset link from the sign-in page', async () => {
    await clickTo('Forgot your password?', '/en/forgot-password/', 'link');
    await expectNoAxeViolations(page);
    await page.locator('#forgot-email').fill(email);
    await clickTo('Send the link', '/en/login/?status=reset-sent');
    expect(await page.textContent('main')).toContain('If an account exists for this address');
    await expectNoAxeViolations(page);
  });

  it('resets the password from the emailed link, with the token out of the address bar', async () => {
    const link = latestLink('/en/reset-password/');
    await page.goto(`${app.url}${link}`);
    const formUrl = page.url();
    expect(await page.textContent('h1')).toBe('Reset password');
    await expectNoAxeViolations(page);
    await page.locator('#reset-password').fill('a third long passphrase');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Set new password' }).click(),
    ]);
    expect(response.status()).toBe(303);
    // The token left the address bar (and so history and any Referer) before the form showed.
    expect(formUrl).toBe(`${app.url}/en/reset-password/`);
    await page.waitForURL('**/en/me/?done=password');
    password = 'a third long passphrase';
    expect(await page.textContent('h1')).toBe('My account');
    expect(await page.textContent('main')).toContain('Your password is changed.');
    await expectNoAxeViolations(page);

    await page.goto(`${app.url}${link}`);
    expect(await page.textContent('main')).toContain('This password reset link is invalid, already used or expired.');
    await expectNoAxeViolations(page);
  });

  it('signs in with the new password only', async () => {
    await page.goto(`${app.url}/en/me/`);
    await clickTo('Sign out', '/en/login/?status=logged-out');
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill('a second long passphrase');
    await page.locator('#login-password').press('Enter');
    await page.waitForSelector('#error-summary');
    expect(await page.textContent('#error-summary')).toContain('The email or password is incorrect.');
    await expectNoAxeViolations(page);
    await page.locator('#login-password').fill(password);
    await Promise.all([page.waitForURL('**/en/me/'), page.locator('#login-password').press('Enter')]);
  });

  it('deletes the account after confirming with the password', async () => {
    await page.locator('#del-confirm').check();
    await page.locator('#del-password').fill(password);
    await clickTo('Delete account', '/en/login/?status=deleted');
    expect(await page.textContent('main')).toContain('Your account and your data have been deleted.');
    await expectNoAxeViolations(page);
    expect(userId()).toBeUndefined();
  });
});

describe('a password reset in Vietnamese', () => {
  it('works from the Vietnamese link, and the opened link survives switching language', async () => {
    const vi = 'hoa.pham@example.org';
    const reg = await formClient(app).post(
      '/vi/register/?_action=registration.register',
      validRegistration({ email: vi, fullName: 'Phạm Thị Hoa' }),
    );
    expect(reg.status).toBe(303);
    const own = await browser.newContext();
    const p = await own.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${app.url}/vi/forgot-password/`);
    await p.locator('#forgot-email').fill(vi);
    await Promise.all([
      p.waitForURL((url) => url.pathname + url.search === '/vi/login/?status=reset-sent'),
      p.getByRole('button', { name: 'Gửi đường dẫn' }).click(),
    ]);
    const mail = app.db.prepare('SELECT text FROM outbox WHERE "to" = ? ORDER BY id DESC').get(vi) as { text: string };
    await p.goto(`${app.url}${linkIn(mail.text, '/vi/reset-password/')}`);
    expect(p.url()).toBe(`${app.url}/vi/reset-password/`);
    expect(await p.textContent('h1')).toBe('Đặt lại mật khẩu');
    await expectNoAxeViolations(p);
    await Promise.all([p.waitForURL('**/en/reset-password/'), p.locator('a.lang-switch').click()]);
    expect(await p.textContent('h1')).toBe('Reset password');
    await p.locator('#reset-password').fill('mật khẩu mới đủ dài');
    await Promise.all([
      p.waitForURL((url) => url.pathname + url.search === '/en/me/?done=password'),
      p.locator('#reset-password').press('Enter'),
    ]);
    expect(await p.textContent('main')).toContain('Hello, Phạm Thị Hoa');
    await own.close();
  });
});
