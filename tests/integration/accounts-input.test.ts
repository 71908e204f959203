// Registration input at the edge: every bad value gets a 4xx and a message next to its field
// (in the page's language), nothing is half-written, and an address that already has an
// account gets exactly the answer a new one gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formClient, type FormFields } from '../support/forms';
import { http } from '../support/http';
import { jsonRegistration, validRegistration } from '../fixtures/registration';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { formsT } from '~/lib/i18n/messages/forms';

let app: TestServer;
const userCount = () => (app.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
const rowsIn = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

const BAD_FORMS: [string, FormFields, string, string][] = [
  ['a missing full name', { fullName: '' }, 'reg-fullName', 'Please enter your full name.'],
  [
    'a full name over 120 characters',
    { fullName: 'A'.repeat(121) },
    'reg-fullName',
    'Your full name must be at most 120 characters.',
  ],
  ['a malformed email', { email: 'mai.example.org' }, 'reg-email', 'Please enter a valid email address'],
  ['an email over 254 characters', { email: `${'a'.repeat(250)}@example.org` }, 'reg-email', 'at most 254 characters'],
  ['a 7-character password', { password: 'short12' }, 'reg-password', 'at least 8 characters'],
  ['a 129-character password', { password: 'p'.repeat(129) }, 'reg-password', 'at most 128 characters'],
  ['the required consent unticked', { consentRegistration: undefined }, 'reg-consentRegistration', 'You need to agree'],
  [
    'an unknown delegate category',
    { category: 'spy' },
    'reg-category',
    'Please choose a delegate category from the list.',
  ],
  ['no delegate category', { category: '' }, 'reg-category', 'Please choose a delegate category.'],
  ['an unknown country', { country: 'XX' }, 'reg-country', 'Please choose your country from the list.'],
  [
    'a topic that is not a tag',
    { topics: ['ai', 'crypto-mining'] },
    'reg-topics',
    'Please choose topics from the list only.',
  ],
  ['an unknown language', { language: 'fr' }, 'reg-language', 'Please choose a language for emails from the list.'],
  [
    'accessibility needs without their consent',
    { consentAccessibility: undefined },
    'reg-consentAccessibility',
    'tick the consent box',
  ],
  [
    'an organisation over 160 characters',
    { organisation: 'O'.repeat(161) },
    'reg-organisation',
    'at most 160 characters',
  ],
  [
    'control characters in a name',
    { fullName: 'Mai\u0007' },
    'reg-fullName',
    'contains characters that are not allowed',
  ],
];

describe('the registration form refuses bad input', () => {
  it.each(BAD_FORMS)(
    // A form action answers a refused input with 400 (Astro's status for input errors; 422 before actions).
    'answers 400 for %s, with the message at the field and no account',
    async (_case, spoil, fieldId, message) => {
      const res = await formClient(app).post(
        '/en/register/?_action=registration.register',
        validRegistration({ ...spoil, language: spoil.language ?? 'en' }),
      );
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toMatch(new RegExp(`id="${fieldId}-error"`));
      expect(html).toMatch(new RegExp(`id="${fieldId}"[^>]*aria-describedby="[^"]*${fieldId}-error`));
      expect(html).toContain('id="error-summary"');
      expect(userCount()).toBe(0);
      expect(rowsIn('consents') + rowsIn('tickets') + rowsIn('outbox')).toBe(0);
    },
  );

  it('keeps what was typed, except the password', async () => {
    const res = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'broken@', language: 'en' }),
    );
    const html = await res.text();
    expect(html).toContain('value="Nguyễn Thị Mai"');
    expect(html).toContain('value="broken@"');
    expect(html).not.toContain('mật khẩu đủ dài');
    expect(html).toMatch(/id="reg-topics-ai"[^>]*checked=""/);
    expect(html).toMatch(/id="reg-topics-climate"(?![^>]*checked)[^>]*>/);
  });

  it('speaks Vietnamese on the Vietnamese form', async () => {
    const res = await formClient(app).post(
      '/vi/register/?_action=registration.register',
      validRegistration({ fullName: '', category: 'spy' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Vui lòng nhập họ và tên.');
    expect(html).toContain('Vui lòng chọn nhóm đại biểu trong danh sách.');
    expect(html).toContain('<title>Lỗi: Đăng ký tham dự');
  });

  it('refuses a body that is not a form (415), and one too large to be a form (413)', async () => {
    const text = await http(`${app.url}/en/register/?_action=registration.register`, {
      method: 'POST',
      headers: { Origin: app.url, 'Content-Type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    const huge = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ accessibilityOther: 'x'.repeat(70_000) }),
    );
    expect(huge.status).toBe(413);
    expect(userCount()).toBe(0);
  });
});

describe('the JSON registration API refuses bad input', () => {
  const postJson = (body: string) =>
    http(`${app.url}/api/register?lang=en`, {
      method: 'POST',
      headers: { Origin: app.url, 'Content-Type': 'application/json' },
      body,
    });
  const json = (o: Record<string, unknown>) => JSON.stringify(jsonRegistration(o));

  // Codes from the one list (src/lib/errors/codes.ts): unreadable JSON is `invalid-request` (400); a
  // body that is not our object is `invalid-input` (422) with the "could not read" message under `form`.
  it('answers JSON garbage with invalid-request (400) and no account', async () => {
    const res = await postJson('{"fullName": "Mai", ');
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('invalid-request');
    expect(answer.error.message).toBe(errorMessage('invalid-request', 'en'));
    expect(userCount()).toBe(0);
  });

  it.each([
    ['a JSON array', '[1, 2, 3]'],
    ['a string', '"register me"'],
    ['an unknown field', json({ role: 'organiser' })],
  ])('answers %s with invalid-input (422), the form-level message, and no account', async (_case, body) => {
    const res = await postJson(body);
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(answer.error.code).toBe('invalid-input');
    expect(answer.error.fields.form).toBe(formsT('en').errors.badRequest);
    expect(userCount()).toBe(0);
  });

  it('answers a value of the wrong type with 422 and the field named', async () => {
    const res = await postJson(json({ fullName: 42, wheelchair: 'yes' }));
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(Object.keys(answer.error.fields).sort()).toEqual(['fullName', 'wheelchair']);
    expect(userCount()).toBe(0);
  });

  it('names each bad field in `fields`', async () => {
    const res = await postJson(json({ email: 'nope', password: 'short', category: 'spy' }));
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(answer.error.code).toBe('invalid-input');
    expect(Object.keys(answer.error.fields).sort()).toEqual(['category', 'email', 'password']);
  });
});

describe('an address that already has an account', () => {
  it('gets the same answer as a new one, and the mailbox learns the rest', async () => {
    const first = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'twice@example.org', language: 'en' }),
    );
    const second = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'Twice@Example.org', fullName: 'Someone Else', language: 'en' }),
    );
    expect(second.status).toBe(first.status);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await second.text()).toBe('');
    expect(userCount()).toBe(1);
    expect(rowsIn('tickets')).toBe(1);
    const subjects = (
      app.db.prepare('SELECT subject FROM outbox WHERE "to" = ? ORDER BY id').all('twice@example.org') as {
        subject: string;
      }[]
    ).map((m) => m.subject);
    expect(subjects).toEqual([
      'Confirm your email address – Smart City Summit',
      'Registration confirmed – your ticket for the Smart City Summit, 23 December 2025',
      'You already have an account – Smart City Summit',
    ]);
    const api = await http(`${app.url}/api/register`, {
      method: 'POST',
      headers: { Origin: app.url, 'Content-Type': 'application/json' },
      body: JSON.stringify(jsonRegistration({ email: 'twice@example.org' })),
    });
    expect(api.status).toBe(202);
    expect(userCount()).toBe(1);
  });
});
