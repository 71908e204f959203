// B2B matchmaking over HTTP against the built server: a delegate finds a complementary one in
// their matches with reasons, requests, the other accepts, the meeting gets a slot and table and
// shows in /me/ and the agenda; and authorization: nobody else reads or steps on the request,
// contact details only after acceptance and under consent, ids in bodies change nothing, extra
// fields refused, consent withdrawal hides the profile and cancels pending requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { createAccount, type TestAccount } from '../support/accounts';
import { http } from '../support/http';

let app: TestServer;
let lan: TestAccount; // a district committee seeking queue-ticket software
let minh: TestAccount; // a startup offering it
let eve: TestAccount; // a third delegate, no part in their meeting

const SLOTS = ['b2b-matchmaking-morning#0', 'b2b-matchmaking-morning#1'];

function joinMatchmaking(a: TestAccount, p: { offers: string[]; seeks: string[]; contact: boolean }) {
  const now = Date.now();
  const consent = app.db.prepare('INSERT INTO consents (user_id, kind, text_version, given_at) VALUES (?, ?, ?, ?)');
  consent.run(a.id, 'matchmaking', 't', now);
  if (p.contact) consent.run(a.id, 'contact-sharing', 't', now);
  app.db
    .prepare('INSERT INTO matchmaking_profiles (user_id, offers, seeks, languages, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(a.id, JSON.stringify(p.offers), JSON.stringify(p.seeks), '["vi","en"]', now);
  for (const s of SLOTS)
    app.db.prepare('INSERT INTO matchmaking_availability (user_id, slot_id) VALUES (?, ?)').run(a.id, s);
}

async function api(method: string, path: string, who: TestAccount | undefined, body?: unknown) {
  const res = await http(`${app.url}${path}`, {
    method,
    headers: {
      Origin: app.url,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(who ? { Cookie: who.cookie } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> & { error?: { code: string } } };
}

const page = async (path: string, who: TestAccount) =>
  (await http(`${app.url}${path}`, { headers: { Cookie: who.cookie } })).text();

beforeAll(async () => {
  app = await startServer();
  lan = createAccount(app.db, app.url, {
    fullName: 'Lan Phường',
    organisation: 'UBND phường (test)',
    category: 'government',
  });
  minh = createAccount(app.db, app.url, {
    fullName: 'Minh SoThuTu',
    organisation: 'SoThuTu (test)',
    category: 'startup',
  });
  eve = createAccount(app.db, app.url, { fullName: 'Eve Other', organisation: 'Other Co', category: 'business' });
  joinMatchmaking(lan, { offers: ['pilot-sites'], seeks: ['queue-management'], contact: false });
  joinMatchmaking(minh, { offers: ['queue-management'], seeks: ['pilot-sites'], contact: true });
  joinMatchmaking(eve, { offers: ['hardware'], seeks: ['software'], contact: true });
}, 60_000);
afterAll(() => app?.stop());

describe('the matchmaking flow', () => {
  let requestId = '';

  it('shows the complementary delegate in the matches with reasons both ways', async () => {
    const html = await page('/en/matchmaking/', lan);
    expect(html).toContain('Minh SoThuTu');
    expect(html).toContain('They offer queue-ticket software');
    expect(html).toMatch(/You offer .*pilot/i);
    const api1 = await api('GET', '/api/matchmaking/recommendations', lan);
    expect((api1.json.matches as { userId: string }[]).map((m) => m.userId)).toContain(minh.id);
  });

  it('refuses visitors and extra fields', async () => {
    expect((await api('POST', '/api/matchmaking/requests', undefined, { receiverId: minh.id })).status).toBe(401);
    const extra = await api('POST', '/api/matchmaking/requests', lan, {
      receiverId: minh.id,
      message: 'x',
      requesterId: eve.id,
    });
    expect(extra.status).toBe(422);
    expect(extra.json.error?.code).toBe('invalid-input');
  });

  it('creates a request and refuses a second one between the same two', async () => {
    const r = await api('POST', '/api/matchmaking/requests', lan, {
      receiverId: minh.id,
      message: 'Thí điểm lấy số tại nhà',
    });
    expect(r.status).toBe(201);
    requestId = String(r.json.requestId);
    const again = await api('POST', '/api/matchmaking/requests', lan, { receiverId: minh.id, message: '' });
    expect(again.json.error?.code).toBe('already-requested');
    expect(again.status).toBe(409);
  });

  it('lets nobody else read or answer the request; the requester cannot accept it', async () => {
    expect(await page('/en/me/matchmaking/', eve)).not.toContain('Thí điểm lấy số tại nhà');
    expect((await api('POST', `/api/matchmaking/requests/${requestId}/accept`, eve, {})).json.error?.code).toBe(
      'not-found',
    );
    expect((await api('POST', `/api/matchmaking/requests/${requestId}/cancel`, eve, {})).status).toBe(404);
    expect((await api('POST', `/api/matchmaking/requests/${requestId}/accept`, lan, {})).json.error?.code).toBe(
      'not-yours',
    );
    // An id smuggled in the body is refused, not obeyed.
    expect((await api('POST', `/api/matchmaking/requests/${requestId}/accept`, eve, { userId: minh.id })).status).toBe(
      422,
    );
  });

  it('hides contact details before acceptance', async () => {
    expect(await page('/en/me/matchmaking/', lan)).not.toContain(minh.email);
    expect(await page('/en/me/matchmaking/', minh)).not.toContain(lan.email);
  });

  it('accepts with a slot and table, then both see it in /me/ and the agenda, contacts under consent', async () => {
    const r = await api('POST', `/api/matchmaking/requests/${requestId}/accept`, minh, {});
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ placed: true, slotId: SLOTS[0], table: 1 });
    const lanMe = await page('/en/me/matchmaking/', lan);
    expect(lanMe).toContain(minh.email); // Minh shares contact details
    expect(lanMe).toContain('table 1');
    expect(await page('/en/me/matchmaking/', minh)).not.toContain(lan.email); // Lan does not
    for (const who of [lan, minh]) expect(await page('/en/me/agenda/', who)).toContain('Table 1');
  });

  it('leaves already-requested people out of the matches', async () => {
    const list = await api('GET', '/api/matchmaking/recommendations', lan);
    expect((list.json.matches as { userId: string }[]).map((m) => m.userId)).not.toContain(minh.id);
  });

  it('refuses a request to someone who blocked the requester', async () => {
    expect((await api('POST', '/api/matchmaking/blocks', eve, { userId: lan.id })).status).toBe(200);
    const r = await api('POST', '/api/matchmaking/requests', lan, { receiverId: eve.id, message: '' });
    expect(r.json.error?.code).toBe('receiver-closed');
  });

  it('checks profile updates against the taxonomy and refuses extra fields', async () => {
    const base = {
      sectors: [],
      offers: ['pilot-sites'],
      seeks: ['queue-management'],
      offerText: '',
      seekText: '',
      topics: [],
      markets: ['Hà Nội'],
      languages: ['vi'],
      availability: SLOTS,
      hidden: false,
      acceptsRequests: true,
    };
    expect((await api('PUT', '/api/matchmaking/profile', lan, { ...base, offers: ['no-such-tag'] })).status).toBe(422);
    expect((await api('PUT', '/api/matchmaking/profile', lan, { ...base, userId: minh.id })).status).toBe(422);
    expect((await api('PUT', '/api/matchmaking/profile', lan, base)).status).toBe(200);
    const mine = await api('GET', '/api/matchmaking/profile', lan);
    expect((mine.json.profile as { userId: string }).userId).toBe(lan.id);
  });

  it('hiding the profile cancels pending requests and removes the person from matches', async () => {
    const eveReq = await api('POST', '/api/matchmaking/requests', minh, { receiverId: eve.id, message: 'hello' });
    expect(eveReq.status).toBe(201);
    const base = {
      sectors: [],
      offers: ['hardware'],
      seeks: ['software'],
      offerText: '',
      seekText: '',
      topics: [],
      markets: [],
      languages: ['en'],
      availability: [],
      hidden: true,
      acceptsRequests: true,
    };
    expect((await api('PUT', '/api/matchmaking/profile', eve, base)).status).toBe(200);
    const row = app.db
      .prepare('SELECT status FROM meeting_requests WHERE id = ?')
      .get(String(eveReq.json.requestId)) as { status: string };
    expect(row.status).toBe('cancelled');
  });

  it('withdrawing the matchmaking consent on /me/ hides the person and cancels their pending requests', async () => {
    const zed = createAccount(app.db, app.url, { fullName: 'Zed Seeker', category: 'business' });
    joinMatchmaking(zed, { offers: ['queue-management'], seeks: ['pilot-sites'], contact: false });
    const pending = await api('POST', '/api/matchmaking/requests', zed, { receiverId: lan.id, message: 'pending one' });
    expect(pending.status).toBe(201);
    // The consents form: every optional consent left unticked withdraws it.
    const res = await http(`${app.url}/en/me/?_action=account.setConsents`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: app.url, Cookie: lan.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(303);
    const row = app.db
      .prepare('SELECT status FROM meeting_requests WHERE id = ?')
      .get(String(pending.json.requestId)) as { status: string };
    expect(row.status).toBe('cancelled');
    const zedMatches = await api('GET', '/api/matchmaking/recommendations', zed);
    expect((zedMatches.json.matches as { userId: string }[]).map((m) => m.userId)).not.toContain(lan.id);
  });
});
