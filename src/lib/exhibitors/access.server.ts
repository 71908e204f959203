// Who may act on an organisation: organisers on all, its members on their own, managers to invite
// and remove. Every exhibitor .server.ts function starts here; ids from input never widen access.
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~db/client';
import { exhibitorMembers, exhibitorOrganisations, moderationLog, type Role } from '~db/schema';
import { ExhibitorError } from './errors';

/** The signed-in person acting (locals.user), or null for a visitor. */
export interface Actor {
  id: string;
  role: Role;
}

/** Throws unless someone is signed in. */
export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new ExhibitorError('unauthenticated');
  return actor;
}

/** Throws `forbidden` unless the actor is an organiser. */
export function requireOrganiser(actor: Actor | null | undefined): Actor {
  const a = requireActor(actor);
  if (a.role !== 'organiser') throw new ExhibitorError('forbidden');
  return a;
}

/** The actor's membership of an organisation, or undefined. */
export function membershipOf(db: Db | Tx, userId: string, organisationId: string) {
  return db
    .select()
    .from(exhibitorMembers)
    .where(and(eq(exhibitorMembers.userId, userId), eq(exhibitorMembers.organisationId, organisationId)))
    .get();
}

/**
 * Throws unless the actor may act for the organisation: an organiser, or a member with role
 * `exhibitor` (and `canManage` when `manage`). An unknown organisation and someone else's look the
 * same (`forbidden`) so ids cannot be probed; organisers get `not-found`.
 */
export function requireOrganisationAccess(
  db: Db | Tx,
  actor: Actor | null | undefined,
  organisationId: string,
  { manage = false } = {},
) {
  const a = requireActor(actor);
  const org = db.select().from(exhibitorOrganisations).where(eq(exhibitorOrganisations.id, organisationId)).get();
  if (a.role === 'organiser') {
    if (!org) throw new ExhibitorError('not-found');
    return { actor: a, org };
  }
  const member = a.role === 'exhibitor' ? membershipOf(db, a.id, organisationId) : undefined;
  if (!org || !member || (manage && !member.canManage)) throw new ExhibitorError('forbidden');
  return { actor: a, org };
}

/** Records who did what when (moderation, membership) in the same transaction as the change. */
export function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; organisationId: string | null; subjectId: string; reason?: string },
  at: Date,
): void {
  tx.insert(moderationLog)
    .values({ ...entry, reason: entry.reason ?? null, at })
    .run();
}
