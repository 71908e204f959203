// Enquiries: a signed-in delegate writes to an exhibitor about an approved product, the
// organisation's people get an email and see it in the portal, the delegate sees what they sent.
// The delegate's email reaches the exhibitor only when they ticked the sharing box.
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '~db/client';
import {
  enquiries,
  exhibitorMembers,
  exhibitorOrganisations,
  exhibitorProducts,
  productRevisions,
  users,
} from '~db/schema';
import { queueEmail } from '~/lib/email/send.server';
import { localizedPath } from '~/lib/seo/alternates';
import { absoluteUrl } from '~/lib/server/site-origin';
import { requireActor, requireOrganisationAccess, type Actor } from './access.server';
import { enquiryEmail } from './emails';
import { ExhibitorError, parseInput } from './errors';
import type { ProductInput } from './product-input';
import { proseField } from './text-fields';
import { createLimiter } from '~/lib/server/auth/rate-limit';

/** Longest enquiry message, in characters. */
export const ENQUIRY_MAX = 2000;

const enquirySchema = z
  .object({
    productId: z.string().min(1).max(64),
    message: proseField(ENQUIRY_MAX).refine((s) => s.length > 0, 'required'),
    shareEmail: z.boolean().default(false),
  })
  .strict();

/** Enquiries one delegate may send: 10 per hour, so exhibitors' inboxes are not flooded. */
export const enquiryLimiter = createLimiter('enquiry-account', { points: 10, durationSec: 3600 });

/** Sends an enquiry about an approved product (rate-limited per delegate); returns its id. */
export async function createEnquiry(actor: Actor | null, input: unknown, now = new Date()): Promise<number> {
  const a = requireActor(actor);
  const data = parseInput(enquirySchema, input);
  const db = getDb();
  const target = db
    .select({ product: exhibitorProducts, data: productRevisions.data })
    .from(exhibitorProducts)
    .innerJoin(productRevisions, eq(productRevisions.id, exhibitorProducts.approvedRevisionId))
    .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorProducts.organisationId))
    .where(
      and(
        eq(exhibitorProducts.id, data.productId),
        isNotNull(exhibitorProducts.approvedRevisionId),
        isNull(exhibitorProducts.withdrawnAt),
        eq(exhibitorOrganisations.status, 'approved'),
      ),
    )
    .get();
  if (!target) throw new ExhibitorError('not-found');
  const decision = await enquiryLimiter.consume(a.id);
  if (!decision.allowed) throw new ExhibitorError('rate-limited', { retryAfterSec: String(decision.retryAfterSec) });
  const row = db
    .insert(enquiries)
    .values({
      organisationId: target.product.organisationId,
      productId: target.product.id,
      fromUserId: a.id,
      message: data.message,
      shareEmail: data.shareEmail,
      createdAt: now,
    })
    .returning({ id: enquiries.id })
    .get();
  const from = db
    .select({ fullName: users.fullName, organisation: users.organisation, email: users.email })
    .from(users)
    .where(eq(users.id, a.id))
    .get()!;
  const members = db
    .select({ email: users.email, fullName: users.fullName, language: users.language })
    .from(exhibitorMembers)
    .innerJoin(users, eq(users.id, exhibitorMembers.userId))
    .where(eq(exhibitorMembers.organisationId, target.product.organisationId))
    .all();
  const name = (target.data as ProductInput).name;
  for (const m of members) {
    const mail = enquiryEmail({
      lang: m.language,
      fullName: m.fullName,
      product: { vi: name.vi, en: name.en },
      from: {
        fullName: from.fullName,
        organisation: from.organisation,
        email: data.shareEmail ? from.email : undefined,
      },
      message: data.message,
      portalUrl: (l) => absoluteUrl(localizedPath(l, '/exhibitor/')),
    });
    queueEmail({ to: m.email, ...mail });
  }
  return row.id;
}

/** The organisation's enquiries, newest first; the sender's email only where they shared it. */
export function listEnquiriesForOrganisation(actor: Actor | null, organisationId: string) {
  const db = getDb();
  requireOrganisationAccess(db, actor, organisationId);
  return db
    .select({
      id: enquiries.id,
      productId: enquiries.productId,
      message: enquiries.message,
      shareEmail: enquiries.shareEmail,
      createdAt: enquiries.createdAt,
      fullName: users.fullName,
      organisation: users.organisation,
      email: users.email,
    })
    .from(enquiries)
    .innerJoin(users, eq(users.id, enquiries.fromUserId))
    .where(eq(enquiries.organisationId, organisationId))
    .orderBy(desc(enquiries.createdAt), desc(enquiries.id))
    .all()
    .map(({ email, ...e }) => ({ ...e, email: e.shareEmail ? email : null }));
}

/** The enquiries the actor sent, newest first. */
export function listEnquiriesSent(actor: Actor | null) {
  const a = requireActor(actor);
  return getDb()
    .select({
      id: enquiries.id,
      productId: enquiries.productId,
      slug: exhibitorProducts.slug,
      organisationNameVi: exhibitorOrganisations.nameVi,
      organisationNameEn: exhibitorOrganisations.nameEn,
      message: enquiries.message,
      shareEmail: enquiries.shareEmail,
      createdAt: enquiries.createdAt,
    })
    .from(enquiries)
    .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, enquiries.organisationId))
    .leftJoin(exhibitorProducts, eq(exhibitorProducts.id, enquiries.productId))
    .where(eq(enquiries.fromUserId, a.id))
    .orderBy(desc(enquiries.createdAt), desc(enquiries.id))
    .all();
}
