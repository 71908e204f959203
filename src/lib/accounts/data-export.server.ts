// "Download my data": everything the platform holds about a delegate, as one JSON document
// (the right to data portability in the privacy notice). Secrets are left out: the password
// hash, session ids and calendar token are credentials, not personal data to hand around.
import { eq, or } from 'drizzle-orm';
import { getDb, type Db } from '~db/client';
import {
  authSessions,
  calendarFeeds,
  consents,
  emailTokens,
  enquiries,
  exhibitorInvitations,
  exhibitorMembers,
  exhibitorOrganisations,
  leads,
  moderationLog,
  outbox,
  productRevisions,
  programmeSessions,
  reservations,
  stars,
  tickets,
  users,
} from '~db/schema';
import { CONSENT_TEXT_VERSION } from '~/lib/accounts/consents';

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
    // The links mailed to the person (verification, reset): when and what for, never the token's hash.
    emailLinks: db
      .select({
        purpose: emailTokens.purpose,
        createdAt: emailTokens.createdAt,
        expiresAt: emailTokens.expiresAt,
        usedAt: emailTokens.usedAt,
      })
      .from(emailTokens)
      .where(eq(emailTokens.userId, userId))
      .all(),
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
    ...exhibitorData(db, userId, user.email),
  };
}

// What the exhibitor portal holds about the person: the organisations they manage or were invited
// to, the enquiries they sent, the booths that recorded meeting them (with the exhibitor's note),
// and what they did in moderation. Invitation token hashes are credentials and stay out.
function exhibitorData(db: Db, userId: string, email: string) {
  const organisation = exhibitorOrganisations.nameEn;
  return {
    exhibitorMemberships: db
      .select({ organisation, canManage: exhibitorMembers.canManage, since: exhibitorMembers.createdAt })
      .from(exhibitorMembers)
      .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorMembers.organisationId))
      .where(eq(exhibitorMembers.userId, userId))
      .all(),
    exhibitorInvitations: db
      .select({
        organisation,
        canManage: exhibitorInvitations.canManage,
        createdAt: exhibitorInvitations.createdAt,
        expiresAt: exhibitorInvitations.expiresAt,
        acceptedAt: exhibitorInvitations.acceptedAt,
      })
      .from(exhibitorInvitations)
      .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorInvitations.organisationId))
      .where(or(eq(exhibitorInvitations.email, email), eq(exhibitorInvitations.acceptedBy, userId)))
      .all(),
    enquiriesSent: db
      .select({
        organisation,
        message: enquiries.message,
        sharedEmail: enquiries.shareEmail,
        createdAt: enquiries.createdAt,
        readAt: enquiries.readAt,
      })
      .from(enquiries)
      .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, enquiries.organisationId))
      .where(eq(enquiries.fromUserId, userId))
      .all(),
    metAtBooths: db
      .select({ organisation, note: leads.note, rating: leads.rating, createdAt: leads.createdAt })
      .from(leads)
      .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, leads.organisationId))
      .where(eq(leads.delegateId, userId))
      .all(),
    productRevisionsWritten: db
      .select({
        revision: productRevisions.id,
        number: productRevisions.number,
        status: productRevisions.status,
        createdAt: productRevisions.createdAt,
        submittedAt: productRevisions.submittedAt,
      })
      .from(productRevisions)
      .where(or(eq(productRevisions.createdBy, userId), eq(productRevisions.submittedBy, userId)))
      .all(),
    moderationActions: db
      .select({
        action: moderationLog.action,
        subject: moderationLog.subjectId,
        reason: moderationLog.reason,
        at: moderationLog.at,
      })
      .from(moderationLog)
      .where(eq(moderationLog.actorId, userId))
      .all(),
  };
}
