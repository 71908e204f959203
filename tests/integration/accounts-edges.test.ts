// The edges of the account, seat and check-in routes against the built server: an unknown
// language gets the bilingual 404 page (never a 500), and bodies that are too large, of the
// wrong type, not UTF-8 or with repeated fields get a 4xx in the page's language and write nothing.
import { errorMessage } from '../../src/lib/i18n/messages/errors';
import type { ErrorCode } from '../../src/lib/errors/codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { http } from '../support/http';
import { createAccount, type TestAccount } from '../support/accounts';

let app: TestServer;
let delegate: TestAccount;
let organiser: TestAccount;
const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  app = await startServer();
  delegate = createAccount(app.db, app.url, { language: 'vi', fullName: 'Lê Thu Hà' });
  organiser = createAccount(app.db, app.url, { role: 'organiser', language: 'vi' });
});
afterAll(async () => {
  await app?.stop();
});

function post(path: string, body: BodyInit, type: string | null, cookie = ''): Promise<Response> {
  const headers: Record<string, string> = { Origin: app.url, Accept: 'text/html', Cookie: cookie };
  if (type) headers['Content-Type'] = type;
  return http(`${app.url}${path}`, { method: 'POST', redirect: 'manual', headers, body });
}

const ACCOUNT_PAGES = [
  'login',
  'register',
  'me',
  'verify-email',
  'reset-password',
  'forgot-password',
  'me/ticket',
  'register/thanks',
];

describe('an account page in a language the site does not have', () => {
  it.each(ACCOUNT_PAGES)('answers /fr/%s/ with the bilingual 404 page', async (page) => {
    const res = await http(`${app.url}/fr/${page}/`, { headers: { Cookie: delegate.cookie } });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('Page not found');
  });

  it.each(['login', 'register', 'forgot-password'])(
    'answers a form post to /fr/%s/ with the 404 page too',
    async (page) => {
      const res = await post(`/fr/${page}/`, 'email=a%40b.vn&password=12345678', 'application/x-www-form-urlencoded');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('Page not found');
      expect(count('users')).toBe(2);
    },
  );
});

// Invalid UTF-8 (0xFF 0xFE), a lone continuation byte, in a form body and in JSON.
const NOT_UTF8_FORM = Buffer.concat([Buffer.from('intent=reserve&lang=vi&code='), Buffer.from([0xff, 0xfe, 0x80])]);
const NOT_UTF8_JSON = Buffer.concat([
  Buffer.from('{"intent":"reserve","code":"'),
  Buffer.from([0xff, 0xfe]),
  Buffer.from('"}'),
]);

describe('seat reservations with a malformed body', () => {
  const seats = '/api/seats/workshop-open-data-sprint';
  const cases: [string, BodyInit, string | null, number, ErrorCode][] = [
    [
      'a body over the size cap',
      `intent=reserve&lang=vi&back=${'x'.repeat(70_000)}`,
      'application/x-www-form-urlencoded',
      413,
      'too-large',
    ],
    [
      'a JSON body over the size cap',
      JSON.stringify({ intent: 'reserve', back: 'x'.repeat(70_000) }),
      'application/json',
      413,
      'too-large',
    ],
    ['plain text', 'intent=reserve', 'text/plain', 415, 'unsupported-type'],
    ['no content type', 'intent=reserve', null, 415, 'unsupported-type'],
    ['JSON that is not UTF-8', NOT_UTF8_JSON, 'application/json', 400, 'invalid-request'],
    ['broken JSON', '{"intent":', 'application/json', 400, 'invalid-request'],
    [
      'a repeated intent',
      'intent=reserve&intent=cancel&lang=vi',
      'application/x-www-form-urlencoded',
      422,
      'invalid-input',
    ],
    [
      'an intent that is a list',
      JSON.stringify({ intent: ['reserve'], lang: 'vi' }),
      'application/json',
      422,
      'invalid-input',
    ],
    ['a form that is not UTF-8', NOT_UTF8_FORM, 'application/x-www-form-urlencoded', 422, 'invalid-input'],
  ];
  it.each(cases)(
    'answers %s with a 4xx in Vietnamese and reserves nothing',
    async (_case, body, type, status, code) => {
      const res = await post(seats, body, type, delegate.cookie);
      expect(res.status).toBe(status);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error).toMatchObject({ code, message: errorMessage(code, 'vi') });
      expect(count('reservations')).toBe(0);
    },
  );
});

describe('the check-in API with a malformed body', () => {
  const cases: [string, BodyInit, string | null, number, ErrorCode][] = [
    ['a body over the size cap', JSON.stringify({ code: 'A'.repeat(10_000) }), 'application/json', 413, 'too-large'],
    ['plain text', 'code=ABC', 'text/plain', 415, 'unsupported-type'],
    ['JSON that is not UTF-8', NOT_UTF8_JSON, 'application/json', 400, 'invalid-request'],
    ['a code that is a list', JSON.stringify({ code: ['ABC'] }), 'application/json', 422, 'invalid-input'],
    ['a repeated code field', 'code=AAA&code=BBB', 'application/x-www-form-urlencoded', 422, 'invalid-input'],
    [
      'a form that is not UTF-8 (with fields the desk does not take)',
      NOT_UTF8_FORM,
      'application/x-www-form-urlencoded',
      422,
      'invalid-input',
    ],
  ];
  it.each(cases)('answers %s with a JSON 4xx in the organiser’s language', async (_case, body, type, status, code) => {
    const res = await post('/api/check-in', body, type, organiser.cookie);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message).toBe(errorMessage(code, 'vi'));
    expect(count('tickets WHERE checked_in_at IS NOT NULL')).toBe(0);
  });

  // A form action's schema refusal answers 400 (Astro's status for input errors; it was 422 before actions);
  // a body past the form-action cap (64 KiB) is refused by the server before Astro reads it (413).
  it('answers the check-in page’s form post of an over-long code with the invalid-code message, and an oversized body with 413, never a 5xx', async () => {
    const long = await post(
      '/admin/check-in/?_action=checkIn.desk',
      `code=${'A'.repeat(5_000)}`,
      'application/x-www-form-urlencoded',
      organiser.cookie,
    );
    expect(long.status).toBe(400);
    expect(await long.text()).toContain(errorMessage('invalid-code', 'vi'));
    const huge = await post(
      '/admin/check-in/?_action=checkIn.desk',
      `code=${'A'.repeat(70_000)}`,
      'application/x-www-form-urlencoded',
      organiser.cookie,
    );
    expect(huge.status).toBe(413);
    expect(count('tickets WHERE checked_in_at IS NOT NULL')).toBe(0);
  });
});
