// Login sessions as the Lucia guide describes: a random token in the cookie, only its
// SHA-256 in the database, sliding expiry while used, plus an absolute lifetime cap.
import { eq, and, ne } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { getDb } from '../../../../db/client';
import { authSessions, users, type Role } from '../../../../db/schema';
import type { Lang } from '../../i18n/locales';

const DAY = 24 * 60 * 60 * 1000;
/** A session lives this long after its last renewal… */
export const SESSION_IDLE_LIFETIME_MS = 30 * DAY;
/** …and never longer than this after sign-in, however often it is used. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 90 * DAY;

/** What pages and guards know about the signed-in person. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  fullName: string;
  language: Lang;
  emailVerified: boolean;
}

/** A stored session; `id` is the hash of the cookie's token, never the token. */
export interface LoginSession {
  id: string;
  userId: string;
  expiresAt: Date;
  createdAt: Date;
}

/** A validated session; `renewed` tells the caller to re-send the cookie with the new expiry. */
export type SessionValidation =
  { session: LoginSession & { renewed: boolean }; user: SessionUser } | { session: null; user: null };

/** 20 random bytes in lower-case base32: the secret that goes into the cookie. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored id for a token: a database leak does not hand out usable cookies. */
export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Stores a new session for the user and returns it (the token stays with the caller). */
export function createSession(token: string, userId: string, now = new Date()): LoginSession {
  const session: LoginSession = {
    id: sessionIdFromToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_LIFETIME_MS),
  };
  getDb().insert(authSessions).values(session).run();
  return session;
}

/** The expiry after a renewal at `now`: another idle lifetime, capped by the absolute one. */
export function renewedExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + SESSION_IDLE_LIFETIME_MS;
  const cap = createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_MS;
  return new Date(Math.min(idle, cap));
}

/** True when less than half the idle lifetime is left (the guide's renewal rule). */
export function needsRenewal(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() - now.getTime() < SESSION_IDLE_LIFETIME_MS / 2;
}

/** Looks the token up; deletes expired sessions, renews ones past half their life. */
export function validateSessionToken(token: string, now = new Date()): SessionValidation {
  const db = getDb();
  const id = sessionIdFromToken(token);
  const row = db
    .select({ session: authSessions, user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, id))
    .get();
  if (!row) return { session: null, user: null };
  const { session, user } = row;
  const hardEnd = session.createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_MS;
  if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= hardEnd) {
    db.delete(authSessions).where(eq(authSessions.id, id)).run();
    return { session: null, user: null };
  }
  let renewed = false;
  if (needsRenewal(session.expiresAt, now)) {
    const expiresAt = renewedExpiry(session.createdAt, now);
    if (expiresAt.getTime() > session.expiresAt.getTime()) {
      session.expiresAt = expiresAt;
      db.update(authSessions).set({ expiresAt }).where(eq(authSessions.id, id)).run();
      renewed = true;
    }
  }
  return {
    session: { ...session, renewed },
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      fullName: user.fullName,
      language: user.language,
      emailVerified: user.emailVerifiedAt !== null,
    },
  };
}

/** Ends one session (sign-out). */
export function invalidateSession(sessionId: string): void {
  getDb().delete(authSessions).where(eq(authSessions.id, sessionId)).run();
}

/** Ends every session of a user, optionally keeping the one in use (password change). */
export function invalidateUserSessions(userId: string, exceptSessionId?: string): void {
  const where = exceptSessionId
    ? and(eq(authSessions.userId, userId), ne(authSessions.id, exceptSessionId))
    : eq(authSessions.userId, userId);
  getDb().delete(authSessions).where(where).run();
}
