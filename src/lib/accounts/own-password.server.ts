// Re-checking a signed-in user's own password before a sensitive change (new password,
// account deletion): wrong guesses spend the same per-account budget as signing in.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { users } from '../../../db/schema';
import { verifyPassword } from '../server/auth/password';
import { loginAccountLimiter } from '../server/auth/rate-limit';

/** The outcome of the check; `email` is the account's sign-in budget key. */
export type OwnPasswordCheck =
  | { status: 'ok'; email: string }
  | { status: 'no-account' }
  | { status: 'wrong' }
  | { status: 'rate-limited'; retryAfterSec: number };

/** Checks `password` against the user's hash, unless the account's sign-in budget is spent. */
export async function checkOwnPassword(userId: string, password: string): Promise<OwnPasswordCheck> {
  const user = getDb()
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return { status: 'no-account' };
  const budget = await loginAccountLimiter.check(user.email);
  if (!budget.allowed) return { status: 'rate-limited', retryAfterSec: budget.retryAfterSec };
  if (!(await verifyPassword(user.passwordHash, password))) {
    await loginAccountLimiter.consume(user.email);
    return { status: 'wrong' };
  }
  return { status: 'ok', email: user.email };
}
