// The organisers' moderation of product revisions: the queue oldest first with the diff against
// what is public, approve (the product now shows this revision) or reject with a reason, emailed
// in the submitter's language; and the audit log of who did what when.
/* eslint-disable @typescript-eslint/require-await -- portal steps share one async signature (callers await them); since email is queued, some no longer await anything themselves. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { exhibitorOrganisations, exhibitorProducts, moderationLog, productRevisions } from '~db/schema';
import { queueEmail } from '~/lib/email/send.server';
import { localizedPath } from '~/lib/seo/alternates';
import { contentChanged } from '~/lib/server/render-cache';
import { absoluteUrl } from '~/lib/server/site-origin';
import { listedSearchText } from '~/lib/showcase/listed';
import { audit, requireOrganiser, type Actor } from './access.server';
import { diffRevisions } from './diff';
import { revisionDecisionEmail } from './emails';
import { ExhibitorError, parseInput } from './errors';
import { reasonSchema } from './organisation-input';
import type { ProductInput } from './product-input';
import type { ShowcaseVocabulary } from './products.server';
import { transition } from './revisions';
import { findMailRecipient } from '~/lib/accounts/users.server';

/** Submitted revisions, oldest submission first, each with its field-by-field diff. */
export function reviewQueue(actor: Actor | null) {
  requireOrganiser(actor);
  const db = getDb();
  const pending = db
    .select({ revision: productRevisions, product: exhibitorProducts, organisation: exhibitorOrganisations })
    .from(productRevisions)
    .innerJoin(exhibitorProducts, eq(exhibitorProducts.id, productRevisions.productId))
    .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorProducts.organisationId))
    .where(eq(productRevisions.status, 'submitted'))
    .orderBy(asc(productRevisions.submittedAt))
    .all();
  return pending.map(({ revision, product, organisation }) => {
    const approved = product.approvedRevisionId
      ? db
          .select({ data: productRevisions.data })
          .from(productRevisions)
          .where(eq(productRevisions.id, product.approvedRevisionId))
          .get()
      : undefined;
    return {
      revisionId: revision.id,
      productId: product.id,
      slug: product.slug,
      organisation: { id: organisation.id, nameVi: organisation.nameVi, nameEn: organisation.nameEn },
      submittedAt: revision.submittedAt,
      data: revision.data as ProductInput,
      changes: diffRevisions(approved?.data as ProductInput | undefined, revision.data as ProductInput),
    };
  });
}

/** Approves or rejects a submitted revision; approval makes it the public one at once. */

export async function decideRevision(
  actor: Actor | null,
  revisionId: string,
  decision: { approve: true } | { approve: false; reason: unknown },
  vocabulary: ShowcaseVocabulary,
  now = new Date(),
): Promise<void> {
  const a = requireOrganiser(actor);
  const reason = decision.approve ? undefined : parseInput(reasonSchema, decision.reason);
  const db = getDb();
  const decided = db.transaction(
    (tx) => {
      const row = tx
        .select({ revision: productRevisions, product: exhibitorProducts, organisation: exhibitorOrganisations })
        .from(productRevisions)
        .innerJoin(exhibitorProducts, eq(exhibitorProducts.id, productRevisions.productId))
        .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorProducts.organisationId))
        .where(eq(productRevisions.id, revisionId))
        .get();
      if (!row) throw new ExhibitorError('not-found');
      const status = transition(row.revision.status, decision.approve ? 'approve' : 'reject');
      tx.update(productRevisions)
        .set({ status, rejectionReason: reason ?? null, decidedBy: a.id, decidedAt: now, updatedAt: now })
        .where(and(eq(productRevisions.id, revisionId), eq(productRevisions.status, 'submitted')))
        .run();
      if (decision.approve) {
        const searchText = listedSearchText(row.revision.data as ProductInput, row.organisation, vocabulary.tagLabel);
        tx.update(exhibitorProducts)
          .set({ approvedRevisionId: revisionId, searchText, updatedAt: now })
          .where(eq(exhibitorProducts.id, row.product.id))
          .run();
      }
      audit(
        tx,
        {
          actorId: a.id,
          action: decision.approve ? 'revision.approve' : 'revision.reject',
          organisationId: row.organisation.id,
          subjectId: revisionId,
          ...(reason ? { reason } : {}),
        },
        now,
      );
      return row;
    },
    { behavior: 'immediate' },
  );
  // An approval changes the public showcase (and a rejection may end a listing): no cached page may show the old one.
  contentChanged('showcase');
  const submitter = decided.revision.submittedBy ? findMailRecipient(decided.revision.submittedBy, db) : undefined;
  if (submitter) {
    const data = decided.revision.data as ProductInput;
    const mail = revisionDecisionEmail({
      lang: submitter.language,
      fullName: submitter.fullName,
      product: { vi: data.name.vi, en: data.name.en },
      approved: decision.approve,
      reason,
      portalUrl: (l) => absoluteUrl(localizedPath(l, '/exhibitor/')),
    });
    queueEmail({ to: submitter.email, ...mail });
  }
}

/** The audit log, newest first, optionally for one organisation (organisers only). */
export function auditLog(actor: Actor | null, organisationId?: string, limit = 200) {
  requireOrganiser(actor);
  const q = getDb().select().from(moderationLog);
  return (organisationId ? q.where(eq(moderationLog.organisationId, organisationId)) : q)
    .orderBy(desc(moderationLog.at), desc(moderationLog.id))
    .limit(limit)
    .all();
}
