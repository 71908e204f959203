// Invitations to manage an organisation: a single-use, expiring emailed token (only its SHA-256
// stored), accepted by a signed-in account with the same email or by creating an exhibitor account.
/* eslint-disable @typescript-eslint/require-await -- portal steps share one async signature (callers await them); since email is queued, some no longer await anything themselves. */
import { and, eq, isNull } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { getDb } from '~db/client';
import { exhibitorInvitations, exhibitorMembers, users } from '~db/schema';
import { recordConsents } from '~/lib/accounts/consents.server';
import { queueEmail } from '~/lib/email/send.server';
import type { Lang } from '~/lib/i18n/locales';
import { LIMITS } from '~/lib/forms/fields';
import { newUserId } from '~/lib/accounts/ids';
import { hashPassword } from '~/lib/server/auth/password';
import { absoluteUrl } from '~/lib/server/site-origin';
import { localizedPath } from '~/lib/seo/alternates';
import { audit, membershipOf, requireOrganisationAccess, type Actor } from './access.server';
import { invitationEmail } from './emails';
import { ExhibitorError, parseInput } from './errors';
import { newRecordId } from './ids';
import { emailField, lineField } from './text-fields';
import { z } from 'zod';
import { findUserIdByEmail, insertInvitedExhibitor, setRole } from '~/lib/accounts/users.server';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
const INVITATION_TOKEN = /^[a-z2-7]{32}$/;

/** What the database keeps of a token: a leaked table gives no working link. */
export function hashInvitationToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * Invites an address to the organisation (organisers, or members who can manage) and emails the
 * link; returns the token (for tests and the demo seed — never log it).
 */
export async function inviteMember(
  actor: Actor | null,
  organisationId: string,
  input: { email: unknown; canManage?: boolean; lang: Lang },
  now = new Date(),
): Promise<string> {
  const email = parseInput(emailField, input.email);
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const org = getDb().transaction((tx) => {
    const { actor: a, org } = requireOrganisationAccess(tx, actor, organisationId, { manage: true });
    if (org.status !== 'approved') throw new ExhibitorError('organisation-not-approved');
    const id = newRecordId();
    tx.insert(exhibitorInvitations)
      .values({
        id,
        organisationId,
        email,
        tokenHash: hashInvitationToken(token),
        canManage: input.canManage ?? false,
        invitedBy: a.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      })
      .run();
    audit(tx, { actorId: a.id, action: 'member.invite', organisationId, subjectId: id }, now);
    return org;
  });
  const mail = invitationEmail({
    lang: input.lang,
    organisation: { vi: org.nameVi, en: org.nameEn },
    days: INVITATION_DAYS,
    acceptUrl: (l) => absoluteUrl(`${localizedPath(l, '/exhibitor/invitation/')}?token=${token}`),
  });
  queueEmail({ to: email, ...mail });
  return token;
}

const newAccountSchema = z
  .object({
    fullName: lineField(LIMITS.fullName, { required: true }),
    password: z.string().min(8, 'passwordShort').max(LIMITS.password, 'passwordLong'),
    language: z.enum(['vi', 'en']),
  })
  .strict();

/** The invitation a token stands for while it can still be used, or undefined. */
export function openInvitation(token: string, now = new Date()) {
  if (!INVITATION_TOKEN.test(token)) return undefined;
  const row = getDb()
    .select()
    .from(exhibitorInvitations)
    .where(eq(exhibitorInvitations.tokenHash, hashInvitationToken(token)))
    .get();
  return row && !row.acceptedAt && row.expiresAt > now ? row : undefined;
}

/**
 * Accepts an invitation. Signed in: links that account (its email must be the invited one).
 * Signed out: creates a verified exhibitor account (the token proves the address), unless the
 * address has an account already — then `sign-in-required`, so no one takes over an account.
 */
export async function acceptInvitation(
  token: string,
  actor: (Actor & { email: string }) | null,
  newAccount: unknown,
  now = new Date(),
): Promise<{ userId: string; organisationId: string; created: boolean }> {
  const invitation = openInvitation(token, now);
  if (!invitation) throw new ExhibitorError('invitation-invalid');
  const account = actor ? undefined : parseInput(newAccountSchema, newAccount);
  const passwordHash = account ? await hashPassword(account.password) : undefined;
  return getDb().transaction(
    (tx) => {
      // Used, expired or re-sent while we hashed: the conditional update is the single-use guard.
      const claimed = tx
        .update(exhibitorInvitations)
        .set({ acceptedAt: now })
        .where(and(eq(exhibitorInvitations.id, invitation.id), isNull(exhibitorInvitations.acceptedAt)))
        .run();
      if (claimed.changes !== 1) throw new ExhibitorError('invitation-invalid');
      let userId: string;
      let created = false;
      if (actor) {
        if (actor.email.toLowerCase() !== invitation.email) throw new ExhibitorError('invitation-email-mismatch');
        userId = actor.id;
        // A delegate becomes an exhibitor; an organiser keeps the wider role.
        if (actor.role === 'delegate') setRole(tx, userId, 'exhibitor', now);
      } else {
        if (findUserIdByEmail(invitation.email, tx)) throw new ExhibitorError('sign-in-required');
        userId = newUserId();
        insertInvitedExhibitor(
          tx,
          {
            id: userId,
            email: invitation.email,
            passwordHash: passwordHash!,
            fullName: account!.fullName,
            language: account!.language,
          },
          now,
        );
        recordConsents(tx, userId, ['registration'], now);
        created = true;
      }
      tx.update(exhibitorInvitations)
        .set({ acceptedBy: userId })
        .where(eq(exhibitorInvitations.id, invitation.id))
        .run();
      if (!membershipOf(tx, userId, invitation.organisationId)) {
        tx.insert(exhibitorMembers)
          .values({
            organisationId: invitation.organisationId,
            userId,
            canManage: invitation.canManage,
            createdAt: now,
          })
          .run();
      }
      audit(
        tx,
        { actorId: userId, action: 'member.join', organisationId: invitation.organisationId, subjectId: invitation.id },
        now,
      );
      return { userId, organisationId: invitation.organisationId, created };
    },
    { behavior: 'immediate' },
  );
}

/** Removes a member (organisers, or members who can manage); the last manager cannot be removed. */
export function removeMember(actor: Actor | null, organisationId: string, userId: string, now = new Date()): void {
  getDb().transaction((tx) => {
    const { actor: a } = requireOrganisationAccess(tx, actor, organisationId, { manage: true });
    const member = membershipOf(tx, userId, organisationId);
    if (!member) throw new ExhibitorError('not-found');
    if (member.canManage) {
      const managers = tx
        .select({ userId: exhibitorMembers.userId })
        .from(exhibitorMembers)
        .where(and(eq(exhibitorMembers.organisationId, organisationId), eq(exhibitorMembers.canManage, true)))
        .all();
      if (managers.length === 1 && a.role !== 'organiser') throw new ExhibitorError('last-manager');
    }
    tx.delete(exhibitorMembers)
      .where(and(eq(exhibitorMembers.organisationId, organisationId), eq(exhibitorMembers.userId, userId)))
      .run();
    audit(tx, { actorId: a.id, action: 'member.remove', organisationId, subjectId: userId }, now);
  });
}

/** The organisation's people (for its members and organisers). */
export function listMembers(actor: Actor | null, organisationId: string) {
  const db = getDb();
  requireOrganisationAccess(db, actor, organisationId);
  return db
    .select({ userId: users.id, fullName: users.fullName, email: users.email, canManage: exhibitorMembers.canManage })
    .from(exhibitorMembers)
    .innerJoin(users, eq(users.id, exhibitorMembers.userId))
    .where(eq(exhibitorMembers.organisationId, organisationId))
    .all();
}
