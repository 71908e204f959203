// Sessions on a real (temporary) database: token format, hashed ids, sliding renewal and the absolute cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { closeDb, getSqlite } from '../../../../db/client';
import {
  createSession,
  generateSessionToken,
  invalidateSession,
  invalidateUserSessions,
  renewedExpiry,
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_IDLE_LIFETIME_MS,
  sessionIdFromToken,
  validateSessionToken,
} from '../../../../src/lib/server/auth/session';

const DAY = 24 * 3600 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'summit-session-'));
const T0 = new Date('2025-12-01T00:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

function addUser(id: string) {
  getSqlite()
    .prepare(
      "INSERT INTO users (id, email, password_hash, full_name, role, language) VALUES (?, ?, 'x', 'Test Delegate', 'delegate', 'en')",
    )
    .run(id, `${id}@example.test`);
}

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
  addUser('u1');
  addUser('u2');
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('session tokens', () => {
  it('are 160 random bits in lower-case base32, never repeated', () => {
    const tokens = new Set(Array.from({ length: 200 }, generateSessionToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[a-z2-7]{32}$/);
  });

  it('are stored only as their SHA-256', () => {
    const token = generateSessionToken();
    expect(sessionIdFromToken(token)).toBe(encodeHexLowerCase(sha256(new TextEncoder().encode(token))));
    const session = createSession(token, 'u1', T0);
    expect(session.id).not.toBe(token);
    expect(getSqlite().prepare('SELECT count(*) AS n FROM auth_sessions WHERE id = ?').get(token)).toEqual({ n: 0 });
  });
});

describe('validateSessionToken', () => {
  it('returns the user behind a live session, and nothing for an unknown token', () => {
    const token = generateSessionToken();
    createSession(token, 'u1', T0);
    const result = validateSessionToken(token, at(1));
    expect(result.user).toMatchObject({ id: 'u1', role: 'delegate', language: 'en', emailVerified: false });
    expect(validateSessionToken(generateSessionToken(), at(1))).toEqual({ session: null, user: null });
  });

  it('renews a session used after half its idle lifetime, and leaves a fresh one alone', () => {
    const token = generateSessionToken();
    createSession(token, 'u1', T0);
    expect(validateSessionToken(token, at(10)).session?.renewed).toBe(false);
    const renewed = validateSessionToken(token, at(20)).session;
    expect(renewed?.renewed).toBe(true);
    expect(renewed?.expiresAt.getTime()).toBe(at(20).getTime() + SESSION_IDLE_LIFETIME_MS);
  });

  it('ends a session left idle past its expiry', () => {
    const token = generateSessionToken();
    createSession(token, 'u1', T0);
    expect(validateSessionToken(token, at(31)).session).toBeNull();
    expect(
      getSqlite().prepare('SELECT count(*) AS n FROM auth_sessions WHERE id = ?').get(sessionIdFromToken(token)),
    ).toEqual({ n: 0 });
  });

  it('ends even a constantly used session at its absolute lifetime', () => {
    const token = generateSessionToken();
    createSession(token, 'u1', T0);
    for (let day = 16; day < 90; day += 16) expect(validateSessionToken(token, at(day)).session).not.toBeNull();
    expect(renewedExpiry(T0, at(80)).getTime()).toBe(T0.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
    expect(validateSessionToken(token, at(90)).session).toBeNull();
  });
});

describe('invalidating sessions', () => {
  it('ends one session, or all of a user’s except the one kept', () => {
    const [a, b, c, other] = [
      generateSessionToken(),
      generateSessionToken(),
      generateSessionToken(),
      generateSessionToken(),
    ];
    const sa = createSession(a, 'u2', T0);
    createSession(b, 'u2', T0);
    const sc = createSession(c, 'u2', T0);
    createSession(other, 'u1', T0);
    invalidateSession(sa.id);
    expect(validateSessionToken(a, at(1)).session).toBeNull();
    invalidateUserSessions('u2', sc.id);
    expect(validateSessionToken(b, at(1)).session).toBeNull();
    expect(validateSessionToken(c, at(1)).session).not.toBeNull();
    expect(validateSessionToken(other, at(1)).session).not.toBeNull();
    invalidateUserSessions('u2');
    expect(validateSessionToken(c, at(1)).session).toBeNull();
  });
});
