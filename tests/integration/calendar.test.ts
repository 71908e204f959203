// Calendar feeds against the built server: every feed compared with content/, HTTP
// headers and 304s, the private feed's authorization and revocation, the stars API,
// and change tracking across a restart (SEQUENCE, LAST-MODIFIED, CANCELLED, emails).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/lib/i18n/messages/errors';
import { startServer, type TestServer } from '../support/server';
import { createAccount, type TestAccount } from '../support/accounts';
import { expectWellFormed, parseCalendar, type ParsedEvent } from '../fixtures/ical';
import {
  contentEvent,
  contentRoom,
  contentSessions,
  contentSpeaker,
  contentTrack,
  contentTrackIds,
  hanoiInstant,
  textIn,
  type ContentSession,
} from '../fixtures/content';

let app: TestServer;
const sessions = contentSessions();
const DOMAIN = 'vn-asia-smartcity-summit.example';

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { headers, redirect: 'manual' });
  return { res, body: await res.text() };
}

async function feed(path: string): Promise<ParsedEvent[]> {
  const { res, body } = await get(path);
  expect(res.status, path).toBe(200);
  expectWellFormed(body);
  return parseCalendar(body).events;
}

function expectMatchesContent(ev: ParsedEvent, s: ContentSession, lang: 'vi' | 'en') {
  const venue = contentEvent().venue;
  const room = contentRoom(s.room);
  expect(ev.uid).toBe(`${s.slug}@${DOMAIN}`);
  expect(ev.summary).toBe(textIn(s.title, lang));
  expect(ev.start.toISOString()).toBe(hanoiInstant(s.start).toISOString());
  expect(ev.end.toISOString()).toBe(hanoiInstant(s.end).toISOString());
  expect(ev.location).toBe(
    `${textIn(room.name, lang)} (${textIn(room.floor, lang)}), ${textIn(venue.name, lang)}, ${textIn(venue.address, lang)}`,
  );
  expect(ev.url).toBe(`${app.url}/${lang}/sessions/${s.slug}/`);
  expect(ev.description).toContain(ev.url);
  expect(ev.categories).toEqual(s.track ? [textIn(contentTrack(s.track).name, lang)] : []);
  for (const id of [...(s.speakers ?? []), ...(s.moderators ?? [])])
    expect(ev.description).toContain(contentSpeaker(id).name);
  // The abstract's first sentence, as written (Markdown-free in the sample content).
  const abstract = textIn(s.abstract, lang);
  if (abstract) expect(ev.description).toContain(abstract.split(/[.:\n]/)[0]!.replace(/[*_`]/g, ''));
  expect(ev.status).toBe('CONFIRMED');
}

async function postForm(path: string, form: Record<string, string>, cookie: string) {
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url, Cookie: cookie },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
  return { res, body: await res.text() };
}

async function stars(method: 'GET' | 'POST' | 'PUT', cookie: string | undefined, body?: unknown, origin = app.url) {
  const res = await fetch(`${app.url}/api/stars`, {
    method,
    headers: {
      Origin: origin,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(cookie ? { Cookie: cookie } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: res.status,
    json: (await res.json()) as {
      slugs?: string[];
      ignored?: string[];
      error?: { code: string; message: string; fields?: Record<string, string> };
    },
  };
}

/** The private-feed form's target: the agenda page running the calendarFeed action. */
const FEED_ACTION = '/en/me/agenda/?_action=calendarFeed.change';

/** Creates a private feed token through the agenda page, as a delegate would. */
async function newFeedToken(account: TestAccount): Promise<string> {
  const { res, body } = await postForm(FEED_ACTION, { intent: 'regenerate' }, account.cookie);
  expect(res.status).toBe(200);
  const token = /\/calendar\/personal\/([a-z2-7]+)\.ics/.exec(body)?.[1];
  expect(token).toHaveLength(32);
  return token!;
}

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

describe('public feeds', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`publish the whole programme in ${lang} exactly as content/ has it`, async () => {
      const events = await feed(`/calendar/summit.ics?lang=${lang}`);
      expect(events).toHaveLength(sessions.length);
      for (const s of sessions)
        expectMatchesContent(
          events.find((e) => e.uid === `${s.slug}@${DOMAIN}`)!,
          s,
          lang,
        );
    });

    it(`publish every track in ${lang} with exactly its sessions`, async () => {
      for (const track of contentTrackIds()) {
        const events = await feed(`/calendar/tracks/${track}.ics?lang=${lang}`);
        const expected = sessions.filter((s) => s.track === track);
        expect(events.map((e) => e.uid).sort()).toEqual(expected.map((s) => `${s.slug}@${DOMAIN}`).sort());
        for (const s of expected)
          expectMatchesContent(
            events.find((e) => e.uid === `${s.slug}@${DOMAIN}`)!,
            s,
            lang,
          );
      }
    });

    it(`publish every session on its own in ${lang}`, async () => {
      for (const s of sessions) {
        const events = await feed(`/calendar/sessions/${s.slug}.ics?lang=${lang}`);
        expect(events).toHaveLength(1);
        expectMatchesContent(events[0]!, s, lang);
      }
    });
  }

  it('answer with the calendar type, a filename, an ETag and caching headers, then 304', async () => {
    const { res, body } = await get('/calendar/summit.ics?lang=en');
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="smart-city-summit-2025-en.ics"');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = res.headers.get('etag')!;
    // fetch asks for gzip, and the compressed body carries the weak form of the same validator.
    expect(etag).toMatch(/^(W\/)?"[\w-]+"$/);
    expect((await get('/calendar/summit.ics?lang=en')).res.headers.get('etag')).toBe(etag);
    const again = await get('/calendar/summit.ics?lang=en', { 'If-None-Match': etag });
    expect(again.res.status).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/calendar/summit.ics?lang=en', { 'If-None-Match': '"stale"' })).res.status).toBe(200);
    expect(body).toContain('METHOD:PUBLISH\r\n');
    expect(body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(body).toContain('X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n');
  });

  it('answer 404 for an unknown track or session and 400 for an unknown language, in both languages', async () => {
    for (const path of ['/calendar/tracks/no-such-track.ics', '/calendar/sessions/no-such-session.ics']) {
      const { res, body } = await get(path);
      expect(res.status).toBe(404);
      expect(body).toContain('Không tìm thấy lịch này.');
      expect(body).toContain('This calendar does not exist.');
    }
    const bad = await get('/calendar/summit.ics?lang=fr');
    expect(bad.res.status).toBe(400);
    expect(bad.body).toContain('"vi"');
  });
});

describe('the private feed', () => {
  it('publishes the delegate’s starred and reserved sessions, in their language', async () => {
    const delegate = createAccount(app.db, app.url, { language: 'vi' });
    expect((await stars('POST', delegate.cookie, { slug: 'opening-ceremony', starred: true })).status).toBe(200);
    expect((await stars('POST', delegate.cookie, { slug: 'panel-digital-one-stop', starred: true })).status).toBe(200);
    const now = Date.now();
    app.db
      .prepare('INSERT INTO reservations (session_slug, user_id, status, created_at) VALUES (?, ?, ?, ?)')
      .run('workshop-open-data-sprint', delegate.id, 'confirmed', now);
    app.db
      .prepare('INSERT INTO reservations (session_slug, user_id, status, created_at) VALUES (?, ?, ?, ?)')
      .run('workshop-ai-assistant-hands-on', delegate.id, 'waitlisted', now);
    const token = await newFeedToken(delegate);

    const { res, body } = await get(`/calendar/personal/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expectWellFormed(body);
    const events = parseCalendar(body).events;
    const bySlug = new Map(events.map((e) => [e.uid.split('@')[0], e]));
    expect([...bySlug.keys()].sort()).toEqual([
      'opening-ceremony',
      'panel-digital-one-stop',
      'workshop-ai-assistant-hands-on',
      'workshop-open-data-sprint',
    ]);
    for (const slug of ['opening-ceremony', 'panel-digital-one-stop', 'workshop-open-data-sprint']) {
      expectMatchesContent(
        bySlug.get(slug)!,
        sessions.find((s) => s.slug === slug)!,
        'vi',
      );
    }
    expect(bySlug.get('workshop-ai-assistant-hands-on')!.status).toBe('TENTATIVE');
    // 304 works for subscribers too.
    expect(
      (await get(`/calendar/personal/${token}.ics`, { 'If-None-Match': res.headers.get('etag')! })).res.status,
    ).toBe(304);
  });

  it('stores only a hash of the token, never logs it, and is not the login token', async () => {
    const delegate = createAccount(app.db, app.url);
    const token = await newFeedToken(delegate);
    const row = app.db.prepare('SELECT token_hash FROM calendar_feeds WHERE user_id = ?').get(delegate.id) as {
      token_hash: string;
    };
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(delegate.cookie).not.toContain(token);
    await get(`/calendar/personal/${token}.ics`);
    expect(app.logs()).not.toContain(token);
  });

  it('answers 404 to an old token after regeneration, and to any token after revocation', async () => {
    const delegate = createAccount(app.db, app.url);
    const first = await newFeedToken(delegate);
    const second = await newFeedToken(delegate);
    expect(second).not.toBe(first);
    expect((await get(`/calendar/personal/${first}.ics`)).res.status).toBe(404);
    expect((await get(`/calendar/personal/${second}.ics`)).res.status).toBe(200);
    const revoked = await postForm(FEED_ACTION, { intent: 'revoke' }, delegate.cookie);
    expect(revoked.res.status).toBe(200);
    expect(revoked.body).toContain('Your private calendar address was revoked.');
    const gone = await get(`/calendar/personal/${second}.ics`);
    expect(gone.res.status).toBe(404);
    expect(gone.res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers 404 to malformed and made-up tokens', async () => {
    for (const token of ['x', 'a'.repeat(32), 'A'.repeat(32), '../summit']) {
      expect((await get(`/calendar/personal/${encodeURIComponent(token)}.ics`)).res.status).toBe(404);
    }
  });

  it('keeps the agenda page and the token away from visitors', async () => {
    const { res } = await get('/en/me/agenda/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/en/login/');
    const delegate = createAccount(app.db, app.url);
    const invalid = await postForm(FEED_ACTION, { intent: 'steal' }, delegate.cookie);
    expect(invalid.res.status).toBe(400);
    expect(invalid.body).toContain('The request was not valid.');
    // A post that names no action (an old or forged form) changes nothing either.
    const bare = await postForm('/en/me/agenda/', { intent: 'regenerate' }, delegate.cookie);
    expect(bare.res.status).toBe(400);
    expect(bare.body).not.toContain('private-feed-url');
    expect(app.db.prepare('SELECT count(*) AS n FROM calendar_feeds WHERE user_id = ?').get(delegate.id)).toEqual({
      n: 0,
    });
  });
});

describe('the stars API', () => {
  it('refuses visitors with 401 in the API’s error shape', async () => {
    const { status, json } = await stars('GET', undefined);
    expect(status).toBe(401);
    expect(json.error?.code).toBe('unauthenticated');
  });

  it('stars, unstars and merges (union), ignoring sessions not on the programme', async () => {
    const delegate = createAccount(app.db, app.url);
    expect((await stars('POST', delegate.cookie, { slug: 'lunch-break', starred: true })).json.slugs).toEqual([
      'lunch-break',
    ]);
    const merged = await stars('PUT', delegate.cookie, { slugs: ['opening-ceremony', 'lunch-break', 'not-a-session'] });
    expect(merged.status).toBe(200);
    expect(merged.json.slugs?.sort()).toEqual(['lunch-break', 'opening-ceremony']);
    expect(merged.json.ignored).toEqual(['not-a-session']);
    expect((await stars('POST', delegate.cookie, { slug: 'lunch-break', starred: false })).json.slugs).toEqual([
      'opening-ceremony',
    ]);
    expect((await stars('GET', delegate.cookie)).json.slugs).toEqual(['opening-ceremony']);
  });

  it('refuses to star a cancelled session with 409 but lets the delegate unstar it', async () => {
    const delegate = createAccount(app.db, app.url, { language: 'en' });
    expect((await stars('POST', delegate.cookie, { slug: 'lunch-break', starred: true })).status).toBe(200);
    app.db.prepare('UPDATE programme_sessions SET cancelled_at = ? WHERE slug = ?').run(Date.now(), 'lunch-break');
    try {
      const again = await stars('POST', delegate.cookie, { slug: 'lunch-break', starred: true });
      expect(again.status).toBe(409);
      expect(again.json.error).toEqual({
        code: 'session-cancelled',
        message: errorMessage('session-cancelled', 'en'),
        fields: {},
      });
      const merged = await stars('PUT', delegate.cookie, { slugs: ['lunch-break', 'opening-ceremony'] });
      expect(merged.json).toEqual({ slugs: ['lunch-break', 'opening-ceremony'], ignored: ['lunch-break'] });
      const unstar = await stars('POST', delegate.cookie, { slug: 'lunch-break', starred: false });
      expect(unstar.status).toBe(200);
      expect(unstar.json.slugs).toEqual(['opening-ceremony']);
    } finally {
      app.db.prepare('UPDATE programme_sessions SET cancelled_at = NULL WHERE slug = ?').run('lunch-break');
    }
  });

  it('explains bad input with 4xx, never 5xx', async () => {
    const delegate = createAccount(app.db, app.url, { language: 'vi' });
    const unknown = await stars('POST', delegate.cookie, { slug: 'no-such-session', starred: true });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toEqual({
      code: 'unknown-session',
      message: errorMessage('unknown-session', 'vi'),
      fields: {},
    });
    const badSlug = await stars('POST', delegate.cookie, { slug: 'Bad Slug!', starred: true });
    expect(badSlug.status).toBe(422);
    expect(badSlug.json.error?.code).toBe('invalid-input');
    expect(badSlug.json.error?.fields).toHaveProperty('slug');
    expect((await stars('PUT', delegate.cookie, { slugs: 'opening-ceremony' })).status).toBe(422);
    expect(
      (await stars('POST', delegate.cookie, { slug: 'opening-ceremony', starred: true, userId: 'x' })).status,
    ).toBe(422);
    expect(
      (await stars('POST', delegate.cookie, { slug: 'opening-ceremony', starred: true }, 'https://evil.example'))
        .status,
    ).toBe(403);
  });
});

describe('programme changes across a restart', () => {
  it('republishes a moved session with a higher SEQUENCE and a new LAST-MODIFIED, cancels a removed one, and emails those who starred them', async () => {
    const MOVED = 'panel-digital-one-stop';
    const starrer = createAccount(app.db, app.url, { language: 'en', fullName: 'Nguyễn Thị Lan' });
    const bystander = createAccount(app.db, app.url);
    const old = Date.UTC(2025, 9, 1);
    // Simulate what the feeds published before: the panel an hour earlier, and a talk since removed from content.
    const row = app.db.prepare('SELECT starts_at, ends_at FROM programme_sessions WHERE slug = ?').get(MOVED) as {
      starts_at: number;
      ends_at: number;
    };
    app.db
      .prepare(
        "UPDATE programme_sessions SET starts_at = ?, ends_at = ?, content_hash = 'published-before', sequence = 4, last_modified = ? WHERE slug = ?",
      )
      .run(row.starts_at - 3_600_000, row.ends_at - 3_600_000, old, MOVED);
    app.db
      .prepare(
        "INSERT INTO programme_sessions (slug, title_vi, title_en, starts_at, ends_at, room, track, capacity, content_hash, sequence, last_modified) VALUES ('talk-withdrawn', 'Bài nói đã rút', 'Withdrawn talk', ?, ?, 'breakout-lotus', 'urban-data', NULL, 'x', 2, ?)",
      )
      .run(row.starts_at, row.ends_at, old);
    for (const slug of [MOVED, 'talk-withdrawn'])
      app.db
        .prepare('INSERT INTO stars (user_id, session_slug, created_at) VALUES (?, ?, ?)')
        .run(starrer.id, slug, old);
    const token = await newFeedToken(starrer);

    await app.restart();

    const events = await feed('/calendar/summit.ics?lang=en');
    const moved = events.find((e) => e.uid === `${MOVED}@${DOMAIN}`)!;
    expect(moved.start.getTime()).toBe(row.starts_at);
    expect(moved.sequence).toBe(5);
    expect(moved.lastModified!.getTime()).toBeGreaterThan(old);
    const withdrawn = events.find((e) => e.uid === `talk-withdrawn@${DOMAIN}`)!;
    expect(withdrawn).toMatchObject({ status: 'CANCELLED', sequence: 3, summary: '[Cancelled] Withdrawn talk' });
    expect(events).toHaveLength(sessions.length + 1);
    // Only the feeds that had it carry the cancellation.
    expect(
      (await feed('/calendar/tracks/urban-data.ics')).some(
        (e) => e.uid === `talk-withdrawn@${DOMAIN}` && e.status === 'CANCELLED',
      ),
    ).toBe(true);
    expect((await feed('/calendar/tracks/plenary.ics')).some((e) => e.uid === `talk-withdrawn@${DOMAIN}`)).toBe(false);
    expect((await feed('/calendar/sessions/talk-withdrawn.ics'))[0]!.status).toBe('CANCELLED');
    const personal = await feed(`/calendar/personal/${token}.ics`);
    expect(personal.map((e) => [e.uid.split('@')[0], e.status])).toEqual(
      expect.arrayContaining([
        [MOVED, 'CONFIRMED'],
        ['talk-withdrawn', 'CANCELLED'],
      ]),
    );

    // The emails are queued in the sync's own transaction: there as soon as the server answers.
    const mail = app.db.prepare('SELECT subject, text FROM outbox WHERE "to" = ?').get(starrer.email) as
      { subject: string; text: string } | undefined;
    expect(mail?.subject).toBe('Programme change / Chương trình đã thay đổi');
    expect(mail?.text).toContain('Dear Nguyễn Thị Lan,');
    expect(mail?.text).toContain('New time or room: Digital one-stop desks');
    expect(mail?.text).toContain('Cancelled: Withdrawn talk');
    expect(mail?.text).toContain('Đã hủy: Bài nói đã rút');
    expect(app.db.prepare('SELECT count(*) AS n FROM outbox WHERE "to" = ?').get(bystander.email)).toEqual({ n: 0 });
  });

  it('keeps the same bytes and ETag across a restart when nothing changed', async () => {
    const before = await get('/calendar/summit.ics?lang=vi');
    await app.restart();
    const after = await get('/calendar/summit.ics?lang=vi');
    expect(after.body).toBe(before.body);
    expect(after.res.headers.get('etag')).toBe(before.res.headers.get('etag'));
  });
});
