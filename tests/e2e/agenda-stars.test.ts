// In Chromium: a visitor stars sessions on their pages (kept in the stars cookie), sees them on
// "My agenda", signs in, and finds them in the account's agenda and in the private calendar feed;
// a delegate stars on the agenda (island, through the stars action).
// The calendar menu, the visitor agenda and the delegate agenda have no axe-core violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { SIGNED_IN_HINT_COOKIE } from '../../src/lib/server/auth/signed-in-hint';
import { STARS_COOKIE } from '../../src/lib/personal-agenda/stars';
import { calendarMessages } from '../../src/lib/i18n/messages/calendar';
import { expectNoAxeViolations } from '../support/axe';
import { createAccount } from '../support/accounts';
import { hashPassword } from '../../src/lib/server/auth/password';
import { parseCalendar } from '../fixtures/ical';

const STARRED = [
  { slug: 'keynote-greener-asian-cities', title: 'Greener Asian cities' },
  { slug: 'panel-digital-one-stop', title: 'Digital one-stop desks' },
];
let app: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
});
afterAll(() => stopServerAndBrowser({ app, browser }));

describe('stars from visitor to delegate', () => {
  it('keeps stars made before signing in and publishes them in the private feed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const accountRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/stars') accountRequests.push(r.method());
    });

    for (const { slug } of STARRED) {
      await page.goto(`${app.url}/en/sessions/${slug}/`);
      // The session page's star is a plain form (no island): it keeps a visitor's star in the stars cookie.
      const star = page.getByRole('button', { name: /^Add to my agenda/ }).filter({ visible: true });
      await Promise.all([page.waitForURL(/#star-saved$/), star.click()]);
      await page
        .getByRole('button', { name: /^In my agenda/ })
        .filter({ visible: true })
        .waitFor({ timeout: 15_000 });
    }
    const cookie = (await context.cookies(app.url)).find((c) => c.name === STARS_COOKIE);
    expect(cookie?.value.split('.')).toEqual(STARRED.map((s) => s.slug));

    // The calendar menu opens with the keyboard and is accessible when open.
    await page.locator('.add-to-calendar summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.add-to-calendar').getAttribute('open')).not.toBeNull();
    // The menu links a short redirect (it is repeated on every agenda card), which leads to Google.
    const google = await page.getByRole('link', { name: /^Google Calendar/ }).getAttribute('href');
    expect(google).toMatch(/^\/calendar\/add\/google\//);
    const hop = await fetch(`${app.url}${google}`, { redirect: 'manual' });
    expect(hop.headers.get('location')).toMatch(/^https:\/\/calendar\.google\.com\//);
    await expectNoAxeViolations(page);

    // The visitor agenda is rendered from the browser's stars (the cookie, here).
    await page.goto(`${app.url}/en/my-agenda/`);
    for (const { title } of STARRED) await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    // …with the whole-summit and per-track feeds offered as webcal:// subscriptions and downloads.
    const subscribe = page.getByRole('link', { name: 'Subscribe: Whole programme' });
    expect(await subscribe.getAttribute('href')).toBe(
      `${app.url.replace(/^http:/, 'webcal:')}/calendar/summit.ics?lang=en`,
    );
    expect(await page.getByRole('link', { name: /^Download \.ics: / }).count()).toBeGreaterThan(2);
    await expectNoAxeViolations(page);

    // A visitor's pages never asked the account API (no signed-in hint cookie).
    expect(accountRequests).toEqual([]);

    // Sign in with a real password through the login form.
    const account = createAccount(app.db, app.url, { language: 'en' });
    app.db
      .prepare('UPDATE users SET password_hash = ? WHERE id = ?')
      .run(await hashPassword('correct horse battery'), account.id);
    await page.goto(`${app.url}/en/login/?next=${encodeURIComponent('/en/me/agenda/')}`);
    await page.locator('#login-email').fill(account.email);
    await page.locator('#login-password').fill('correct horse battery');
    await Promise.all([
      page.waitForURL(/\/en\/me\/agenda\/?$/),
      page.locator('form.stacked-form button[type=submit]').click(),
    ]);

    // The account now holds the browser's stars (merged at sign-in), and the agenda lists them.
    await expect
      .poll(() =>
        (
          app.db.prepare('SELECT session_slug FROM stars WHERE user_id = ? ORDER BY session_slug').all(account.id) as {
            session_slug: string;
          }[]
        ).map((r) => r.session_slug),
      )
      .toEqual(STARRED.map((s) => s.slug).sort());
    // The cookie has done its job once the account holds its stars.
    expect((await context.cookies(app.url)).some((c) => c.name === STARS_COOKIE)).toBe(false);
    for (const { title } of STARRED) await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    await expectNoAxeViolations(page);

    // A private feed address, shown once, publishes the same sessions.
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Create my private calendar address' }).click(),
    ]);
    const feedUrl = await page.getByLabel(/https address/).inputValue();
    expect(feedUrl).toMatch(/\/calendar\/personal\/[a-z2-7]{32}\.ics$/);
    expect(await page.locator('#private-feed-webcal').getAttribute('href')).toBe(feedUrl.replace(/^http:/, 'webcal:'));
    await expectNoAxeViolations(page);
    const res = await fetch(feedUrl);
    expect(res.status).toBe(200);
    const events = parseCalendar(await res.text()).events;
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(STARRED.map((s) => s.slug).sort());
    await context.close();
  });

  it('stars and unstars through the stars action once signed in, and takes a refused star back', async () => {
    const account = createAccount(app.db, app.url, { language: 'vi' });
    const context = await signedInContext(browser, app.url, account);
    await context.addCookies([{ name: SIGNED_IN_HINT_COOKIE, value: '1', url: app.url, sameSite: 'Lax' }]);
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.method() === 'POST' && (path.startsWith('/_actions/') || path === '/api/stars')) calls.push(path);
    });
    const starsOf = () =>
      (
        app.db.prepare('SELECT session_slug FROM stars WHERE user_id = ?').all(account.id) as { session_slug: string }[]
      ).map((r) => r.session_slug);
    const t = calendarMessages.vi.star;

    await page.goto(`${app.url}/vi/agenda/`);
    const star = page.locator('.star-button[data-slug="opening-ceremony"]');
    expect(await star.textContent()).toContain(t.label);
    // Hydration (client:visible) can take seconds on a loaded machine.
    await star.scrollIntoViewIfNeeded();
    await expect.poll(() => star.isEnabled(), { timeout: 15_000 }).toBe(true);
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(starsOf, { timeout: 10_000 }).toEqual(['opening-ceremony']);
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    await expect.poll(starsOf, { timeout: 10_000 }).toEqual([]);
    // Both went through the action (Astro adds a trailing slash to its path), none through /api/stars.
    expect(calls.map((c) => c.replace(/\/$/, ''))).toEqual(['/_actions/stars.toggle', '/_actions/stars.toggle']);

    // The session is cancelled while the page is open: the account refuses the star, the button says so.
    app.db.prepare('UPDATE programme_sessions SET cancelled_at = ? WHERE slug = ?').run(Date.now(), 'opening-ceremony');
    try {
      await star.click();
      await page
        .locator('.star-toggle', { has: star })
        .locator('.star-status')
        .getByText(t.failed)
        .waitFor({ timeout: 10_000 });
      expect(await star.getAttribute('aria-pressed')).toBe('false');
      expect(starsOf()).toEqual([]);
    } finally {
      app.db.prepare('UPDATE programme_sessions SET cancelled_at = NULL WHERE slug = ?').run('opening-ceremony');
    }
    await context.close();
  });

  it('works without JavaScript: the calendar menu opens, the visitor agenda renders from its query, the star is a form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/vi/sessions/opening-ceremony/`);
    expect(await page.locator('.star-toggle').count()).toBe(0);
    const star = page.getByRole('button', { name: new RegExp(`^${calendarMessages.vi.star.label}`) });
    expect(await star.filter({ visible: true }).count()).toBe(1);
    await page.locator('.add-to-calendar summary').click();
    const download = page.getByRole('link', { name: 'Tải tệp .ics' });
    expect(await download.getAttribute('href')).toBe('/calendar/sessions/opening-ceremony.ics?lang=vi');
    await page.goto(`${app.url}/vi/my-agenda/?s=opening-ceremony,panel-digital-one-stop,no-such-session`);
    await page.getByRole('heading', { name: /Một cửa số/ }).waitFor();
    expect(await page.getByText('Một số phiên không còn trong chương trình').isVisible()).toBe(true);
    // (axe-core needs JavaScript, so the accessibility check of this page runs in the test above.)
    await context.close();
  });
});
