// The whole account life cycle against the built server: register → verify → sign in →
// My account → change password → sign out → forgot/reset → download data → delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formClient, linkIn, type FormClient } from '../support/forms';
import { createAccount } from '../support/accounts';
import { validRegistration } from '../fixtures/registration';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { escapeHtml } from '~/lib/text/escape-html';

/** The query string a form action of My account posts to (what `action={actions.account.x}` renders). */
const action = (name: string) => `?_action=account.${name}`;

let app: TestServer;
const email = 'mai.nguyen@example.org';
let password = 'mật khẩu đủ dài'; // the fixture's

interface Mail {
  id: number;
  to: string;
  subject: string;
  text: string;
  attachments: string;
}

const mails = (to: string) => app.db.prepare('SELECT * FROM outbox WHERE "to" = ? ORDER BY id').all(to) as Mail[];
const userRow = () =>
  app.db.prepare('SELECT * FROM users WHERE email = ?').get(email) as
    { id: string; email_verified_at: number | null; full_name: string; language: string } | undefined;
const sessionCount = (userId: string) =>
  (app.db.prepare('SELECT count(*) AS n FROM auth_sessions WHERE user_id = ?').get(userId) as { n: number }).n;

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

describe('the account life cycle', () => {
  const browser = () => formClient(app);
  let me: FormClient;

  it('registers a delegate with consents, accessibility needs and a ticket, in one go', async () => {
    const res = await browser().post('/vi/register/?_action=registration.register', validRegistration());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/vi/register/thanks/');
    const user = userRow();
    expect(user?.full_name).toBe('Nguyễn Thị Mai');
    expect(user?.email_verified_at).toBeNull();
    const consents = app.db
      .prepare('SELECT kind, text_version FROM consents WHERE user_id = ? ORDER BY kind')
      .all(user?.id);
    expect(consents).toEqual([
      { kind: 'accessibility', text_version: '2025-11-01' },
      { kind: 'news', text_version: '2025-11-01' },
      { kind: 'registration', text_version: '2025-11-01' },
    ]);
    expect(app.db.prepare('SELECT code FROM tickets WHERE user_id = ?').get(user?.id)).toBeTruthy();
  });

  it('mails a verification link and the ticket, in the delegate’s language', () => {
    const [verify, confirmation] = mails(email);
    expect(verify?.subject).toBe('Xác nhận địa chỉ email của bạn – Hội nghị Đô thị thông minh');
    expect(verify?.text).toContain('/vi/verify-email/?token=');
    expect(confirmation?.subject).toContain('Đăng ký thành công');
    // The outbox keeps the e-ticket as a recipe the worker renders at delivery (email-smtp.test.ts
    // checks the PNG that goes out): this delegate's ticket, in their language.
    const attachments = JSON.parse(confirmation?.attachments ?? '[]') as unknown;
    const user = app.db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: string };
    const { code } = app.db.prepare('SELECT code FROM tickets WHERE user_id = ?').get(user.id) as { code: string };
    expect(attachments).toEqual([
      { filename: 've-hoi-nghi-vascs-2025.png', contentType: 'image/png', ticket: { code, lang: 'vi' } },
    ]);
    // Both languages, the delegate's first, in text and in escaped HTML.
    const row = app.db.prepare('SELECT text, html FROM outbox WHERE id = ?').get(confirmation?.id) as {
      text: string;
      html: string;
    };
    expect(row.text.indexOf('Kính gửi')).toBeLessThan(row.text.indexOf('Dear'));
    expect(row.html).toContain('<div lang="vi">');
    expect(row.html).toContain('<div lang="en">');
  });

  it('verifies the address with the emailed link, which works only once', async () => {
    const link = linkIn(mails(email)[0]?.text ?? '', '/vi/verify-email/');
    const first = await browser().get(link);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/vi/login/?status=verified');
    expect(userRow()?.email_verified_at).not.toBeNull();
    const again = await browser().get(link);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('không hợp lệ hoặc đã hết hạn');
  });

  it('signs in with a brand-new session id, replacing the one the browser had (no fixation)', async () => {
    me = browser();
    const planted = createAccount(app.db, app.url); // a session the browser already holds
    const before = planted.cookie.split('=')[1];
    const res = await me.post(
      '/vi/login/?_action=auth.login',
      { email: email.toUpperCase(), password, next: '/vi/me/' },
      { Cookie: planted.cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/vi/me/');
    const after = me.cookie.split('=')[1];
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(sessionCount(planted.id)).toBe(0);
    const page = await me.get('/vi/me/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Xin chào, Nguyễn Thị Mai');
    expect(html).toContain('value="Sở Xây dựng Hà Nội"');
  });

  it('saves the profile and withdraws or gives optional consents', async () => {
    const saved = await me.post(`/vi/me/${action('updateProfile')}`, {
      fullName: 'Nguyễn Thị Mai Anh',
      organisation: 'Sở Xây dựng',
      country: 'VN',
      category: 'government',
      language: 'en',
      topics: ['ai'],
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/vi/me/?done=profile#profile');
    const user = userRow();
    expect(user?.full_name).toBe('Nguyễn Thị Mai Anh');
    expect(user?.language).toBe('en');
    // The accessibility box was left unticked: the consent is withdrawn and the needs erased.
    const needs = app.db.prepare('SELECT accessibility FROM users WHERE id = ?').get(user?.id) as {
      accessibility: string;
    };
    expect(JSON.parse(needs.accessibility)).toEqual({ wheelchair: false, signLanguage: false, other: '' });
    expect((await me.post(`/vi/me/${action('setConsents')}`, { matchmaking: 'on' })).status).toBe(303);
    const rows = app.db
      .prepare('SELECT kind, withdrawn_at FROM consents WHERE user_id = ? ORDER BY id')
      .all(user?.id) as { kind: string; withdrawn_at: number | null }[];
    const active = rows
      .filter((r) => r.withdrawn_at === null)
      .map((r) => r.kind)
      .sort();
    expect(active).toEqual(['matchmaking', 'registration']);
    expect(rows.find((r) => r.kind === 'news')?.withdrawn_at).not.toBeNull();
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const other = browser();
    expect((await other.post('/en/login/?_action=auth.login', { email, password })).status).toBe(303);
    const wrong = await me.post(`/en/me/${action('changePassword')}`, {
      currentPassword: 'not it at all',
      newPassword: 'another long one',
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain(errorMessage('wrong-password', 'en'));
    const ok = await me.post(`/en/me/${action('changePassword')}`, {
      currentPassword: password,
      newPassword: 'another long one',
    });
    expect(ok.status).toBe(303);
    password = 'another long one';
    expect((await me.get('/en/me/')).status).toBe(200);
    const kicked = await other.get('/en/me/');
    expect(kicked.status).toBe(303);
    expect(kicked.headers.get('location')).toBe('/en/login/?next=%2Fen%2Fme%2F');
  });

  it('signs out with a POST that ends the session', async () => {
    const res = await me.post('/en/logout/', {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/login/?status=logged-out');
    expect(me.cookie).toBe('');
    expect(res.headers.getSetCookie().find((c) => c.startsWith('summit_signed_in='))).toMatch(/Max-Age=0/i);
    expect(sessionCount(userRow()?.id ?? '')).toBe(0);
  });

  it('resets a forgotten password with a single-use link, ending every session', async () => {
    const kept = browser();
    await kept.post('/en/login/?_action=auth.login', { email, password });
    const unknown = await browser().post('/en/forgot-password/?_action=auth.forgotPassword', {
      email: 'nobody@example.org',
    });
    const known = await browser().post('/en/forgot-password/?_action=auth.forgotPassword', { email });
    expect(unknown.status).toBe(known.status);
    expect(unknown.headers.get('location')).toBe(known.headers.get('location'));
    expect(mails('nobody@example.org')).toHaveLength(0);
    const mail = mails(email).at(-1);
    expect(mail?.subject).toBe('Reset your password – Smart City Summit');
    const link = linkIn(mail?.text ?? '', '/en/reset-password/');
    const token = new URL(link, app.url).searchParams.get('token') ?? '';
    // Opening the link moves the token into an HttpOnly cookie and leaves a bare URL.
    const opened = await browser().get(link);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/en/reset-password/');
    expect(opened.headers.get('referrer-policy')).toBe('no-referrer');
    expect(opened.headers.getSetCookie().find((c) => c.startsWith('reset='))).toMatch(/HttpOnly/i);
    // The password rule is an input error of the form action: 400 (was 422 before actions).
    const short = await browser().post('/en/reset-password/?_action=auth.resetPassword', {
      token,
      newPassword: 'short',
    });
    expect(short.status).toBe(400);
    me = browser();
    const done = await me.post('/en/reset-password/?_action=auth.resetPassword', {
      token,
      newPassword: 'reset and long enough',
    });
    expect(done.status).toBe(303);
    password = 'reset and long enough';
    expect((await kept.get('/en/me/')).status).toBe(303);
    expect((await me.get('/en/me/')).status).toBe(200);
    const reused = await browser().post('/en/reset-password/?_action=auth.resetPassword', {
      token,
      newPassword: 'yet another password',
    });
    expect(reused.status).toBe(400);
    expect((await browser().post('/en/login/?_action=auth.login', { email, password })).status).toBe(303);
  });

  it('downloads all the delegate’s data as JSON, without secrets', async () => {
    const res = await me.get('/en/me/data.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = (await res.json()) as {
      account: Record<string, unknown>;
      consents: unknown[];
      ticket: { code: string } | null;
      emailsSentToYou: unknown[];
      emailLinks: { purpose: string }[];
    };
    expect(data.account.email).toBe(email);
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(data.consents.length).toBeGreaterThanOrEqual(3);
    expect(data.ticket?.code).toMatch(/^[A-Z2-7]+$/);
    expect(data.emailsSentToYou.length).toBeGreaterThanOrEqual(3);
    expect(data.emailLinks.map((l) => l.purpose)).toContain('verify-email');
    expect(JSON.stringify(data)).not.toContain('$argon2');
    // Verification and reset links are credentials: the export keeps the mail, not the token.
    expect(JSON.stringify(data)).toContain('token=[removed]');
    expect(JSON.stringify(data)).not.toMatch(/token=(?!\[removed\])/);
  });

  it('deletes the account with confirmation: sessions, seats and stars go, a waitlisted delegate is promoted', async () => {
    const user = userRow();
    const slug = (
      app.db
        .prepare('SELECT slug FROM programme_sessions WHERE capacity IS NOT NULL ORDER BY capacity LIMIT 1')
        .get() as { slug: string }
    ).slug;
    const capacity = (
      app.db.prepare('SELECT capacity FROM programme_sessions WHERE slug = ?').get(slug) as { capacity: number }
    ).capacity;
    const now = Date.now();
    const seat = app.db.prepare(
      'INSERT INTO reservations (session_slug, user_id, status, created_at) VALUES (?, ?, ?, ?)',
    );
    const others = Array.from({ length: capacity }, () => createAccount(app.db, app.url));
    seat.run(slug, user?.id, 'confirmed', now);
    others.slice(0, capacity - 1).forEach((o) => seat.run(slug, o.id, 'confirmed', now));
    const waiting = others[capacity - 1]!;
    seat.run(slug, waiting.id, 'waitlisted', now + 1);
    app.db.prepare('INSERT INTO stars (user_id, session_slug, created_at) VALUES (?, ?, ?)').run(user?.id, slug, now);

    // A form action answers a schema failure 400 (Astro's input error; it was 422 before actions).
    const unconfirmed = await me.post(`/en/me/${action('deleteAccount')}`, { password });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain(escapeHtml(accountsT('en').me.delete.confirmRequired));
    const wrong = await me.post(`/en/me/${action('deleteAccount')}`, { confirm: 'on', password: 'wrong password' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain(errorMessage('wrong-password', 'en'));
    expect(userRow()).toBeDefined();

    const res = await me.post(`/en/me/${action('deleteAccount')}`, { confirm: 'on', password });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/login/?status=deleted');
    expect(me.cookie).toBe(''); // the browser's session cookie is cleared, not only the row
    expect(userRow()).toBeUndefined();
    for (const table of ['auth_sessions', 'consents', 'tickets', 'reservations', 'stars', 'email_tokens']) {
      expect(app.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE user_id = ?`).get(user?.id)).toEqual({ n: 0 });
    }
    expect(mails(email)).toHaveLength(0);
    const promoted = app.db
      .prepare('SELECT status FROM reservations WHERE session_slug = ? AND user_id = ?')
      .get(slug, waiting.id);
    expect(promoted).toEqual({ status: 'confirmed' });
    expect((await me.get('/en/me/')).status).toBe(303);
  });
});
