// A delegate's own account: reading it for /me/, saving the profile, changing the password.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { users } from '../../../db/schema';
import { hashPassword } from '../server/auth/password';
import { invalidateUserSessions } from '../server/auth/session';
import { checkOwnPassword } from './own-password.server';
import { endEmailTokens } from './email-tokens.server';
import { activeConsents, applyOptionalConsents, type ActiveConsent } from './consents.server';
import type { ProfileUpdate, ProfileValues } from './forms';
import { profileColumns } from './profile';
import type { Lang } from '../i18n/locales';

/** What /me/ shows about the signed-in delegate. */
export interface AccountView {
  email: string;
  emailVerified: boolean;
  language: Lang;
  profile: ProfileValues;
  consents: ActiveConsent[];
}

/** The account of a user, or null if it no longer exists. */
export function getAccount(userId: string): AccountView | null {
  const u = getDb().select().from(users).where(eq(users.id, userId)).get();
  if (!u) return null;
  const consents = activeConsents(userId);
  return {
    email: u.email,
    emailVerified: u.emailVerifiedAt !== null,
    language: u.language,
    consents,
    profile: {
      fullName: u.fullName,
      organisation: u.organisation,
      jobTitle: u.jobTitle,
      country: u.country,
      category: u.category,
      topics: u.topics,
      language: u.language,
      wheelchair: u.accessibility.wheelchair,
      signLanguage: u.accessibility.signLanguage,
      accessibilityOther: u.accessibility.other,
      consentAccessibility: consents.some((c) => c.kind === 'accessibility'),
    },
  };
}

/** Saves a validated profile; the accessibility consent is recorded or withdrawn with it. */
export function updateProfile(userId: string, data: ProfileUpdate, now = new Date()): void {
  getDb().transaction(
    (tx) => {
      tx.update(users)
        .set({ ...profileColumns(data), updatedAt: now })
        .where(eq(users.id, userId))
        .run();
      applyOptionalConsents(tx, userId, { accessibility: data.consentAccessibility }, now);
    },
    { behavior: 'immediate' },
  );
}

/** Why a password change failed, if it did. */
export type PasswordChange =
  { ok: true } | { ok: false; reason: 'wrong-current' | 'rate-limited'; retryAfterSec?: number };

/**
 * Changes the password after checking the current one (wrong guesses count against the
 * account's sign-in budget), ends every other session and every outstanding reset link.
 */
export async function changePassword(
  userId: string,
  keepSessionId: string,
  current: string,
  next: string,
): Promise<PasswordChange> {
  const check = await checkOwnPassword(userId, current);
  if (check.status === 'rate-limited') return { ok: false, reason: 'rate-limited', retryAfterSec: check.retryAfterSec };
  if (check.status !== 'ok') return { ok: false, reason: 'wrong-current' };
  const passwordHash = await hashPassword(next);
  getDb().transaction(
    (tx) => {
      tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId)).run();
      // A reset link mailed before the change must not undo it.
      endEmailTokens(tx, userId, 'reset-password');
    },
    { behavior: 'immediate' },
  );
  invalidateUserSessions(userId, keepSessionId);
  return { ok: true };
}
