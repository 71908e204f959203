// Forgotten passwords: a reset link by email (same answer whether or not the address has an
// account), and a single-use, expiring token that sets the new password and ends every session.
import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '~db/client';
import { authSessions } from '~db/schema';
import { hashPassword } from '../server/auth/password';
import { emailRequestAccountLimiter, emailRequestAddressLimiter, type RateDecision } from '../server/auth/rate-limit';
import { queueEmail } from '~/lib/email/send.server';
import { REHEARSAL_USER_ID, rehearseWrite } from '~/lib/server/equal-work.server';
import { absoluteUrl } from '../server/site-origin';
import { consumeEmailToken, createEmailToken, endEmailTokens, isEmailTokenUsable } from './email-tokens.server';
import { passwordResetEmail } from './emails';
import { findAccountByEmail, markEmailVerified, setPasswordHash } from './users.server';

/**
 * Queues a reset link if the address has an account. The answer is the same either way, and so
 * is the work: an unknown address (or a spent account budget) counts against a budget of its
 * own and rehearses the same token and outbox writes, then rolls them back. Only a spent
 * address budget is reported, and that reveals nothing about the account.
 */
export async function requestPasswordReset(rawEmail: string, address: string): Promise<RateDecision> {
  const byAddress = await emailRequestAddressLimiter.consume(address);
  if (!byAddress.allowed) return byAddress;
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const user = findAccountByEmail(email);
  const budget = await emailRequestAccountLimiter.consume(user?.id ?? `unknown:${email}`);
  const db = getDb();
  const write = (tx: Tx, userId: string) => {
    const token = createEmailToken(tx, userId, 'reset-password');
    const mail = passwordResetEmail({
      lang: user?.language ?? 'vi',
      fullName: user?.fullName ?? email,
      resetUrl: (l) => absoluteUrl(`/${l}/reset-password/?token=${encodeURIComponent(token)}`),
    });
    queueEmail({ to: email, ...mail }, tx);
  };
  if (user && budget.allowed) db.transaction((tx) => write(tx, user.id), { behavior: 'immediate' });
  else rehearseWrite(db, (tx) => write(tx, user?.id ?? REHEARSAL_USER_ID));
  return { allowed: true };
}

/**
 * Sets a new password with a reset token: the token is spent, every session of the user ends,
 * every other reset link of the user dies, and the address counts as verified (the link proved
 * it). Returns the user, or null for a bad token.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<string | null> {
  // The token first: a bogus one costs a SHA-256 and one indexed lookup, never an argon2 hash
  // (19 MiB and tens of milliseconds each, which a flood of posts would turn into a slowdown).
  if (!isEmailTokenUsable(token, 'reset-password', now)) return null;
  const passwordHash = await hashPassword(newPassword);
  return getDb().transaction(
    (tx) => {
      // Spent here, atomically: of two posts racing with one token, one wins.
      const userId = consumeEmailToken(tx, token, 'reset-password', now);
      if (!userId) return null;
      setPasswordHash(tx, userId, passwordHash, now);
      markEmailVerified(tx, userId, now);
      tx.delete(authSessions).where(eq(authSessions.userId, userId)).run();
      endEmailTokens(tx, userId, 'reset-password');
      return userId;
    },
    { behavior: 'immediate' },
  );
}
