// Tickets and check-in against the built server: each delegate sees only their own ticket,
// a ticket checks in once (a repeat is reported, never counted), and only organisers check in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { http } from '../support/http';
import { createAccount, type TestAccount } from '../support/accounts';
import { formatTicketCode } from '../../src/lib/tickets/tickets';
import { errorMessage } from '../../src/lib/i18n/messages/errors';

let app: TestServer;
let hoa: TestAccount;
let minh: TestAccount;
let organiser: TestAccount;

interface CheckInAnswer {
  status?: string;
  time?: string;
  checkedInAt?: string;
  message?: string;
  delegate?: { fullName: string; category: string; needs: unknown[] };
  error?: { code: string; message: string; fields?: Record<string, string> };
}

function codeOf(userId: string): string {
  return (app.db.prepare('SELECT code FROM tickets WHERE user_id = ?').get(userId) as { code: string }).code;
}

async function checkIn(body: unknown, cookie = organiser.cookie): Promise<{ status: number; json: CheckInAnswer }> {
  const res = await http(`${app.url}/api/check-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: app.url, Cookie: cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as CheckInAnswer };
}

beforeAll(async () => {
  app = await startServer();
  hoa = createAccount(app.db, app.url, {
    fullName: 'Nguyễn Thị Hoa',
    language: 'vi',
    category: 'government',
    organisation: 'UBND phường Ba Đình',
    accessibility: { wheelchair: true, signLanguage: false, other: 'Tài liệu chữ lớn' },
  });
  minh = createAccount(app.db, app.url, { fullName: 'Trần Văn Minh', language: 'en', category: 'startup' });
  organiser = createAccount(app.db, app.url, { role: 'organiser', fullName: 'Desk Organiser', language: 'en' });
});
afterAll(async () => {
  await app?.stop();
});

describe('the ticket page', () => {
  it('shows the signed-in delegate their own QR code, code and name', async () => {
    const res = await http(`${app.url}/vi/me/ticket/`, { headers: { Cookie: hoa.cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    const code = codeOf(hoa.id);
    expect(code).toMatch(/^[A-Z2-7]{32}$/);
    expect(html).toContain('Vé tham dự của bạn');
    expect(html).toContain('Nguyễn Thị Hoa');
    expect(html).toContain('Cơ quan nhà nước');
    expect(html).toContain(formatTicketCode(code));
    expect(html).toMatch(/<svg[^>]*viewBox/);
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  it('keeps the same code on every visit', async () => {
    const before = codeOf(hoa.id);
    await http(`${app.url}/en/me/ticket/`, { headers: { Cookie: hoa.cookie } });
    expect(codeOf(hoa.id)).toBe(before);
  });

  it('never shows one delegate another delegate’s ticket', async () => {
    const html = await (await http(`${app.url}/en/me/ticket/`, { headers: { Cookie: minh.cookie } })).text();
    expect(html).toContain('Trần Văn Minh');
    expect(html).toContain(formatTicketCode(codeOf(minh.id)));
    expect(html).not.toContain(formatTicketCode(codeOf(hoa.id)));
    expect(html).not.toContain('Nguyễn Thị Hoa');
  });

  it('sends a visitor to sign in', async () => {
    const res = await http(`${app.url}/en/me/ticket/`, { redirect: 'manual' });
    expect([302, 303]).toContain(res.status);
    expect(res.headers.get('location')).toMatch(/^\/en\/login\/\?next=/);
  });
});

describe('checking in', () => {
  it('checks a delegate in and shows name, category and accessibility needs', async () => {
    const res = await checkIn({ code: formatTicketCode(codeOf(hoa.id)).toLowerCase() });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('checked-in');
    expect(res.json.delegate).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      category: 'government',
      organisation: 'UBND phường Ba Đình',
      language: 'vi',
      needs: [{ kind: 'wheelchair' }, { kind: 'other', text: 'Tài liệu chữ lớn' }],
    });
  });

  it('reports a second check-in with the first time, and does not count it again', async () => {
    const first = app.db.prepare('SELECT checked_in_at, checked_in_by FROM tickets WHERE user_id = ?').get(hoa.id) as {
      checked_in_at: number;
      checked_in_by: string;
    };
    const res = await checkIn({ code: codeOf(hoa.id) });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('already');
    expect(res.json.time).toMatch(/^\d{2}:\d{2} GMT\+7$/);
    expect(res.json.message).toBe(`Already checked in at ${res.json.time}`);
    expect(new Date(res.json.checkedInAt ?? '').getTime()).toBe(first.checked_in_at);
    expect(app.db.prepare('SELECT checked_in_at, checked_in_by FROM tickets WHERE user_id = ?').get(hoa.id)).toEqual(
      first,
    );
    expect(app.db.prepare('SELECT count(*) AS n FROM tickets WHERE checked_in_at IS NOT NULL').get()).toEqual({ n: 1 });
  });

  it('lets exactly one of several simultaneous scans of a ticket check it in', async () => {
    const code = codeOf(minh.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => checkIn({ code })));
    expect(results.filter((r) => r.json.status === 'checked-in')).toHaveLength(1);
    expect(results.filter((r) => r.json.status === 'already')).toHaveLength(9);
  });

  it('answers 404 with a clear message for a code no ticket has', async () => {
    const res = await checkIn({ code: 'A'.repeat(32) });
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual({
      code: 'unknown-ticket',
      message: errorMessage('unknown-ticket', 'en'),
      fields: {},
    });
  });

  it('answers 422 for input that cannot be a ticket code', async () => {
    const res = await checkIn({ code: 'hello' });
    expect(res.status).toBe(422);
    expect(res.json.error?.code).toBe('invalid-code');
    expect((await checkIn({ nope: 1 })).status).toBe(422);
  });

  it('refuses a delegate (403) and a visitor (401)', async () => {
    const code = codeOf(hoa.id);
    expect((await checkIn({ code }, minh.cookie)).status).toBe(403);
    const visitor = await http(`${app.url}/api/check-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.url },
      body: JSON.stringify({ code }),
    });
    expect(visitor.status).toBe(401);
  });
});

describe('the check-in page', () => {
  it('checks in a typed code from a plain form post and shows the delegate', async () => {
    const fresh = createAccount(app.db, app.url, {
      fullName: 'Lê Thu Trang',
      category: 'press',
      accessibility: { wheelchair: false, signLanguage: true, other: '' },
    });
    await http(`${app.url}/en/me/ticket/`, { headers: { Cookie: fresh.cookie } });
    const post = () =>
      http(`${app.url}/admin/check-in/?_action=checkIn.desk`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url, Cookie: organiser.cookie },
        body: new URLSearchParams({ code: formatTicketCode(codeOf(fresh.id)) }).toString(),
      });
    const res = await post();
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Checked in');
    expect(html).toContain('Lê Thu Trang');
    expect(html).toContain('Press');
    expect(html).toContain('Sign language interpretation');
    const again = await (await post()).text();
    expect(again).toMatch(/Already checked in at \d{2}:\d{2} GMT\+7/);
  });

  it('answers an unknown code with 404 and the message on the page', async () => {
    const res = await http(`${app.url}/admin/check-in/?_action=checkIn.desk`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url, Cookie: organiser.cookie },
      body: 'code=' + 'B'.repeat(32),
    });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(errorMessage('unknown-ticket', 'en'));
  });

  it('is closed to delegates', async () => {
    const res = await http(`${app.url}/admin/check-in/`, { headers: { Cookie: minh.cookie }, redirect: 'manual' });
    expect(res.status).toBe(403);
  });
});
