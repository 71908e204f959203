// Account defences against the built server: `next` never leads off the site (the sign-in
// page's GET redirect and its POST), reset links die when the password changes, bogus reset
// posts are refused cheaply and then rate-limited, and names with bidirectional controls are
// refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formClient, linkIn, type FormClient } from '../support/forms';
import { createAccount } from '../support/accounts';
import { http } from '../support/http';
import { validRegistration } from '../fixtures/registration';
import { generateSessionToken, sessionIdFromToken } from '~/lib/server/auth/session';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

const EVIL_NEXT = [
  '/.//evil.example/phish',
  '//evil.example/phish',
  '/\\evil.example/phish',
  '/%2e%2e//evil.example/phish',
  '/en/..//evil.example/phish',
  '/\t/evil.example/phish',
  '/\n/evil.example/phish',
  'https://evil.example/phish',
  'https:evil.example/phish',
  'javascript:alert(1)',
  '%2f%2fevil.example/phish',
  '/%2f%2fevil.example/phish',
  '/%5cevil.example/phish',
];

/** True when a Location header stays on the site (a path, not `//host` or `/\host`). */
function staysOnSite(location: string | null): boolean {
  if (!location || !/^\/(?![/\\])/.test(location)) return false;
  return new URL(location, app.url).origin === app.url;
}

const password = 'a long enough passphrase';
const mails = (to: string) =>
  app.db.prepare('SELECT text FROM outbox WHERE "to" = ? ORDER BY id').all(to) as { text: string }[];

async function registerAndSignIn(email: string): Promise<FormClient> {
  const client = formClient(app);
  const reg = await client.post(
    '/en/register/?_action=registration.register',
    validRegistration({ email, password, language: 'en' }),
  );
  expect(reg.status).toBe(303);
  expect((await client.post('/en/login/?_action=auth.login', { email, password })).status).toBe(303);
  return client;
}

async function resetLink(email: string): Promise<string> {
  expect((await formClient(app).post('/en/forgot-password/?_action=auth.forgotPassword', { email })).status).toBe(303);
  return linkIn(mails(email).at(-1)?.text ?? '', '/en/reset-password/');
}
const tokenOf = (link: string) => new URL(link, app.url).searchParams.get('token') ?? '';

describe('where sign-in sends the delegate next', () => {
  it.each(EVIL_NEXT)('a signed-in visit with next=%j stays on the site', async (next) => {
    const account = createAccount(app.db, app.url);
    const res = await http(`${app.url}/en/login/?next=${encodeURIComponent(next)}`, {
      redirect: 'manual',
      headers: { Cookie: account.cookie },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/me/');
  });

  it('a sign-in with a tricky next goes to My account, and a good next is kept', async () => {
    const email = 'next.check@example.org';
    await registerAndSignIn(email);
    for (const next of EVIL_NEXT) {
      const res = await formClient(app).post('/en/login/?_action=auth.login', { email, password, next });
      expect(res.status).toBe(303);
      expect(staysOnSite(res.headers.get('location')), next).toBe(true);
      expect(res.headers.get('location')).toBe('/en/me/');
    }
    const good = await formClient(app).post('/en/login/?_action=auth.login', {
      email,
      password,
      next: '/en/agenda/?track=ai',
    });
    expect(good.headers.get('location')).toBe('/en/agenda/?track=ai');
  });
});

describe('reset links end when the password changes', () => {
  it('refuses a reset link issued before a password change', async () => {
    const email = 'changed.password@example.org';
    const me = await registerAndSignIn(email);
    const link = await resetLink(email);
    const changed = await me.post('/en/me/?_action=account.changePassword', {
      currentPassword: password,
      newPassword: 'changed on my account',
    });
    expect(changed.status).toBe(303);
    expect((await formClient(app).get(link)).status).toBe(400);
    const post = await formClient(app).post('/en/reset-password/?_action=auth.resetPassword', {
      token: tokenOf(link),
      newPassword: 'an attacker’s choice',
    });
    expect(post.status).toBe(400);
    expect(
      (await formClient(app).post('/en/login/?_action=auth.login', { email, password: 'changed on my account' }))
        .status,
    ).toBe(303);
  });

  it('refuses every other outstanding reset link after a successful reset', async () => {
    const email = 'reset.twice@example.org';
    await registerAndSignIn(email);
    const link = await resetLink(email);
    const userId = (app.db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: string }).id;
    // A second live token, as a link mailed a moment earlier would be.
    const other = generateSessionToken();
    app.db
      .prepare(
        "INSERT INTO email_tokens (id, user_id, purpose, created_at, expires_at) VALUES (?, ?, 'reset-password', ?, ?)",
      )
      .run(sessionIdFromToken(other), userId, Date.now(), Date.now() + 3_600_000);
    const done = await formClient(app).post('/en/reset-password/?_action=auth.resetPassword', {
      token: tokenOf(link),
      newPassword: 'reset once',
    });
    expect(done.status).toBe(303);
    for (const token of [tokenOf(link), other]) {
      expect(
        (
          await formClient(app).post('/en/reset-password/?_action=auth.resetPassword', {
            token,
            newPassword: 'reset twice',
          })
        ).status,
      ).toBe(400);
    }
    const live = app.db
      .prepare("SELECT count(*) AS n FROM email_tokens WHERE user_id = ? AND purpose = 'reset-password'")
      .get(userId) as { n: number };
    expect(live.n).toBe(0);
  });
});

describe('names with bidirectional controls', () => {
  // 400: the form action's status for input errors (422 before actions).
  it('are refused with 400 and a field error, and nothing is written', async () => {
    const email = 'bidi.name@example.org';
    const res = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email, language: 'en', fullName: 'Nguyễn \u202eiaM', organisation: 'Lab\u2028Two' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Your full name contains invisible characters');
    expect(html).toContain('Your organisation contains invisible characters');
    expect(app.db.prepare('SELECT count(*) AS n FROM users WHERE email = ?').get(email)).toEqual({ n: 0 });
  });
});

describe('a flood of bogus reset posts', () => {
  let flood: TestServer;
  beforeAll(async () => {
    flood = await startServer();
  });
  afterAll(async () => {
    await flood?.stop();
  });

  it('answers 400 to the first 10, then 429 with Retry-After, and prints how long they and a sign-in took', async () => {
    const post = async (i: number) => {
      const started = performance.now();
      const res = await http(`${flood.url}/en/reset-password/?_action=auth.resetPassword`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: flood.url, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: `bogus-${i}`, newPassword: 'a perfectly valid password' }),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started, retryAfter: res.headers.get('retry-after') };
    };
    const login = async () => {
      const started = performance.now();
      const res = await http(`${flood.url}/en/login/?_action=auth.login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: flood.url, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: 'nobody@example.org', password: 'whatever it is' }),
      });
      await res.arrayBuffer();
      return performance.now() - started;
    };
    const quiet: number[] = [];
    for (let i = 0; i < 5; i++) quiet.push(await login());
    const first = [];
    for (let i = 0; i < 10; i++) first.push(await post(i));
    expect(first.map((r) => r.status)).toEqual(Array(10).fill(400));

    const started = performance.now();
    const results = [];
    const logins: Promise<number>[] = [];
    for (let batch = 0; batch < 29; batch++) {
      logins.push(login());
      results.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => post(100 + batch * 10 + i)))));
    }
    const total = performance.now() - started;
    expect(results.every((r) => r.status === 429)).toBe(true);
    expect(Number(results[0]?.retryAfter)).toBeGreaterThan(0);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const loginMs = await Promise.all(logins);
    console.log(
      `bogus reset posts: first 10 (400) median ${median(first.map((r) => r.ms)).toFixed(1)} ms; ` +
        `290 more (429) in ${total.toFixed(0)} ms, median ${median(results.map((r) => r.ms)).toFixed(1)} ms; ` +
        `sign-in (unknown address, full argon2 work) median ${median(quiet).toFixed(0)} ms before, ` +
        `${median(loginMs).toFixed(0)} ms during the flood`,
    );
  });
});
