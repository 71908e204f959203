// Account deletion: the password confirms it, then one transaction releases the delegate's
// seats (promoting the waitlist), removes the emails addressed to them and deletes the user,
// which cascades to sessions, consents, tokens, ticket, reservations, stars and calendar feed.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { outbox, users } from '../../../db/schema';
import { verifyPassword } from '../server/auth/password';
import { loginAccountLimiter } from '../server/auth/rate-limit';
import { notifyPromotions, releaseSeatsOf } from '../seats/seats.server';

/** Whether the account was deleted, or why not. */
export type DeleteResult =
  { ok: true } | { ok: false; reason: 'wrong-password' | 'rate-limited'; retryAfterSec?: number };

/** Deletes the account after checking its password; promoted delegates are emailed afterwards. */
export async function deleteAccount(userId: string, password: string, now = new Date()): Promise<DeleteResult> {
  const db = getDb();
  const user = db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return { ok: true };
  const budget = await loginAccountLimiter.check(user.email);
  if (!budget.allowed) return { ok: false, reason: 'rate-limited', retryAfterSec: budget.retryAfterSec };
  if (!(await verifyPassword(user.passwordHash, password.slice(0, 1024)))) {
    await loginAccountLimiter.consume(user.email);
    return { ok: false, reason: 'wrong-password' };
  }
  const promotions = db.transaction(
    (tx) => {
      const promoted = releaseSeatsOf(tx, userId, now);
      tx.delete(outbox).where(eq(outbox.to, user.email)).run();
      tx.delete(users).where(eq(users.id, userId)).run();
      return promoted;
    },
    { behavior: 'immediate' },
  );
  await loginAccountLimiter.reset(user.email);
  await notifyPromotions(promotions);
  return { ok: true };
}
