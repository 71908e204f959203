// Re-checking a signed-in user's own password before a sensitive change (new password,
// account deletion): wrong guesses spend a per-user budget. Not the sign-in budgets: the
// session already proves the browser, and guessing from elsewhere must not block the owner.
import { eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { users } from '~db/schema';
import { verifyPassword } from '~/lib/server/auth/password';
import { ownPasswordLimiter } from '~/lib/server/auth/rate-limit';

/** The outcome of the check, with the account's email on success. */
export type OwnPasswordCheck =
  | { status: 'ok'; email: string }
  | { status: 'no-account' }
  | { status: 'wrong' }
  | { status: 'rate-limited'; retryAfterSec: number };

/** Checks `password` against the user's hash, unless the user's budget of wrong guesses is spent. */
export async function checkOwnPassword(userId: string, password: string): Promise<OwnPasswordCheck> {
  const user = getDb()
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return { status: 'no-account' };
  const budget = await ownPasswordLimiter.check(userId);
  if (!budget.allowed) return { status: 'rate-limited', retryAfterSec: budget.retryAfterSec };
  if (!(await verifyPassword(user.passwordHash, password))) {
    await ownPasswordLimiter.consume(userId);
    return { status: 'wrong' };
  }
  return { status: 'ok', email: user.email };
}
