// Single-use tokens sent by email (verify an address, reset a password): the link carries
// a random token, the database keeps only its SHA-256, and a token works once before it expires.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '../../../db/client';
import { emailTokens } from '../../../db/schema';
import { generateSessionToken, sessionIdFromToken } from '../server/auth/session';

export type TokenPurpose = 'verify-email' | 'reset-password';

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 48 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
};

/** Creates a token for the user (inside the caller's transaction if given) and returns it for the link. */
export function createEmailToken(tx: Tx | Db, userId: string, purpose: TokenPurpose, now = new Date()): string {
  const token = generateSessionToken();
  // A new link replaces the older ones of the same purpose: only the latest email works.
  tx.delete(emailTokens)
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose)))
    .run();
  tx.insert(emailTokens)
    .values({
      id: sessionIdFromToken(token),
      userId,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    })
    .run();
  return token;
}

// The row of a token that still works: this purpose, never used, not yet expired.
function whereLive(token: string, purpose: TokenPurpose, now: Date) {
  return and(
    eq(emailTokens.id, sessionIdFromToken(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, now),
  );
}

/**
 * Marks the token used and returns its user, or null when it is unknown, used, expired or
 * for another purpose. The conditional UPDATE makes two simultaneous uses yield one success.
 */
export function consumeEmailToken(tx: Tx | Db, token: string, purpose: TokenPurpose, now = new Date()): string | null {
  if (token.length === 0 || token.length > 128) return null;
  const row = tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(whereLive(token, purpose, now))
    .returning({ userId: emailTokens.userId })
    .get();
  return row?.userId ?? null;
}

/** True when the token would be accepted now (the reset form checks before showing itself). */
export function isEmailTokenUsable(token: string, purpose: TokenPurpose, now = new Date()): boolean {
  if (token.length === 0 || token.length > 128) return false;
  const row = getDb()
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(whereLive(token, purpose, now))
    .get();
  return row !== undefined;
}

/** Ends every outstanding token of one purpose for the user (a changed password ends all reset links). */
export function endEmailTokens(tx: Tx | Db, userId: string, purpose: TokenPurpose): void {
  tx.delete(emailTokens)
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose)))
    .run();
}
