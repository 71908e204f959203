// A generated delegate population for the HTTP benchmark, written with direct SQL into the
// server's (temporary) database in one transaction: delegates with login sessions, stars,
// reservations in limited sessions and private calendar-feed tokens. 10,000 take about a second.
import type { SqliteDatabase } from '../db/sqlite';
import { randomBytes } from 'node:crypto';
import { generateSessionToken, sessionIdFromToken } from '../src/lib/server/auth/session';
import { sessionCookieName } from '../src/lib/server/auth/cookies';
import { generateFeedToken, hashFeedToken } from '../src/lib/calendar/feed-token.server';

export interface Population {
  /** Cookie header values, one per delegate. */
  cookies: string[];
  /** Private calendar-feed tokens, for a tenth of the delegates. */
  feedTokens: string[];
  stars: number;
  reservations: number;
}

/** Inserts `count` delegates; each stars about five sessions and every tenth holds a seat. */
export function populate(db: SqliteDatabase, siteUrl: string, count: number): Population {
  const slugs = (db.prepare('SELECT slug FROM programme_sessions').all() as { slug: string }[]).map((r) => r.slug);
  const limited = (
    db.prepare('SELECT slug FROM programme_sessions WHERE capacity IS NOT NULL').all() as { slug: string }[]
  ).map((r) => r.slug);
  // Room for everyone: the benchmark measures serving, not a full session's waitlist.
  db.prepare('UPDATE programme_sessions SET capacity = ? WHERE capacity IS NOT NULL').run(count * 2);
  const user = db.prepare(
    `INSERT INTO users (id, email, email_verified_at, password_hash, role, full_name, organisation, category, language, accessibility)
     VALUES (?, ?, ?, 'not-a-real-hash', 'delegate', ?, '', 'business', ?, '{"wheelchair":false,"signLanguage":false,"other":""}')`,
  );
  const session = db.prepare('INSERT INTO auth_sessions (id, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)');
  const star = db.prepare('INSERT OR IGNORE INTO stars (user_id, session_slug, created_at) VALUES (?, ?, ?)');
  const seat = db.prepare(
    "INSERT OR IGNORE INTO reservations (session_slug, user_id, status, created_at) VALUES (?, ?, 'confirmed', ?)",
  );
  const feed = db.prepare('INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)');
  const cookieName = sessionCookieName(siteUrl);
  const now = Date.now();
  const out: Population = { cookies: [], feedTokens: [], stars: 0, reservations: 0 };
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = randomBytes(12).toString('hex');
      user.run(id, `bench-${i}-${id}@example.test`, now, `Delegate ${i}`, i % 2 ? 'en' : 'vi');
      const token = generateSessionToken();
      session.run(sessionIdFromToken(token), id, now + 30 * 24 * 3600 * 1000, now);
      out.cookies.push(`${cookieName}=${token}`);
      for (let k = 0; k < 5 && slugs.length > 0; k++) {
        out.stars += star.run(id, slugs[(i * 7 + k * 13) % slugs.length], now).changes;
      }
      if (i % 10 === 0 && limited.length > 0) {
        out.reservations += seat.run(limited[i % limited.length], id, now).changes;
        const feedToken = generateFeedToken();
        feed.run(id, hashFeedToken(feedToken), now);
        out.feedTokens.push(feedToken);
      }
    }
  })();
  return out;
}
