// In Chromium: delegates register through the real form in both languages. The form shows
// its errors (checked in the browser, and by the server when the island never loads), the
// error summary takes focus, and axe-core finds no WCAG 2.2 AA violations in either state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';

let app: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
});
afterAll(() => stopServerAndBrowser({ app, browser }));

const PEOPLE = {
  vi: {
    name: 'Đặng Thị Hương',
    email: 'huong@example.org',
    organisation: 'Trường Đại học Xây dựng',
    country: 'Việt Nam',
    category: 'Trường đại học, viện nghiên cứu',
    topic: 'Trí tuệ nhân tạo',
    submit: 'Đăng ký',
    summary: 'Vui lòng sửa các lỗi sau:',
    thanks: 'Cảm ơn bạn đã đăng ký',
    nameError: 'Vui lòng nhập họ và tên.',
  },
  en: {
    name: 'Priya Raman',
    email: 'priya@example.org',
    organisation: 'Asia Urban Lab',
    country: 'Singapore',
    category: 'Academia and research',
    topic: 'Artificial intelligence',
    submit: 'Register',
    summary: 'Please correct the following:',
    thanks: 'Thank you for registering',
    nameError: 'Please enter your full name.',
  },
} as const;

async function fill(
  page: Page,
  who: { name: string; email: string; organisation: string; country: string; category: string; topic: string },
) {
  await page.fill('#reg-fullName', who.name);
  await page.fill('#reg-email', who.email);
  await page.fill('#reg-password', 'a long enough passphrase');
  await page.fill('#reg-organisation', who.organisation);
  await page.selectOption('#reg-country', { label: who.country });
  await page.selectOption('#reg-category', { label: who.category });
  await page.getByLabel(who.topic, { exact: true }).check();
  await page.check('#reg-consentRegistration');
}

describe.each(['vi', 'en'] as const)('registering in %s', (lang) => {
  const who = PEOPLE[lang];

  it('shows accessible errors in the browser, focusing the summary, then registers', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/${lang}/register/`);
    await page.waitForSelector('astro-island:not([ssr])'); // hydrated
    await page.click(`button[type=submit]:has-text("${who.submit}")`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.textContent('#error-summary')).toContain(who.summary);
    expect(await page.textContent('#reg-fullName-error')).toContain(who.nameError);
    expect(await page.getAttribute('#reg-fullName', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#reg-fullName', 'aria-describedby')).toContain('reg-fullName-error');
    await expectNoAxeViolations(page);

    await fill(page, who);
    await expect.poll(() => page.locator('#reg-fullName-error').count()).toBe(0);
    await Promise.all([
      page.waitForURL(`**/${lang}/register/thanks/`),
      page.click(`button[type=submit]:has-text("${who.submit}")`),
    ]);
    expect(await page.textContent('h1')).toBe(who.thanks);
    await expectNoAxeViolations(page);
    const user = app.db
      .prepare('SELECT full_name, language, category, topics FROM users WHERE email = ?')
      .get(who.email);
    expect(user).toEqual({ full_name: who.name, language: lang, category: 'academia', topics: '["ai"]' });
    await page.close();
  });

  it('works without the island: the server answers with the errors next to the fields and the typed values', async () => {
    const page = await browser.newPage();
    await page.route('**/RegisterForm*.js', (route) => route.abort()); // as if JavaScript never arrived
    await page.goto(`${app.url}/${lang}/register/`);
    await page.fill('#reg-email', `nojs-${who.email}`);
    await page.fill('#reg-organisation', who.organisation);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click(`button[type=submit]:has-text("${who.submit}")`),
    ]);
    // The form posts to the registration action: refused input is 400 (422 before actions).
    expect(response.status()).toBe(400);
    expect(new URL(response.url()).searchParams.get('_action')).toBe('registration.register');
    await page.waitForSelector('#error-summary');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.textContent('#reg-fullName-error')).toContain(who.nameError);
    expect(await page.inputValue('#reg-organisation')).toBe(who.organisation);
    expect(await page.inputValue('#reg-password')).toBe('');
    await expectNoAxeViolations(page);

    await fill(page, { ...who, email: `nojs-${who.email}` });
    await Promise.all([
      page.waitForURL(`**/${lang}/register/thanks/`),
      page.click(`button[type=submit]:has-text("${who.submit}")`),
    ]);
    expect(app.db.prepare('SELECT count(*) AS n FROM users WHERE email = ?').get(`nojs-${who.email}`)).toEqual({
      n: 1,
    });
    await page.close();
  });
});

describe('the account pages in a browser', () => {
  it('sign in, My account and its forms have no axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/en/login/`);
    await expectNoAxeViolations(page);
    await page.fill('#login-email', PEOPLE.en.email);
    await page.fill('#login-password', 'wrong password');
    await page.click('button[type=submit]:has-text("Sign in")');
    await page.waitForSelector('#error-summary');
    await expectNoAxeViolations(page);
    await page.fill('#login-password', 'a long enough passphrase');
    await Promise.all([page.waitForURL('**/en/me/'), page.click('button[type=submit]:has-text("Sign in")')]);
    expect(await page.textContent('h1')).toBe('My account');
    await expectNoAxeViolations(page);
    await page.close();
  });
});
