// "Download my data": everything the platform holds about a delegate, as one JSON document
// (the right to data portability in the privacy notice). Secrets are left out: the password
// hash, session ids and calendar token are credentials, not personal data to hand around.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import {
  authSessions,
  calendarFeeds,
  consents,
  outbox,
  programmeSessions,
  reservations,
  stars,
  tickets,
  users,
} from '../../../db/schema';
import { CONSENT_TEXT_VERSION } from './consents';

// Verification and reset links carry single-use tokens: a credential, so the copy in the export loses it.
function withoutTokens(text: string): string {
  return text.replace(/([?&]token=)[^\s&#]+/g, '$1[removed]');
}

/** The export document for a user, or null if the account no longer exists. */
export function exportUserData(userId: string, now = new Date()): Record<string, unknown> | null {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const { passwordHash: _secret, ...account } = user;
  return {
    format: 'vietnam-asia-smart-city-summit/personal-data@1',
    exportedAt: now.toISOString(),
    privacyNoticeVersion: CONSENT_TEXT_VERSION,
    account,
    consents: db
      .select({
        kind: consents.kind,
        textVersion: consents.textVersion,
        givenAt: consents.givenAt,
        withdrawnAt: consents.withdrawnAt,
      })
      .from(consents)
      .where(eq(consents.userId, userId))
      .all(),
    ticket:
      db
        .select({ code: tickets.code, issuedAt: tickets.issuedAt, checkedInAt: tickets.checkedInAt })
        .from(tickets)
        .where(eq(tickets.userId, userId))
        .get() ?? null,
    reservations: db
      .select({
        session: reservations.sessionSlug,
        title: programmeSessions.titleEn,
        status: reservations.status,
        createdAt: reservations.createdAt,
        promotedAt: reservations.promotedAt,
      })
      .from(reservations)
      .innerJoin(programmeSessions, eq(programmeSessions.slug, reservations.sessionSlug))
      .where(eq(reservations.userId, userId))
      .all(),
    savedSessions: db
      .select({ session: stars.sessionSlug, createdAt: stars.createdAt })
      .from(stars)
      .where(eq(stars.userId, userId))
      .all(),
    calendarSubscription:
      db
        .select({ createdAt: calendarFeeds.createdAt })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.userId, userId))
        .get() ?? null,
    signInSessions: db
      .select({ createdAt: authSessions.createdAt, expiresAt: authSessions.expiresAt })
      .from(authSessions)
      .where(eq(authSessions.userId, userId))
      .all(),
    emailsSentToYou: db
      .select({ subject: outbox.subject, text: outbox.text, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
      .from(outbox)
      .where(eq(outbox.to, user.email))
      .all()
      .map((mail) => ({ ...mail, text: withoutTokens(mail.text) })),
  };
}
