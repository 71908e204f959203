// Exhibitor organisations: organisers create them (optionally linked to content/exhibitors),
// the public applies and organisers decide, members edit their profile. Each call checks access.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { exhibitorMembers, exhibitorOrganisations } from '~db/schema';
import { queueEmail } from '~/lib/email/send.server';
import { audit, requireActor, requireOrganisationAccess, requireOrganiser, type Actor } from './access.server';
import { applicationDecisionEmail } from './emails';
import { inviteMember } from './invitations.server';
import { ExhibitorError, parseInput as parse } from './errors';
import { newRecordId } from './ids';
import {
  organisationApplicationSchema,
  organisationCreateSchema,
  organisationProfileSchema,
  reasonSchema,
} from './organisation-input';

/** Creates an approved organisation (organisers only); returns its id. */
export function createOrganisation(actor: Actor | null, input: unknown, now = new Date()): string {
  const a = requireOrganiser(actor);
  const data = parse(organisationCreateSchema, input);
  const id = newRecordId();
  getDb().transaction((tx) => {
    if (data.contentId) {
      const linked = tx
        .select()
        .from(exhibitorOrganisations)
        .where(eq(exhibitorOrganisations.contentId, data.contentId))
        .get();
      if (linked) throw new ExhibitorError('invalid-input', { contentId: 'taken' });
    }
    tx.insert(exhibitorOrganisations)
      .values({
        id,
        ...data,
        contentId: data.contentId ?? null,
        status: 'approved',
        decidedBy: a.id,
        decidedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    audit(tx, { actorId: a.id, action: 'organisation.create', organisationId: id, subjectId: id }, now);
  });
  return id;
}

/** Adds an existing account to an organisation (organisers only: the seed, support cases). */
export function addExistingMember(
  actor: Actor | null,
  organisationId: string,
  userId: string,
  canManage: boolean,
  now = new Date(),
): void {
  const a = requireOrganiser(actor);
  getDb().transaction((tx) => {
    requireOrganisationAccess(tx, a, organisationId);
    tx.insert(exhibitorMembers)
      .values({ organisationId, userId, canManage, createdAt: now })
      .onConflictDoNothing()
      .run();
    audit(tx, { actorId: a.id, action: 'member.add', organisationId, subjectId: userId }, now);
  });
}

/** Records a public application (no account needed); it waits for an organiser. Returns its id. */
export function applyForOrganisation(input: unknown, now = new Date()): string {
  const data = parse(organisationApplicationSchema, input);
  const id = newRecordId();
  getDb().transaction((tx) => {
    tx.insert(exhibitorOrganisations)
      .values({ id, ...data, status: 'pending', createdAt: now, updatedAt: now })
      .run();
    audit(tx, { actorId: null, action: 'organisation.apply', organisationId: id, subjectId: id }, now);
  });
  return id;
}

/** Approves or rejects a pending application (organisers only), writes to the applicant and, if approved, invites them as manager. */
export async function decideApplication(
  actor: Actor | null,
  organisationId: string,
  decision: { approve: true } | { approve: false; reason: unknown },
  now = new Date(),
): Promise<void> {
  const a = requireOrganiser(actor);
  const reason = decision.approve ? undefined : parse(reasonSchema, decision.reason);
  const org = getDb().transaction((tx) => {
    const row = tx.select().from(exhibitorOrganisations).where(eq(exhibitorOrganisations.id, organisationId)).get();
    if (!row) throw new ExhibitorError('not-found');
    if (row.status !== 'pending') throw new ExhibitorError('already-decided');
    tx.update(exhibitorOrganisations)
      .set({
        status: decision.approve ? 'approved' : 'rejected',
        rejectionReason: reason ?? null,
        decidedBy: a.id,
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(exhibitorOrganisations.id, organisationId))
      .run();
    audit(
      tx,
      {
        actorId: a.id,
        action: decision.approve ? 'organisation.approve' : 'organisation.reject',
        organisationId,
        subjectId: organisationId,
        ...(reason ? { reason } : {}),
      },
      now,
    );
    return row;
  });
  if (org.contactEmail) {
    const mail = applicationDecisionEmail({
      lang: org.contactLanguage,
      organisation: { vi: org.nameVi, en: org.nameEn },
      approved: decision.approve,
      reason,
    });
    queueEmail({ to: org.contactEmail, ...mail });
    // The applicant becomes the organisation's first manager through the usual invitation.
    if (decision.approve)
      await inviteMember(
        a,
        organisationId,
        { email: org.contactEmail, canManage: true, lang: org.contactLanguage },
        now,
      );
  }
}

/** Updates an organisation's profile (its members or organisers); extra fields are refused. */
export function updateOrganisationProfile(
  actor: Actor | null,
  organisationId: string,
  input: unknown,
  now = new Date(),
): void {
  const data = parse(organisationProfileSchema, input);
  const db = getDb();
  db.transaction((tx) => {
    requireOrganisationAccess(tx, actor, organisationId);
    tx.update(exhibitorOrganisations)
      .set({ ...data, updatedAt: now })
      .where(eq(exhibitorOrganisations.id, organisationId))
      .run();
  });
}

/** The organisations the actor belongs to (the portal's home), by name. */
export function organisationsOf(actor: Actor | null) {
  const a = requireActor(actor);
  return getDb()
    .select({
      id: exhibitorOrganisations.id,
      nameVi: exhibitorOrganisations.nameVi,
      nameEn: exhibitorOrganisations.nameEn,
      status: exhibitorOrganisations.status,
      canManage: exhibitorMembers.canManage,
    })
    .from(exhibitorMembers)
    .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorMembers.organisationId))
    .where(eq(exhibitorMembers.userId, a.id))
    .orderBy(asc(exhibitorOrganisations.nameEn))
    .all();
}

/** One organisation's profile, for its members or organisers. */
export function getOrganisation(actor: Actor | null, organisationId: string) {
  return requireOrganisationAccess(getDb(), actor, organisationId).org;
}

/** Pending applications, oldest first (organisers' moderation queue). */
export function pendingApplications(actor: Actor | null) {
  requireOrganiser(actor);
  return getDb()
    .select()
    .from(exhibitorOrganisations)
    .where(eq(exhibitorOrganisations.status, 'pending'))
    .orderBy(asc(exhibitorOrganisations.createdAt))
    .all();
}
