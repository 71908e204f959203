// Rate limits against the built server (policy in README, "Rate limits and proxies"):
// sign-in throttled per (account, client) with a per-account ceiling and device cookies, so
// guessing cannot lock the owner out; the client address the trusted proxy saw, never one
// the client wrote; and budgets on star changes and new calendar-feed tokens.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formClient } from '../support/forms';
import { http } from '../support/http';
import { createAccount } from '../support/accounts';
import { errorMessage } from '../../src/lib/i18n/messages/errors';
import { validRegistration } from '../fixtures/registration';

let app: TestServer; // behind one trusted proxy: each test's X-Forwarded-For is a client address
const password = 'mật khẩu đủ dài';
const accountMessage = 'Too many failed sign-in attempts for this email address';

beforeAll(async () => {
  app = await startServer({ env: { TRUST_PROXY: '1' } });
});
afterAll(async () => {
  await app?.stop();
});

async function register(server: TestServer, email: string): Promise<void> {
  const res = await formClient(server).post(
    '/en/register/?_action=registration.register',
    validRegistration({ email, language: 'en' }),
  );
  expect(res.status).toBe(303);
}

/** One sign-in attempt as a proxy would forward it; `device` is a device cookie to send. */
async function signIn(email: string, pass: string, xff: string, device = ''): Promise<Response> {
  return formClient(app).post(
    '/en/login/?_action=auth.login',
    { email, password: pass },
    {
      'X-Forwarded-For': xff,
      ...(device ? { Cookie: device } : {}),
    },
  );
}

function deviceCookieOf(res: Response): string {
  const line = res.headers.getSetCookie().find((c) => c.startsWith('summit_device='));
  expect(line).toMatch(/; HttpOnly/i);
  return line?.split(';')[0] ?? '';
}

describe('sign-in throttling', () => {
  it('refuses one client after 5 wrong passwords for an account, even the right one, with Retry-After', async () => {
    await register(app, 'one-client@example.org');
    for (let i = 0; i < 5; i++)
      expect((await signIn('one-client@example.org', `wrong ${i}`, '198.51.100.1')).status).toBe(401);
    const refused = await signIn(' One-Client@Example.org ', password, '198.51.100.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain(accountMessage);
  });

  it('lets the owner in from elsewhere, and with a device cookie from the attacker’s own network', async () => {
    await register(app, 'organiser-desk@example.org');
    const first = await signIn('organiser-desk@example.org', password, '198.51.100.10');
    expect(first.status).toBe(303);
    const device = deviceCookieOf(first);
    // An attacker at 198.51.100.66 burns the (account, client) budget, in any case or padding.
    for (let i = 0; i < 5; i++)
      expect((await signIn(`  ORGANISER-desk@example.org `, `guess ${i}`, '198.51.100.66')).status).toBe(401);
    expect((await signIn('organiser-desk@example.org', password, '198.51.100.66')).status).toBe(429);
    // The owner at the check-in desk, behind the same address, still signs in with the device cookie…
    expect((await signIn('organiser-desk@example.org', password, '198.51.100.66', device)).status).toBe(303);
    // …and from their own network without it.
    expect((await signIn('organiser-desk@example.org', password, '198.51.100.11')).status).toBe(303);
  });

  it('stops distributed guessing at 50 failures per account, but not the owner’s device', async () => {
    await register(app, 'ceiling@example.org');
    const device = deviceCookieOf(await signIn('ceiling@example.org', password, '198.51.100.20'));
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++)
      statuses.push((await signIn('ceiling@example.org', `guess ${i}`, `203.0.113.${Math.floor(i / 2)}`)).status);
    expect(statuses).toEqual(Array(50).fill(401));
    const fresh = await signIn('ceiling@example.org', password, '203.0.113.200');
    expect(fresh.status).toBe(429);
    expect(await fresh.text()).toContain(accountMessage);
    expect((await signIn('ceiling@example.org', password, '203.0.113.201', device)).status).toBe(303);
  });

  it('locks a device cookie that fails 10 times on its own, without spending the client’s budget', async () => {
    await register(app, 'device-lock@example.org');
    const device = deviceCookieOf(await signIn('device-lock@example.org', password, '198.51.100.30'));
    for (let i = 0; i < 10; i++)
      expect((await signIn('device-lock@example.org', `typo ${i}`, '198.51.100.30', device)).status).toBe(401);
    // The locked cookie is now an untrusted client, with its 5 failures still untouched.
    for (let i = 0; i < 5; i++)
      expect((await signIn('device-lock@example.org', `typo ${i}`, '198.51.100.30', device)).status).toBe(401);
    expect((await signIn('device-lock@example.org', password, '198.51.100.30', device)).status).toBe(429);
  });

  it('ignores a forged or foreign device cookie', async () => {
    await register(app, 'forged@example.org');
    await register(app, 'foreign@example.org');
    const foreign = deviceCookieOf(await signIn('foreign@example.org', password, '198.51.100.40'));
    const forged = `summit_device=${'A'.repeat(22)}.${'B'.repeat(43)}`;
    for (let i = 0; i < 5; i++)
      expect((await signIn('forged@example.org', `x ${i}`, '198.51.100.41', i % 2 ? forged : foreign)).status).toBe(
        401,
      );
    expect((await signIn('forged@example.org', password, '198.51.100.41', foreign)).status).toBe(429);
  });

  it('answers an unknown account exactly like a known one, status and message, limits included', async () => {
    await register(app, 'known@example.org');
    const run = async (email: string, net: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await signIn(email, `guess ${i}`, `${net}.1`);
        const text = await res.text();
        seen.push(
          `${res.status} ${text.includes(accountMessage) ? 'limit' : text.includes('The email or password is incorrect.') ? 'invalid' : '?'}`,
        );
      }
      const other = await signIn(email, 'guess', `${net}.2`);
      seen.push(`${other.status}`);
      return seen;
    };
    const known = await run('known@example.org', '192.0.2');
    expect(known).toEqual([...Array<string>(5).fill('401 invalid'), '429 limit', '401']);
    expect(await run('nobody-here@example.org', '198.18.0')).toEqual(known);
  });

  it('counts the address the proxy saw: rotating the left-most X-Forwarded-For still hits 429 after 20', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await signIn(`spray${i}@example.org`, 'password123', `203.0.113.${i}, 198.51.100.99`)).status);
    expect(statuses).toEqual(Array(20).fill(401));
    const res = await signIn('spray-last@example.org', 'password123', '203.0.113.250, 198.51.100.99');
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('Too many failed sign-in attempts from your network');
  });
});

/** A form post from a chosen loopback source address (127.0.0.x), with extra headers. */
function postFrom(
  server: TestServer,
  source: string,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string>,
) {
  const body = new URLSearchParams(form).toString();
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        localAddress: source,
        headers: {
          Origin: server.url,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('without TRUST_PROXY', () => {
  let direct: TestServer;
  beforeAll(async () => {
    direct = await startServer({ env: { TRUST_PROXY: '' } });
    await register(direct, 'genuine@example.org');
  });
  afterAll(async () => {
    await direct?.stop();
  });

  it('ignores X-Forwarded-For: a client rotating it is counted by its socket, and another client sending it is not throttled', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push(
        await postFrom(
          direct,
          '127.0.0.2',
          '/en/login/?_action=auth.login',
          { email: `spray${i}@example.org`, password: 'password123' },
          {
            'X-Forwarded-For': `203.0.113.${i}`,
          },
        ),
      );
    expect(statuses).toEqual(Array(20).fill(401));
    const headers = { 'X-Forwarded-For': '203.0.113.77' };
    expect(
      await postFrom(
        direct,
        '127.0.0.2',
        '/en/login/?_action=auth.login',
        { email: 'a@example.org', password: 'x' },
        headers,
      ),
    ).toBe(429);
    // A genuine user on another machine whose browser or proxy adds the header signs in.
    expect(
      await postFrom(
        direct,
        '127.0.0.3',
        '/en/login/?_action=auth.login',
        { email: 'genuine@example.org', password },
        headers,
      ),
    ).toBe(303);
  });
});

describe('star changes', () => {
  it('accepts 120 a minute per delegate, then answers 429 JSON with Retry-After; other delegates are unaffected', async () => {
    const delegate = createAccount(app.db, app.url, { language: 'en' });
    const other = createAccount(app.db, app.url, { language: 'vi' });
    const toggle = (cookie: string, i: number) =>
      http(`${app.url}/api/stars`, {
        method: 'POST',
        headers: { Origin: app.url, 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ slug: 'opening-ceremony', starred: i % 2 === 0 }),
      });
    // A visitor's stars merging at sign-in is one PUT.
    const merge = await http(`${app.url}/api/stars`, {
      method: 'PUT',
      headers: { Origin: app.url, 'Content-Type': 'application/json', Cookie: delegate.cookie },
      body: JSON.stringify({ slugs: ['opening-ceremony', 'panel-digital-one-stop'] }),
    });
    expect(merge.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 119; i++) statuses.push((await toggle(delegate.cookie, i)).status);
    expect(statuses).toEqual(Array(119).fill(200));
    const refused = await toggle(delegate.cookie, 0);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toBe(
      errorMessage('rate-limited', 'en', { retryAfterSec: Number(refused.headers.get('retry-after')) }),
    );
    const elsewhere = await toggle(other.cookie, 0);
    expect(elsewhere.status).toBe(200);
  });
});

describe('private calendar-feed tokens', () => {
  const post = (cookie: string, intent: string) =>
    http(`${app.url}/vi/me/agenda/?_action=calendarFeed.change`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ intent }).toString(),
    });

  it('makes 10 new tokens an hour per delegate, then answers 429 in the page’s language; revoking still works', async () => {
    const delegate = createAccount(app.db, app.url, { language: 'en' });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await post(delegate.cookie, 'regenerate');
      statuses.push(res.status);
      expect(await res.text()).toContain('private-feed-url');
    }
    expect(statuses).toEqual(Array(10).fill(200));
    const refused = await post(delegate.cookie, 'regenerate');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await refused.text();
    expect(page).toContain('Bạn đã tạo quá nhiều địa chỉ lịch riêng');
    expect(page).not.toContain('private-feed-url');
    expect((await post(delegate.cookie, 'revoke')).status).toBe(200);
    expect((await post(createAccount(app.db, app.url).cookie, 'regenerate')).status).toBe(200);
  });
});
