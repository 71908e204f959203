// The session page's star without JavaScript, against the built server: the form posts to the
// stars action (visitor → the stars cookie, delegate → the account), 303s back to the session page,
// and the star server island then shows the new state; bad input and cross-site posts change
// nothing; the cookie's stars join the account at sign-in; and the stars cookie keeps the render cache on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { http } from '../support/http';
import { rawGet } from '../support/raw-http';
import { createAccount } from '../support/accounts';
import { formBody } from '../support/forms';
import { STARS_COOKIE, MAX_STARS_COOKIE_LENGTH } from '~/lib/personal-agenda/stars';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { calendarMessages } from '~/lib/i18n/messages/calendar';
import { hashPassword } from '~/lib/server/auth/password';

const SLUG = 'opening-ceremony';
const OTHER = 'panel-digital-one-stop';
let app: TestServer;

beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

/** The star form as a browser without JavaScript posts it from a session page. */
function postStar(fields: Record<string, string>, cookie = '', headers: Record<string, string> = {}) {
  const lang = fields.lang ?? 'en';
  return http(`${app.url}/api/stars/${encodeURIComponent(fields.slug ?? SLUG)}?_action=stars.set&lang=${lang}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: app.url,
      Referer: `${app.url}/${lang}/sessions/${encodeURIComponent(fields.slug ?? SLUG)}/`,
      Cookie: cookie,
      ...headers,
    },
    body: formBody(fields).toString(),
  });
}

/** The stars cookie a response sets, as `name=value` (undefined when it sets none). */
function starsCookieSet(res: Response): { pair: string; line: string } | undefined {
  const line = res.headers.getSetCookie().find((l) => l.startsWith(`${STARS_COOKIE}=`));
  return line ? { pair: line.split(';')[0]!, line } : undefined;
}

/** The star server island of a session page, fetched as the page's script does. */
async function island(lang: 'vi' | 'en', slug: string, cookie = ''): Promise<{ html: string; res: Response }> {
  const page = await (await http(`${app.url}/${lang}/sessions/${slug}/`)).text();
  const src = /(\/_server-islands\/SessionStar[^'"\s]*)/.exec(page)?.[1];
  expect(src, 'the session page embeds the SessionStar server island').toBeDefined();
  const res = await http(`${app.url}${(src ?? '').replace(/&amp;/g, '&')}`, { headers: { Cookie: cookie } });
  return { html: await res.text(), res };
}

const accountStars = (userId: string) =>
  (
    app.db.prepare('SELECT session_slug FROM stars WHERE user_id = ? ORDER BY session_slug').all(userId) as {
      session_slug: string;
    }[]
  ).map((r) => r.session_slug);
const starCount = () => (app.db.prepare('SELECT count(*) AS n FROM stars').get() as { n: number }).n;

describe('the session page without JavaScript', () => {
  it('ships the star as a plain form in the island’s fallback, and no module script', async () => {
    const html = await (await http(`${app.url}/vi/sessions/${SLUG}/`)).text();
    expect(html).toContain(`action="/api/stars/${SLUG}?_action=stars.set&#38;lang=vi"`);
    expect(html).toContain('name="starred" value="1"');
    expect(html).toContain(calendarMessages.vi.star.label);
    expect(html).not.toMatch(/<script[^>]+type="module"[^>]+src=/);
    expect(html).not.toContain('<astro-island');
  });
});

describe('a visitor’s star', () => {
  it('goes into the stars cookie, back to the session page, and the island shows it', async () => {
    const res = await postStar({ slug: SLUG, starred: '1', lang: 'en' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/sessions/${SLUG}/#star-saved`);
    const set = starsCookieSet(res);
    expect(set?.pair).toBe(`${STARS_COOKIE}=${SLUG}`);
    expect(set?.line).toMatch(/Path=\//);
    expect(set?.line).toMatch(/SameSite=Lax/i);
    expect(set?.line).toMatch(/Max-Age=31536000/);
    expect(set?.line).not.toMatch(/HttpOnly/i);

    const starred = await island('en', SLUG, set!.pair);
    expect(starred.res.status).toBe(200);
    expect(starred.res.headers.get('cache-control')).toBe('private, no-store');
    expect(starred.html).toContain(`★</span>${calendarMessages.en.star.added}`);
    expect(starred.html).toContain('name="starred" value="0"');
    // Without the cookie the same island says "Add".
    const fresh = await island('en', SLUG);
    expect(fresh.html).toContain(`☆</span>${calendarMessages.en.star.label}`);
    expect(fresh.html).toContain('name="starred" value="1"');
    expect(starCount()).toBe(0);
  });

  it('adds to the stars already in the cookie and removes one, in the page’s language', async () => {
    const added = await postStar({ slug: OTHER, starred: '1', lang: 'vi' }, `${STARS_COOKIE}=${SLUG}`);
    expect(added.headers.get('location')).toBe(`/vi/sessions/${OTHER}/#star-saved`);
    expect(starsCookieSet(added)?.pair).toBe(`${STARS_COOKIE}=${SLUG}.${OTHER}`);
    const removed = await postStar({ slug: SLUG, starred: '0', lang: 'vi' }, `${STARS_COOKIE}=${SLUG}.${OTHER}`);
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe(`/vi/sessions/${SLUG}/#star-removed`);
    expect(starsCookieSet(removed)?.pair).toBe(`${STARS_COOKIE}=${OTHER}`);
    const vi = await island('vi', OTHER, starsCookieSet(removed)!.pair);
    expect(vi.html).toContain(calendarMessages.vi.star.added);
  });

  it('refuses a full cookie with a message instead of dropping a star', async () => {
    // 175 slugs of 19 characters and their dots: 3 499 characters, a full cookie.
    const many = Array.from(
      { length: Math.ceil(MAX_STARS_COOKIE_LENGTH / 20) },
      (_, i) => `session-number-${1000 + i}`,
    );
    const res = await postStar({ slug: SLUG, starred: '1', lang: 'en' }, `${STARS_COOKIE}=${many.join('.')}`);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(errorMessage('star-limit', 'en'));
    expect(starsCookieSet(res)).toBeUndefined();
  });
});

describe('a delegate’s star', () => {
  it('changes the account, not a cookie, and the island reads the account', async () => {
    const d = createAccount(app.db, app.url, { language: 'vi' });
    const res = await postStar({ slug: SLUG, starred: '1', lang: 'en' }, d.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/sessions/${SLUG}/#star-saved`);
    expect(starsCookieSet(res)).toBeUndefined();
    expect(accountStars(d.id)).toEqual([SLUG]);
    expect((await island('en', SLUG, d.cookie)).html).toContain(calendarMessages.en.star.added);
    // A stars cookie beside the session does not count for a delegate: the account does.
    expect((await island('en', OTHER, `${d.cookie}; ${STARS_COOKIE}=${OTHER}`)).html).toContain(
      calendarMessages.en.star.label,
    );
    await postStar({ slug: SLUG, starred: '0', lang: 'en' }, d.cookie);
    expect(accountStars(d.id)).toEqual([]);
  });

  it('refuses to star a cancelled session (409) and writes nothing', async () => {
    const d = createAccount(app.db, app.url);
    app.db.prepare('UPDATE programme_sessions SET cancelled_at = ? WHERE slug = ?').run(Date.now(), OTHER);
    try {
      const res = await postStar({ slug: OTHER, starred: '1', lang: 'en' }, d.cookie);
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(errorMessage('session-cancelled', 'en'));
      expect(accountStars(d.id)).toEqual([]);
      const visitor = await postStar({ slug: OTHER, starred: '1', lang: 'vi' });
      expect(visitor.status).toBe(409);
      expect(await visitor.text()).toContain(errorMessage('session-cancelled', 'vi'));
      expect(starsCookieSet(visitor)).toBeUndefined();
    } finally {
      app.db.prepare('UPDATE programme_sessions SET cancelled_at = NULL WHERE slug = ?').run(OTHER);
    }
  });
});

describe('bad star posts', () => {
  it('answers a slug that is no session with 404 and a message in the page’s language, writing nothing', async () => {
    const d = createAccount(app.db, app.url);
    for (const slug of ['no-such-session', 'Bad Slug!', '../../admin']) {
      const res = await postStar({ slug, starred: '1', lang: 'vi' }, d.cookie);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(errorMessage('unknown-session', 'vi'));
      expect(html).toContain('href="/vi/agenda/"');
    }
    const visitor = await postStar({ slug: 'no-such-session', starred: '1', lang: 'en' });
    expect(visitor.status).toBe(404);
    expect(await visitor.text()).toContain(errorMessage('unknown-session', 'en'));
    expect(starsCookieSet(visitor)).toBeUndefined();
    expect(accountStars(d.id)).toEqual([]);
  });

  it('answers a malformed form with 400 and a message, writing nothing, and ignores unknown fields', async () => {
    const res = await postStar({ slug: SLUG, starred: 'yes', lang: 'vi' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(errorMessage('invalid-request', 'vi'));
    expect(html).toContain(`href="/vi/sessions/${SLUG}/"`);
    expect(starsCookieSet(res)).toBeUndefined();
    // A field the form does not have is not read: the way back is always built by the server.
    const extra = await postStar({ slug: SLUG, starred: '1', lang: 'en', back: 'https://evil.example/' });
    expect(extra.status).toBe(303);
    expect(extra.headers.get('location')).toBe(`/en/sessions/${SLUG}/#star-saved`);
  });

  it('has nothing but the form at /api/stars/{slug}: a post without the action or a GET is a 4xx', async () => {
    const json = await http(`${app.url}/api/stars/${SLUG}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.url, Accept: 'application/json' },
      body: JSON.stringify({ slug: SLUG, starred: true }),
    });
    expect(json.status).toBe(404);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe('not-found');
    const get = await http(`${app.url}/api/stars/${SLUG}`, { redirect: 'manual' });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
    expect(starsCookieSet(json)).toBeUndefined();
  });

  it('refuses a cross-site post with 403 and writes nothing', async () => {
    const d = createAccount(app.db, app.url);
    const res = await postStar({ slug: SLUG, starred: '1', lang: 'en' }, d.cookie, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const fetchSite = await postStar({ slug: SLUG, starred: '1', lang: 'en' }, '', { 'Sec-Fetch-Site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    expect(starsCookieSet(fetchSite)).toBeUndefined();
    expect(accountStars(d.id)).toEqual([]);
  });
});

describe('signing in with stars in the cookie', () => {
  it('adds the cookie’s stars to the account and clears the cookie', async () => {
    const d = createAccount(app.db, app.url, { language: 'en' });
    app.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(await hashPassword('correct horse 42'), d.id);
    app.db.prepare('INSERT INTO stars (user_id, session_slug, created_at) VALUES (?, ?, ?)').run(d.id, OTHER, 1);
    const res = await http(`${app.url}/en/login/?_action=auth.login`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: app.url,
        Cookie: `${STARS_COOKIE}=${SLUG}.${OTHER}.no-such-session`,
      },
      body: formBody({ email: d.email, password: 'correct horse 42' }).toString(),
    });
    expect(res.status).toBe(303);
    expect(accountStars(d.id)).toEqual([OTHER, SLUG].sort());
    expect(starsCookieSet(res)?.line).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });
});

describe('the render cache and the stars cookie', () => {
  it('serves a cookie-less and a stars-cookie request for the agenda from the cache, alike', async () => {
    for (const path of ['/en/agenda/', '/vi/', '/en/showcase/']) {
      await rawGet(app.url + path);
      const plain = await rawGet(app.url + path);
      const starred = await rawGet(app.url + path, { cookie: `${STARS_COOKIE}=${SLUG}.${OTHER}` });
      expect(plain.headers['x-cache'], path).toBe('hit');
      expect(starred.headers['x-cache'], path).toBe('hit');
      expect(starred.headers.etag).toBe(plain.headers.etag);
    }
  });

  it('fills the cache from a stars-cookie request with the page every visitor gets', async () => {
    const path = '/en/agenda/?format=talk';
    const first = await rawGet(app.url + path, { cookie: `${STARS_COOKIE}=${SLUG}` });
    expect(first.headers['x-cache']).toBe('miss');
    const plain = await rawGet(app.url + path);
    expect(plain.headers['x-cache']).toBe('hit');
    expect(plain.body.equals(first.body)).toBe(true);
  });

  it('still keeps a signed-in request beside the stars cookie out of the cache', async () => {
    const d = createAccount(app.db, app.url);
    const res = await rawGet(`${app.url}/en/agenda/`, { cookie: `${STARS_COOKIE}=${SLUG}; ${d.cookie}` });
    expect(res.headers['x-cache']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('private, no-store');
  });
});
