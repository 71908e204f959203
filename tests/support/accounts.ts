// Test fixtures for accounts: users and signed-in sessions written straight into the
// server's database (the Lucia-guide layout: only the token's SHA-256 is stored).
import type { SqliteDatabase } from '../../db/sqlite';
import { randomUUID } from 'node:crypto';
import { generateSessionToken, sessionIdFromToken } from '../../src/lib/server/auth/session';
import { sessionCookieName } from '../../src/lib/server/auth/cookies';

export interface TestAccount {
  id: string;
  email: string;
  fullName: string;
  /** The Cookie header value that signs this account in. */
  cookie: string;
}

export interface AccountOptions {
  role?: 'delegate' | 'exhibitor' | 'organiser';
  language?: 'vi' | 'en';
  fullName?: string;
  category?: string;
  organisation?: string;
  accessibility?: { wheelchair: boolean; signLanguage: boolean; other: string };
  /** False for an account whose email address has not been confirmed yet (default: confirmed). */
  emailVerified?: boolean;
}

/** Inserts an account (email confirmed unless asked otherwise) with a live session; `siteUrl` picks the cookie name as the server does. */
export function createAccount(db: SqliteDatabase, siteUrl: string, options: AccountOptions = {}): TestAccount {
  const id = randomUUID();
  const email = `${id}@example.test`;
  const fullName = options.fullName ?? `Delegate ${id.slice(0, 8)}`;
  const now = Date.now();
  db.prepare(
    `INSERT INTO users (id, email, email_verified_at, password_hash, role, full_name, organisation, category, language, accessibility)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    email,
    options.emailVerified === false ? null : now,
    'not-a-real-hash',
    options.role ?? 'delegate',
    fullName,
    options.organisation ?? '',
    options.category ?? '',
    options.language ?? 'en',
    JSON.stringify(options.accessibility ?? { wheelchair: false, signLanguage: false, other: '' }),
  );
  const token = generateSessionToken();
  db.prepare('INSERT INTO auth_sessions (id, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)').run(
    sessionIdFromToken(token),
    id,
    now + 30 * 24 * 3600 * 1000,
    now,
  );
  return { id, email, fullName, cookie: `${sessionCookieName(siteUrl)}=${token}` };
}

/** Many accounts in one transaction (fast enough for hundreds). */
export function createAccounts(
  db: SqliteDatabase,
  siteUrl: string,
  count: number,
  options: AccountOptions = {},
): TestAccount[] {
  return db.transaction(() => Array.from({ length: count }, () => createAccount(db, siteUrl, options)))();
}
