// "Download my data", the exhibitor portal's part: what it holds about the person (see
// data-export.server.ts for the whole document).
import { eq, or } from 'drizzle-orm';
import type { Db } from '~db/client';
import {
  enquiries,
  exhibitorInvitations,
  exhibitorMembers,
  exhibitorOrganisations,
  leads,
  moderationLog,
  productRevisions,
} from '~db/schema';

// What the exhibitor portal holds about the person: the organisations they manage or were invited
// to, the enquiries they sent, the booths that recorded meeting them (with the exhibitor's note),
// and what they did in moderation. Invitation token hashes are credentials and stay out.
/** The exhibitor portal's records about a person, for their data download. */
export function exhibitorData(db: Db, userId: string, email: string) {
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
