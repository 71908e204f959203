// The render cache must never make a page wrong: a cached page changes on the next request after
// a seat change and after a programme sync, "now and next" follows SUMMIT_NOW, and pages carrying
// a delegate's own data are never shared between users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { createAccount } from '../support/accounts';
import { rawGet } from '../support/raw-http';
import { generateFeedToken, hashFeedToken } from '~/lib/calendar/feed-token.server';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

const text = async (path: string, headers: Record<string, string> = {}) => {
  const res = await rawGet(app.url + path, headers);
  return { ...res, html: res.body.toString('utf8') };
};

/** Serves a page twice so the second answer comes from the cache, and checks that it did. */
async function cached(path: string) {
  await text(path);
  const second = await text(path);
  expect(second.headers['x-cache']).toBe('hit');
  return second;
}

/** One session's seat panel in an agenda page. */
function seatPanel(html: string, slug: string): string {
  const start = html.indexOf(`id="seats-${slug}"`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</div>', start));
}

function limitedSession(): { slug: string; capacity: number } {
  return app.db
    .prepare(
      'SELECT slug, capacity FROM programme_sessions WHERE capacity IS NOT NULL AND cancelled_at IS NULL LIMIT 1',
    )
    .get() as { slug: string; capacity: number };
}

describe('a cached page after a change of content', () => {
  it('shows the new seat count on the very next request after a reservation', async () => {
    const { slug, capacity } = limitedSession();
    const before = await cached('/en/agenda/');
    expect(seatPanel(before.html, slug)).toContain(`${capacity} of ${capacity} seats left`);
    const delegate = createAccount(app.db, app.url);
    const res = await fetch(`${app.url}/api/seats/${slug}`, {
      method: 'POST',
      headers: {
        cookie: delegate.cookie,
        origin: app.url,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ intent: 'reserve' }),
    });
    expect(res.ok).toBe(true);
    const after = await text('/en/agenda/');
    expect(seatPanel(after.html, slug)).toContain(`${capacity - 1} of ${capacity} seats left`);
  });

  it('serves a feed from the programme mirror as the sync left it after a restart', async () => {
    const slug = (
      app.db.prepare('SELECT slug FROM programme_sessions WHERE cancelled_at IS NULL LIMIT 1').get() as { slug: string }
    ).slug;
    const sequence = () =>
      (app.db.prepare('SELECT sequence FROM programme_sessions WHERE slug = ?').get(slug) as { sequence: number })
        .sequence;
    const feedSequence = (ics: string) => {
      const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`${slug}`));
      return Number(/SEQUENCE:(\d+)/.exec(event ?? '')?.[1]);
    };
    const first = await cached('/calendar/summit.ics');
    expect(feedSequence(first.html)).toBe(sequence());
    // The mirror disagrees with content (as after an edit of the session): the sync at start bumps SEQUENCE.
    app.db.prepare("UPDATE programme_sessions SET content_hash = 'before-the-edit' WHERE slug = ?").run(slug);
    const was = sequence();
    await app.restart();
    const after = await text('/calendar/summit.ics');
    expect(sequence()).toBe(was + 1);
    expect(feedSequence(after.html)).toBe(was + 1);
  });
});

describe('personal data and the cache', () => {
  it('never shows one delegate’s seat to another or to a visitor', async () => {
    const { slug } = limitedSession();
    const holder = createAccount(app.db, app.url);
    const other = createAccount(app.db, app.url);
    await fetch(`${app.url}/api/seats/${slug}`, {
      method: 'POST',
      headers: {
        cookie: holder.cookie,
        origin: app.url,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ intent: 'reserve' }),
    });
    const mine = await text('/en/agenda/', { cookie: holder.cookie });
    expect(mine.html).toContain('You have a seat in this session.');
    expect(mine.headers['cache-control']).toBe('private, no-store');
    expect(mine.headers['x-cache']).toBeUndefined();
    expect((await text('/en/agenda/')).html).not.toContain('You have a seat in this session.');
    expect((await text('/en/agenda/', { cookie: other.cookie })).html).not.toContain(
      'You have a seat in this session.',
    );
  });

  it('answers personal pages privately, never from the cache', async () => {
    const a = createAccount(app.db, app.url, { fullName: 'Delegate Alpha' });
    const b = createAccount(app.db, app.url, { fullName: 'Delegate Beta' });
    for (const path of ['/en/me/', '/en/me/agenda/', '/en/me/ticket/']) {
      const pageA = await text(path, { cookie: a.cookie });
      const pageB = await text(path, { cookie: b.cookie });
      expect(pageA.status).toBe(200);
      expect(pageA.headers['cache-control']).toBe('private, no-store');
      expect(pageB.headers['x-cache']).toBeUndefined();
      expect(pageA.html).not.toContain('Delegate Beta');
      expect(pageB.html).not.toContain('Delegate Alpha');
    }
  });

  it('keeps the private calendar feed private and out of the cache', async () => {
    const account = createAccount(app.db, app.url);
    const token = generateFeedToken();
    app.db
      .prepare('INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)')
      .run(account.id, hashFeedToken(token), Date.now());
    const path = `/calendar/personal/${token}.ics`;
    await text(path);
    const again = await text(path);
    expect(again.status).toBe(200);
    expect(again.html).toMatch(/^BEGIN:VCALENDAR/);
    expect(again.headers['x-cache']).toBeUndefined();
    expect(String(again.headers['cache-control'])).toMatch(/^private/);
  });
});

describe('"now and next" and the clock', () => {
  /** The agenda's live section as the server sends it (second request: from the cache). */
  async function liveSection(now: string): Promise<{ html: string; home: string }> {
    const server = await startServer({ env: { SUMMIT_NOW: now } });
    try {
      const get = async (path: string) => {
        await fetch(server.url + path);
        const res = await fetch(server.url + path);
        expect(res.headers.get('x-cache')).toBe('hit');
        return res.text();
      };
      const agenda = await get('/en/agenda/');
      const home = await get('/en/');
      const live =
        /<section class="agenda-page__live"[\s\S]*?<\/section>\s*<\/div>|<section class="agenda-page__live"[\s\S]*?<\/ul>/.exec(
          agenda,
        )?.[0] ?? '';
      const status = /<section[^>]*data-summit-phase="[^"]+"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
      return { html: live, home: status };
    } finally {
      await server.stop();
    }
  }

  it('moves with SUMMIT_NOW, cached or not', async () => {
    const morning = await liveSection('2025-12-23T10:15:00+07:00');
    const afternoon = await liveSection('2025-12-23T14:15:00+07:00');
    const after = await liveSection('2025-12-24T10:00:00+07:00');
    expect(morning.html).toContain('Happening now');
    expect(afternoon.html).toContain('Happening now');
    expect(morning.html).not.toBe(afternoon.html);
    expect(after.html).toBe('');
    expect(morning.home).toContain('data-summit-phase="live"');
    expect(after.home).toContain('data-summit-phase="after"');
  });
});
