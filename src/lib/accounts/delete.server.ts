// Account deletion: the password confirms it, then one transaction releases the delegate's
// seats (promoting the waitlist), removes the emails addressed to them and deletes the user,
// which cascades to sessions, consents, tokens, ticket, reservations, stars and calendar feed.
import { eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { outbox, users } from '~db/schema';
import { loginAccountCeilingLimiter, ownPasswordLimiter } from '~/lib/server/auth/rate-limit';
import { checkOwnPassword } from '~/lib/accounts/own-password.server';
import { notifyPromotions, releaseSeatsOf } from '~/lib/seats/seats.server';
import { markProfilesChanged } from '~/lib/matchmaking/profiles-version.server';

/** Whether the account was deleted, or why not. */
export type DeleteResult =
  { ok: true } | { ok: false; reason: 'wrong-password' | 'rate-limited'; retryAfterSec?: number };

/** Deletes the account after checking its password; promoted delegates are emailed afterwards. */
export async function deleteAccount(userId: string, password: string, now = new Date()): Promise<DeleteResult> {
  const check = await checkOwnPassword(userId, password.slice(0, 1024));
  if (check.status === 'no-account') return { ok: true };
  if (check.status === 'rate-limited') return { ok: false, reason: 'rate-limited', retryAfterSec: check.retryAfterSec };
  if (check.status === 'wrong') return { ok: false, reason: 'wrong-password' };
  const { email } = check;
  const promotions = getDb().transaction(
    (tx) => {
      const promoted = releaseSeatsOf(tx, userId, now);
      tx.delete(outbox).where(eq(outbox.to, email)).run();
      tx.delete(users).where(eq(users.id, userId)).run();
      return promoted;
    },
    { behavior: 'immediate' },
  );
  markProfilesChanged();
  await Promise.all([loginAccountCeilingLimiter.reset(email), ownPasswordLimiter.reset(userId)]);
  await notifyPromotions(promotions);
  return { ok: true };
}
