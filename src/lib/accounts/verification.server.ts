// Email verification: the link from the registration mail marks the address confirmed;
// a signed-in delegate can ask for a new link (rate-limited per account).
import { getDb } from '~db/client';
import { emailRequestAccountLimiter, type RateDecision } from '~/lib/server/auth/rate-limit';
import { queueEmail } from '~/lib/email/send.server';
import { absoluteUrl } from '~/lib/server/site-origin';
import { verificationEmail } from './emails';
import { consumeEmailToken, createEmailToken } from './email-tokens.server';
import { findVerificationTarget, markEmailVerified } from './users.server';

/** Confirms the address behind a verification token; false for an unknown, used or expired one. */
export function verifyEmail(token: string, now = new Date()): boolean {
  return getDb().transaction(
    (tx) => {
      const userId = consumeEmailToken(tx, token, 'verify-email', now);
      if (!userId) return false;
      markEmailVerified(tx, userId, now);
      return true;
    },
    { behavior: 'immediate' },
  );
}

/** Sends a fresh verification link to a signed-in user whose address is not confirmed yet. */
export async function resendVerification(userId: string): Promise<RateDecision> {
  const db = getDb();
  const user = findVerificationTarget(userId, db);
  if (!user || user.emailVerifiedAt) return { allowed: true };
  const limit = await emailRequestAccountLimiter.consume(user.id);
  if (!limit.allowed) return limit;
  const token = createEmailToken(db, user.id, 'verify-email');
  const mail = verificationEmail({
    lang: user.language,
    fullName: user.fullName,
    url: (l) => absoluteUrl(`/${l}/verify-email/?token=${encodeURIComponent(token)}`),
  });
  queueEmail({ to: user.email, ...mail });
  return { allowed: true };
}
