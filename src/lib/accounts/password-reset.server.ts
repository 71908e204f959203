// Forgotten passwords: a reset link by email (same answer whether or not the address has an
// account), and a single-use, expiring token that sets the new password and ends every session.
import { eq, isNull, and } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { authSessions, users } from '../../../db/schema';
import { hashPassword } from '../server/auth/password';
import { emailRequestAccountLimiter, emailRequestAddressLimiter, type RateDecision } from '../server/auth/rate-limit';
import { sendEmail } from '../email/send.server';
import { absoluteUrl } from '../server/site-origin';
import { consumeEmailToken, createEmailToken, endEmailTokens, isEmailTokenUsable } from './email-tokens.server';
import { passwordResetEmail } from './emails';
import { findAccountByEmail } from './users.server';

/**
 * Sends a reset link if the address has an account. The answer is the same either way;
 * only a spent address budget is reported, and that reveals nothing about the account.
 */
export async function requestPasswordReset(rawEmail: string, address: string): Promise<RateDecision> {
  const byAddress = await emailRequestAddressLimiter.consume(address);
  if (!byAddress.allowed) return byAddress;
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const user = findAccountByEmail(email);
  if (!user) return { allowed: true };
  if (!(await emailRequestAccountLimiter.consume(user.id)).allowed) return { allowed: true };
  const token = createEmailToken(getDb(), user.id, 'reset-password');
  const mail = passwordResetEmail({
    lang: user.language,
    fullName: user.fullName,
    resetUrl: (l) => absoluteUrl(`/${l}/reset-password/?token=${encodeURIComponent(token)}`),
  });
  await sendEmail({ to: email, ...mail });
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
      tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId)).run();
      tx.update(users)
        .set({ emailVerifiedAt: now })
        .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
        .run();
      tx.delete(authSessions).where(eq(authSessions.userId, userId)).run();
      endEmailTokens(tx, userId, 'reset-password');
      return userId;
    },
    { behavior: 'immediate' },
  );
}
