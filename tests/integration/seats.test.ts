// Seat reservations against the built server: never oversold under 200 concurrent requests,
// waitlist promotion with an email, idempotence, and every refusal with its status code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { http } from '../support/http';
import { createAccount, createAccounts, type TestAccount } from '../support/accounts';

const LIMITED = 'workshop-ai-assistant-hands-on';
const SMALL = 'workshop-open-data-sprint';
const CANCELLED = 'workshop-mobile-team-scheduling';
const UNLIMITED = 'opening-ceremony';

let app: TestServer;

interface SeatAnswer {
  status?: string;
  position?: number;
  mine?: string;
  seats?: { capacity: number; confirmed: number; waitlisted: number };
  error?: { code: string; message: string };
}

async function post(
  slug: string,
  body: unknown,
  cookie?: string,
  origin = app.url,
): Promise<{ status: number; json: SeatAnswer }> {
  const res = await http(`${app.url}/api/seats/${slug}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as SeatAnswer };
}

function counts(slug: string): { confirmed: number; waitlisted: number } {
  const rows = app.db
    .prepare('SELECT status, count(*) AS n FROM reservations WHERE session_slug = ? GROUP BY status')
    .all(slug) as { status: string; n: number }[];
  return {
    confirmed: rows.find((r) => r.status === 'confirmed')?.n ?? 0,
    waitlisted: rows.find((r) => r.status === 'waitlisted')?.n ?? 0,
  };
}

function setCapacity(slug: string, capacity: number): void {
  app.db.prepare('UPDATE programme_sessions SET capacity = ? WHERE slug = ?').run(capacity, slug);
}

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

describe('200 delegates reserving 50 seats at once', () => {
  let delegates: TestAccount[];
  const answers: SeatAnswer[] = [];

  beforeAll(async () => {
    setCapacity(LIMITED, 50);
    delegates = createAccounts(app.db, app.url, 200);
    const results = await Promise.all(delegates.map((d) => post(LIMITED, { intent: 'reserve' }, d.cookie)));
    for (const r of results) {
      expect(r.status).toBe(200);
      answers.push(r.json);
    }
  });

  it('confirms exactly 50 and waitlists exactly 150', () => {
    expect(answers.filter((a) => a.status === 'confirmed')).toHaveLength(50);
    expect(answers.filter((a) => a.status === 'waitlisted')).toHaveLength(150);
    expect(counts(LIMITED)).toEqual({ confirmed: 50, waitlisted: 150 });
  });

  it('gives the waitlisted delegates positions 1 to 150, each exactly once', () => {
    const positions = answers.filter((a) => a.status === 'waitlisted').map((a) => a.position ?? 0);
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('keeps the counts after a restart', async () => {
    await app.restart();
    expect(counts(LIMITED)).toEqual({ confirmed: 50, waitlisted: 150 });
    const again = await post(LIMITED, { intent: 'reserve' }, delegates[0]?.cookie);
    expect(again.json.status).toBe('already');
    expect(again.json.seats).toEqual({ capacity: 50, confirmed: 50, waitlisted: 150 });
  });

  it('promotes the first waitlisted delegate when a confirmed one cancels, and emails them', async () => {
    const first = app.db
      .prepare("SELECT user_id FROM reservations WHERE session_slug = ? AND status = 'waitlisted' ORDER BY id LIMIT 1")
      .get(LIMITED) as { user_id: string };
    const second = app.db
      .prepare(
        "SELECT user_id FROM reservations WHERE session_slug = ? AND status = 'waitlisted' ORDER BY id LIMIT 1 OFFSET 1",
      )
      .get(LIMITED) as { user_id: string };
    const leaver = app.db
      .prepare("SELECT user_id FROM reservations WHERE session_slug = ? AND status = 'confirmed' ORDER BY id LIMIT 1")
      .get(LIMITED) as { user_id: string };
    const byId = (id: string) => delegates.find((d) => d.id === id);

    const cancelled = await post(LIMITED, { intent: 'cancel' }, byId(leaver.user_id)?.cookie);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({
      status: 'cancelled',
      seats: { capacity: 50, confirmed: 50, waitlisted: 149 },
    });

    const promoted = app.db
      .prepare('SELECT status, promoted_at FROM reservations WHERE session_slug = ? AND user_id = ?')
      .get(LIMITED, first.user_id) as {
      status: string;
      promoted_at: number | null;
    };
    expect(promoted.status).toBe('confirmed');
    expect(promoted.promoted_at).not.toBeNull();

    const nowFirst = await post(LIMITED, { intent: 'reserve' }, byId(second.user_id)?.cookie);
    expect(nowFirst.json).toMatchObject({ status: 'already', mine: 'waitlisted', position: 1 });

    const mail = app.db.prepare('SELECT subject, text FROM outbox WHERE "to" = ?').all(byId(first.user_id)?.email) as {
      subject: string;
      text: string;
    }[];
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain('You have a seat');
    expect(mail[0]?.subject).toContain('Bạn đã có chỗ');
    expect(mail[0]?.text).toContain('GMT+7');
    expect(mail[0]?.text).toContain(`/en/sessions/${LIMITED}/`);
  });

  it('lets a waitlisted delegate leave without promoting anyone', async () => {
    const last = delegates.find((d) => {
      const r = app.db
        .prepare('SELECT status FROM reservations WHERE session_slug = ? AND user_id = ?')
        .get(LIMITED, d.id) as { status: string } | undefined;
      return r?.status === 'waitlisted';
    });
    const before = app.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };
    const res = await post(LIMITED, { intent: 'cancel' }, last?.cookie);
    expect(res.json).toMatchObject({ status: 'cancelled', seats: { confirmed: 50, waitlisted: 148 } });
    expect(app.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual(before);
  });
});

describe('reserving, one delegate at a time', () => {
  it('treats a second reservation by the same delegate as the same seat', async () => {
    setCapacity(SMALL, 5);
    const d = createAccount(app.db, app.url);
    const one = await post(SMALL, { intent: 'reserve' }, d.cookie);
    const two = await post(SMALL, { intent: 'reserve' }, d.cookie);
    expect(one.json.status).toBe('confirmed');
    expect(two.json).toMatchObject({ status: 'already', mine: 'confirmed', seats: { confirmed: 1 } });
    expect(counts(SMALL)).toEqual({ confirmed: 1, waitlisted: 0 });
  });

  it('answers 404 with a message for a session that does not exist', async () => {
    const d = createAccount(app.db, app.url, { language: 'vi' });
    const res = await post('no-such-session', { intent: 'reserve' }, d.cookie);
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual({ code: 'unknown-session', message: 'Không tìm thấy phiên này.', fields: {} });
  });

  it('answers 403 until the delegate has confirmed their email address, in their language, and writes nothing', async () => {
    const d = createAccount(app.db, app.url, { language: 'vi', emailVerified: false });
    const before = counts(SMALL);
    const res = await post(SMALL, { intent: 'reserve' }, d.cookie);
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe('email-unverified');
    expect(res.json.error?.message).toMatch(/xác nhận địa chỉ email/);
    expect(counts(SMALL)).toEqual(before);
    app.db.prepare('UPDATE users SET email_verified_at = ? WHERE id = ?').run(Date.now(), d.id);
    const after = await post(SMALL, { intent: 'reserve' }, d.cookie);
    expect(after.status).toBe(200);
    expect(['confirmed', 'waitlisted']).toContain(after.json.status);
  });

  it('asks a delegate with an unconfirmed email to confirm it, in the seat panel', async () => {
    const d = createAccount(app.db, app.url, { language: 'en', emailVerified: false });
    const html = await (await http(`${app.url}/en/agenda/`, { headers: { Cookie: d.cookie } })).text();
    expect(html).toContain('Confirm your email address to reserve a seat');
    expect(html).not.toMatch(/<button type="submit"[^>]*>\s*Reserve a seat/);
  });

  it('answers 422 for a session without a seat limit', async () => {
    const d = createAccount(app.db, app.url);
    const res = await post(UNLIMITED, { intent: 'reserve' }, d.cookie);
    expect(res.status).toBe(422);
    expect(res.json.error?.code).toBe('not-limited');
    expect(res.json.error?.message).toMatch(/no seat limit/);
    expect(counts(UNLIMITED)).toEqual({ confirmed: 0, waitlisted: 0 });
  });

  it('answers 422 for a session that was cancelled', async () => {
    app.db.prepare('UPDATE programme_sessions SET cancelled_at = ? WHERE slug = ?').run(Date.now(), CANCELLED);
    const d = createAccount(app.db, app.url);
    const res = await post(CANCELLED, { intent: 'reserve' }, d.cookie);
    expect(res.status).toBe(422);
    expect(res.json.error?.code).toBe('session-cancelled');
    app.db.prepare('UPDATE programme_sessions SET cancelled_at = NULL WHERE slug = ?').run(CANCELLED);
  });

  it('answers 422 for an unknown intent and 400 for a body that is not JSON', async () => {
    const d = createAccount(app.db, app.url);
    const bad = await post(SMALL, { intent: 'steal' }, d.cookie);
    expect(bad.status).toBe(422);
    expect(bad.json.error?.code).toBe('invalid-request');
    const res = await http(`${app.url}/api/seats/${SMALL}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.url, Cookie: d.cookie },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as SeatAnswer).error?.code).toBe('invalid-request');
  });

  it('answers 401 to a visitor', async () => {
    const res = await post(SMALL, { intent: 'reserve' });
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe('unauthenticated');
  });

  it('refuses a cross-origin post, JSON or form, and writes nothing', async () => {
    const d = createAccount(app.db, app.url);
    const json = await post(SMALL, { intent: 'reserve' }, d.cookie, 'https://evil.example');
    expect(json.status).toBe(403);
    const form = await http(`${app.url}/api/seats/${SMALL}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'https://evil.example',
        Cookie: d.cookie,
      },
      body: 'intent=reserve&lang=en',
      redirect: 'manual',
    });
    expect(form.status).toBe(403);
    expect(app.db.prepare('SELECT count(*) AS n FROM reservations WHERE user_id = ?').get(d.id)).toEqual({ n: 0 });
  });
});

describe('the seat panel and its form', () => {
  it('redirects a form post back to the page it came from with a notice the panel shows', async () => {
    setCapacity(SMALL, 5);
    const d = createAccount(app.db, app.url, { language: 'vi' });
    const res = await http(`${app.url}/api/seats/${SMALL}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: app.url,
        Cookie: d.cookie,
        Referer: `${app.url}/vi/agenda/`,
      },
      body: new URLSearchParams({ intent: 'reserve', lang: 'vi', back: '/vi/agenda/' }).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toBe(`/vi/agenda/?seat=confirmed&seat-for=${SMALL}#seats-${SMALL}`);
    const page = await (await http(`${app.url}${location}`, { headers: { Cookie: d.cookie } })).text();
    expect(page).toContain('Đã đặt chỗ thành công.');
    expect(page).toContain('Bạn đã có chỗ trong phiên này.');
    expect(page).toMatch(new RegExp(`id="seats-${SMALL}"`));
  });

  it('renders as a server island on the prerendered session page with the delegate’s own state', async () => {
    const d = createAccount(app.db, app.url);
    await post(SMALL, { intent: 'reserve' }, d.cookie);
    const pageUrl = `${app.url}/en/sessions/${SMALL}/`;
    const html = await (await http(pageUrl)).text();
    const island = /(\/_server-islands\/SeatPanel[^'"\s]*)/.exec(html)?.[1];
    expect(island, 'the session page embeds the SeatPanel server island').toBeDefined();
    const res = await http(`${app.url}${(island ?? '').replace(/&amp;/g, '&')}`, {
      headers: { Cookie: d.cookie, Referer: `${pageUrl}?seat=confirmed&seat-for=${SMALL}` },
    });
    const panel = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(panel).toContain('You have a seat in this session.');
    expect(panel).toContain('Your seat is reserved.');
    expect(panel).toContain('Cancel my seat');
  });
});

describe('the organisers’ seat overview', () => {
  it('lists every limited session with capacity, confirmed, free and waitlisted seats as stored', async () => {
    const organiser = createAccount(app.db, app.url, { role: 'organiser', language: 'en' });
    const html = await (await http(`${app.url}/admin/`, { headers: { Cookie: organiser.cookie } })).text();
    expect(html).toContain('Seats in limited sessions');
    const limited = app.db
      .prepare('SELECT slug, capacity FROM programme_sessions WHERE capacity IS NOT NULL AND cancelled_at IS NULL')
      .all() as { slug: string; capacity: number }[];
    expect(limited.length).toBeGreaterThan(0);
    for (const { slug, capacity } of limited) {
      const { confirmed, waitlisted } = counts(slug);
      // Cells in order: time, capacity, confirmed, free, waitlisted (tags may carry scoped-style attributes).
      const cell = (value: string) => `\\s*<td[^>]*>${value}</td>`;
      const row = new RegExp(
        `href="/en/sessions/${slug}/"[^>]*>[^<]*</a>\\s*</th>` +
          [String.raw`\d\d:\d\d`, capacity, confirmed, Math.max(0, capacity - confirmed), waitlisted]
            .map((v) => cell(String(v)))
            .join(''),
      );
      expect(html, slug).toMatch(row);
    }
    // Cancelled sessions take no reservations and are left out.
    app.db.prepare('UPDATE programme_sessions SET cancelled_at = ? WHERE slug = ?').run(Date.now(), CANCELLED);
    try {
      const after = await (await http(`${app.url}/admin/`, { headers: { Cookie: organiser.cookie } })).text();
      expect(html).toContain(`href="/en/sessions/${CANCELLED}/"`);
      expect(after).not.toContain(`href="/en/sessions/${CANCELLED}/"`);
    } finally {
      app.db.prepare('UPDATE programme_sessions SET cancelled_at = NULL WHERE slug = ?').run(CANCELLED);
    }
  });

  it('is not shown to delegates', async () => {
    const d = createAccount(app.db, app.url);
    const res = await http(`${app.url}/admin/`, { headers: { Cookie: d.cookie } });
    expect(res.status).toBe(403);
  });
});
