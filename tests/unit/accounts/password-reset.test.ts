// Password reset (src/lib/accounts/password-reset.server.ts) on a temporary database: the token
// is checked before the new password is hashed, and a reset ends every reset link of the user.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb, getSqlite } from '~db/client';
import type * as Passwords from '~/lib/server/auth/password';
import { createAccount } from '../../support/accounts';

const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('~/lib/server/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof Passwords>();
  return {
    ...real,
    hashPassword: (password: string) => {
      hashes.count++;
      return real.hashPassword(password);
    },
  };
});
const { resetPassword } = await import('~/lib/accounts/password-reset.server');
const { createEmailToken, isEmailTokenUsable } = await import('~/lib/accounts/email-tokens.server');

const dir = mkdtempSync(join(tmpdir(), 'summit-reset-'));
beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  hashes.count = 0;
});

const newUser = () => createAccount(getSqlite(), 'http://127.0.0.1').id;

describe('resetting a password', () => {
  it('refuses unknown, empty and oversized tokens without hashing the new password', async () => {
    for (const token of ['bogus', '', 'x'.repeat(129), 'a'.repeat(32)]) {
      expect(await resetPassword(token, 'a perfectly valid password')).toBeNull();
    }
    expect(hashes.count).toBe(0);
  });

  it('refuses a used or expired token without hashing', async () => {
    const userId = newUser();
    const old = createEmailToken(getDb(), userId, 'reset-password', new Date(Date.now() - 2 * 3600_000));
    expect(await resetPassword(old, 'a perfectly valid password')).toBeNull();
    const token = createEmailToken(getDb(), userId, 'reset-password');
    expect(await resetPassword(token, 'a perfectly valid password')).toBe(userId);
    expect(hashes.count).toBe(1);
    expect(await resetPassword(token, 'another valid password')).toBeNull();
    expect(hashes.count).toBe(1);
  });

  it('ends every other reset link of the user, and no one else’s', async () => {
    const userId = newUser();
    const someoneElse = newUser();
    const first = createEmailToken(getDb(), userId, 'reset-password');
    // A second live link (createEmailToken would replace the first, so write it directly).
    const second = 'second-live-link-token-aaaaaaaaaa';
    const { sessionIdFromToken } = await import('~/lib/server/auth/session');
    getSqlite()
      .prepare(
        "INSERT INTO email_tokens (id, user_id, purpose, created_at, expires_at) VALUES (?, ?, 'reset-password', ?, ?)",
      )
      .run(sessionIdFromToken(second), userId, Date.now(), Date.now() + 3600_000);
    const theirs = createEmailToken(getDb(), someoneElse, 'reset-password');
    const verify = createEmailToken(getDb(), userId, 'verify-email');

    expect(await resetPassword(first, 'a perfectly valid password')).toBe(userId);
    expect(isEmailTokenUsable(second, 'reset-password')).toBe(false);
    expect(isEmailTokenUsable(theirs, 'reset-password')).toBe(true);
    expect(isEmailTokenUsable(verify, 'verify-email')).toBe(true);
  });
});
