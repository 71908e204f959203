// The account mutations as Astro Actions (src/actions/auth.ts, src/actions/registration.ts):
// codes and statuses from the one list, messages from the catalogues, the same handler behind
// the form page and the islands' RPC, and the origin check in front of both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formClient } from '../support/forms';
import { http } from '../support/http';
import { validRegistration } from '../fixtures/registration';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { formsT } from '~/lib/i18n/messages/forms';
import { registrationT } from '~/lib/i18n/messages/registration';
import { statusOf } from '~/lib/errors/codes';

let app: TestServer;
const email = 'actions@example.org';
const password = 'mật khẩu đủ dài';
const userCount = () => (app.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;

beforeAll(async () => {
  app = await startServer();
  const res = await formClient(app).post(
    '/en/register/?_action=registration.register',
    validRegistration({ email, language: 'en' }),
  );
  expect(res.status).toBe(303);
});
afterAll(async () => {
  await app?.stop();
});

describe('the sign-in action', () => {
  it('answers a wrong password with invalid-credentials, its status and its message', async () => {
    const res = await formClient(app).post('/en/login/?_action=auth.login', { email, password: 'not the password' });
    expect(res.status).toBe(statusOf('invalid-credentials'));
    const html = await res.text();
    expect(html).toContain(errorMessage('invalid-credentials', 'en'));
    expect(html).toContain(`value="${email}"`);
    expect(html).not.toContain('not the password');
  });

  it('puts the messages for empty fields at the fields, in the page language', async () => {
    const res = await formClient(app).post('/vi/login/?_action=auth.login', { email: '', password: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="login-email-error"[^>]*>[^]*?Vui lòng nhập địa chỉ email\./);
    expect(html).toContain(accountsT('vi').login.passwordRequired);
  });

  it('keeps an unsafe `next` from becoming the redirect after a failed then a good attempt', async () => {
    const failed = await formClient(app).post('/en/login/?_action=auth.login', {
      email,
      password: 'wrong again',
      next: '//evil.example/',
    });
    expect(await failed.text()).not.toContain('evil.example');
    const ok = await formClient(app).post('/en/login/?_action=auth.login', {
      email,
      password,
      next: '//evil.example/',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/en/me/');
  });
});

describe('the registration action over RPC (as the island calls it)', () => {
  const rpc = (body: URLSearchParams, origin = app.url) =>
    http(`${app.url}/_actions/registration.register`, {
      method: 'POST',
      headers: {
        Origin: origin,
        'Content-Type': 'application/x-www-form-urlencoded',
        Referer: `${app.url}/en/register/`,
      },
      body,
    });
  const form = (fields: Record<string, string | string[] | undefined>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields))
      for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) body.append(k, x);
    return body;
  };

  it('answers bad input with a 400 input error whose issues carry message codes, and writes nothing', async () => {
    const before = userCount();
    const res = await rpc(form(validRegistration({ email: 'rpc@example.org', fullName: '', topics: ['no-such-tag'] })));
    expect(res.status).toBe(400);
    const error = (await res.json()) as { type: string; issues: { path: string[]; message: string }[] };
    expect(error.type).toBe('AstroActionInputError');
    expect(error.issues.find((i) => i.path[0] === 'fullName')?.message).toBe('required');
    expect(userCount()).toBe(before);
  });

  it('refuses a topic the programme does not have at the field, after the schema passed', async () => {
    const res = await rpc(form(validRegistration({ email: 'topic@example.org', topics: ['no-such-tag'] })));
    expect(res.status).toBe(400);
    const error = (await res.json()) as { issues: { path: string[]; message: string }[] };
    expect(error.issues).toEqual([expect.objectContaining({ path: ['topics'], message: 'topics' })]);
    expect(registrationT('en').errors.topics).toBeTruthy();
  });

  it('is refused cross-site by the origin check', async () => {
    const before = userCount();
    const res = await rpc(form(validRegistration({ email: 'xsite@example.org' })), 'https://evil.example');
    expect(res.status).toBe(403);
    expect(userCount()).toBe(before);
  });
});

describe('the reset action', () => {
  it('answers a dead link with reset-token-invalid (400) before looking at the password', async () => {
    const res = await formClient(app).post('/en/reset-password/?_action=auth.resetPassword', {
      token: 'no-such-token',
      newPassword: 'short',
    });
    expect(res.status).toBe(statusOf('reset-token-invalid'));
    const html = await res.text();
    expect(html).toContain(errorMessage('reset-token-invalid', 'en'));
    expect(html).not.toContain(formsT('en').errors.passwordShort);
  });
});
