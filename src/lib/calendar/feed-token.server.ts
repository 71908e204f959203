// The private calendar feed's token: 160 random bits in base32, only its SHA-256 stored,
// one per delegate, separate from the login session token, at most 10 new ones an hour.
// Never log a token.
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { getDb } from '~db/client';
import { calendarFeeds } from '~db/schema';
import { feedTokenLimiter } from '~/lib/server/auth/rate-limit';

/** 20 bytes → 32 lower-case base32 characters; anything else cannot be a token. */
export const FEED_TOKEN_PATTERN = /^[a-z2-7]{32}$/;

/** A fresh token with 160 bits of randomness. */
export function generateFeedToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** What the database keeps: a leaked table gives no working feed address. */
export function hashFeedToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Creates or replaces the delegate's token; the previous one stops working at once. Returns the new token. */
export function regenerateFeedToken(userId: string, now = new Date()): string {
  const token = generateFeedToken();
  const tokenHash = hashFeedToken(token);
  getDb()
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now } })
    .run();
  return token;
}

/**
 * A new token within the delegate's budget (10 an hour), or how long to wait. Revoking is never
 * limited: a leaked address must always be closable.
 */
export async function issueFeedToken(
  userId: string,
): Promise<{ ok: true; token: string } | { ok: false; retryAfterSec: number }> {
  const budget = await feedTokenLimiter.consume(userId);
  if (!budget.allowed) return { ok: false, retryAfterSec: budget.retryAfterSec };
  return { ok: true, token: regenerateFeedToken(userId) };
}

/** Seconds until the delegate may make a new token (0 when they may now), without counting. */
export async function feedTokenWaitSec(userId: string): Promise<number> {
  const budget = await feedTokenLimiter.check(userId);
  return budget.allowed ? 0 : budget.retryAfterSec;
}

/** Removes the delegate's token: the feed answers 404 until a new one is made. */
export function revokeFeedToken(userId: string): void {
  getDb().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run();
}

/** When the delegate's current token was made, or null when there is none. */
export function feedTokenCreatedAt(userId: string): Date | null {
  const row = getDb()
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .get();
  return row?.createdAt ?? null;
}

/** The delegate a token belongs to, or null (malformed, revoked or replaced). */
export function userIdForFeedToken(token: string): string | null {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const row = getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashFeedToken(token)))
    .get();
  return row?.userId ?? null;
}
