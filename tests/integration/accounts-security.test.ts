// Account security against the built server: cookie flags (and __Host- + Secure in production),
// the sign-in limit per address, the route guard, cross-site requests,
// and redirects that only ever stay on the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formClient } from '../support/forms';
import { http } from '../support/http';
import { createAccount, type TestAccount } from '../support/accounts';
import { validRegistration } from '../fixtures/registration';

let app: TestServer;
let delegate: TestAccount;
let organiser: TestAccount;
const password = 'mật khẩu đủ dài';

async function register(server: TestServer, email: string): Promise<void> {
  const res = await formClient(server).post(
    '/en/register/?_action=registration.register',
    validRegistration({ email, language: 'en' }),
  );
  expect(res.status).toBe(303);
}

beforeAll(async () => {
  // Each test below sends its own X-Forwarded-For, as a proxy would, so the limits can be exercised per address.
  app = await startServer({ env: { TRUST_PROXY: '1' } });
  delegate = createAccount(app.db, app.url, { language: 'en' });
  organiser = createAccount(app.db, app.url, { role: 'organiser', language: 'en' });
});
afterAll(async () => {
  await app?.stop();
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and not Secure on a plain-http development server', async () => {
    await register(app, 'cookie@example.org');
    const res = await formClient(app).post(
      '/en/login/?_action=auth.login',
      { email: 'cookie@example.org', password },
      { 'X-Forwarded-For': '10.0.0.1' },
    );
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).toMatch(/; Expires=/i);
    expect(cookie).not.toMatch(/; Secure/i);
    expect(cookie?.split(';')[0]?.split('=')[1]).toMatch(/^[a-z2-7]{32}$/);
    // Beside it, a readable hint that holds no secret, so visitor pages skip account requests.
    const hint = res.headers.getSetCookie().find((c) => c.startsWith('summit_signed_in='));
    expect(hint).toMatch(/^summit_signed_in=1;/);
    expect(hint).not.toMatch(/HttpOnly/i);
    expect(hint).toMatch(/; SameSite=Lax/i);
  });

  it('is __Host- prefixed and Secure when the site is served over https', async () => {
    const prod = await startServer({ env: { SITE_URL: 'https://summit.example' } });
    try {
      await register(prod, 'secure@example.org');
      const res = await formClient(prod, '__Host-session').post('/en/login/?_action=auth.login', {
        email: 'secure@example.org',
        password,
      });
      expect(res.status).toBe(303);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; Path=\//i);
      expect(cookie).not.toMatch(/; Domain=/i);
    } finally {
      await prod.stop();
    }
  });

  it('stores only the SHA-256 of the token', async () => {
    const client = formClient(app);
    await client.post(
      '/en/login/?_action=auth.login',
      { email: 'cookie@example.org', password },
      { 'X-Forwarded-For': '10.0.0.2' },
    );
    const token = client.cookie.split('=')[1] ?? '';
    const ids = (app.db.prepare('SELECT id FROM auth_sessions').all() as { id: string }[]).map((r) => r.id);
    expect(ids).not.toContain(token);
    expect(ids.every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
  });
});

describe('sign-in rate limits', () => {
  // Per (account, client), the per-account ceiling, device cookies and unknown accounts: rate-limits.test.ts.
  it('limits one address to 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await formClient(app).post(
        '/en/login/?_action=auth.login',
        { email: `spray${i}@example.org`, password: 'password123' },
        { 'X-Forwarded-For': '10.3.0.1' },
      );
      expect(res.status).toBe(401);
    }
    const res = await formClient(app).post(
      '/en/login/?_action=auth.login',
      { email: 'cookie@example.org', password },
      { 'X-Forwarded-For': '10.3.0.1' },
    );
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('Too many failed sign-in attempts from your network');
    const elsewhere = await formClient(app).post(
      '/en/login/?_action=auth.login',
      { email: 'cookie@example.org', password },
      { 'X-Forwarded-For': '10.3.0.2' },
    );
    expect(elsewhere.status).toBe(303);
  });
});

describe('the route guard', () => {
  it('sends visitors from My account to the sign-in page, remembering where they were going', async () => {
    const res = await http(`${app.url}/en/me/`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/login/?next=%2Fen%2Fme%2F');
  });

  it.each(['/admin/', '/admin/outbox/', '/admin/registrations.csv', '/admin/check-in/'])(
    'refuses %s to a delegate with 403',
    async (path) => {
      const res = await http(`${app.url}${path}`, { redirect: 'manual', headers: { Cookie: delegate.cookie } });
      expect(res.status).toBe(403);
    },
  );

  it('answers APIs with 401/403 JSON instead of redirects', async () => {
    const visitor = await http(`${app.url}/api/stars`, { redirect: 'manual' });
    expect(visitor.status).toBe(401);
    expect(((await visitor.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    const data = await http(`${app.url}/en/me/data.json`, { redirect: 'manual' });
    expect(data.status).toBe(401);
  });

  it('sends a visitor’s plain form post to an API to sign in, then back to the page with the form', async () => {
    const res = await http(`${app.url}/api/seats/some-workshop`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        Origin: app.url,
        Accept: 'text/html',
        'Content-Type': 'application/x-www-form-urlencoded',
        Referer: `${app.url}/vi/sessions/some-workshop/`,
      },
      body: 'intent=reserve',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/vi/login/?next=%2Fvi%2Fsessions%2Fsome-workshop%2F');
  });

  it('lets organisers read registrations, the CSV export and the outbox', async () => {
    const tricky = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({
        email: 'tricky@example.org',
        fullName: 'Lê, Văn "Ba"',
        organisation: '=HYPERLINK("http://x")',
        language: 'en',
      }),
    );
    expect(tricky.status).toBe(303);
    const page = await http(`${app.url}/admin/`, { headers: { Cookie: organiser.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('By delegate category');
    const csv = await http(`${app.url}/admin/registrations.csv`, { headers: { Cookie: organiser.cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\n')[0]).toMatch(/^Registered at \(GMT\+7\),Full name,Email,/);
    expect(text).toContain('"Lê, Văn ""Ba"""');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`); // neutralised formula, quoted
    const outbox = await http(`${app.url}/admin/outbox/`, { headers: { Cookie: organiser.cookie } });
    expect(outbox.status).toBe(200);
    expect(await outbox.text()).toContain('Confirm your email address');
  });
});

describe('cross-site requests', () => {
  it('refuses a form post from another origin', async () => {
    const res = await formClient(app).post(
      '/en/login/?_action=auth.login',
      { email: 'cookie@example.org', password },
      { Origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
  });

  it('refuses a JSON post from another origin with a JSON error', async () => {
    const res = await http(`${app.url}/api/register`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross-site');
  });

  it('refuses a request the browser marks as cross-site even without Origin', async () => {
    const res = await http(`${app.url}/en/logout/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Sec-Fetch-Site': 'cross-site', Cookie: delegate.cookie },
    });
    expect(res.status).toBe(403);
    expect(app.db.prepare('SELECT count(*) AS n FROM auth_sessions WHERE user_id = ?').get(delegate.id)).toEqual({
      n: 1,
    });
  });
});

describe('redirects after sign-in', () => {
  it.each(['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'ignores next=%s and goes to My account',
    async (next) => {
      const res = await formClient(app).post(
        '/en/login/?_action=auth.login',
        { email: 'cookie@example.org', password, next },
        { 'X-Forwarded-For': '10.4.0.1' },
      );
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/en/me/');
    },
  );
});
