// An exhibitor's products: create (within the organisation's limit), edit (a draft in place, or a
// new draft beside the approved revision), submit, withdraw. Each call checks access
// through the product's own organisation, never an id from the form; each write is one transaction.
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { getDb, type Tx } from '~db/client';
import { exhibitorProducts, productRevisions } from '~db/schema';
import type { Localized } from '~/lib/i18n/locales';
import { audit, requireOrganisationAccess, type Actor } from './access.server';
import { ExhibitorError, parseInput } from './errors';
import { newRecordId } from './ids';
import { assertImagesOwned } from './product-images.server';
import { config } from '~/lib/server/config';
import { canAddProduct, productInputSchema } from './product-input';
import { assertEditable, transition } from './revisions';
import { uniqueSlug } from './slug';
import { contentChanged } from '~/lib/server/render-cache';

/** What product rules need from content: the tags to choose from, curated slugs, tag labels. */
export interface ShowcaseVocabulary {
  tagIds: readonly string[];
  curatedSlugs: ReadonlySet<string>;
  tagLabel: (id: string) => Localized;
}

/** The product and its latest revision, after checking the actor may act for its organisation. */
export function productForActor(tx: Tx, actor: Actor | null, productId: string) {
  const product = tx.select().from(exhibitorProducts).where(eq(exhibitorProducts.id, productId)).get();
  // An unknown id and another organisation's product look alike to an exhibitor.
  if (!product) {
    if (actor?.role === 'organiser') throw new ExhibitorError('not-found');
    throw new ExhibitorError(actor ? 'forbidden' : 'unauthenticated');
  }
  const { actor: a, org } = requireOrganisationAccess(tx, actor, product.organisationId);
  const latest = tx
    .select()
    .from(productRevisions)
    .where(eq(productRevisions.productId, productId))
    .orderBy(desc(productRevisions.number))
    .limit(1)
    .get();
  return { actor: a, org, product, latest };
}

/** Creates a product with a first draft revision; returns its id and stable slug. */
export function createProduct(
  actor: Actor | null,
  organisationId: string,
  input: unknown,
  vocabulary: ShowcaseVocabulary,
  now = new Date(),
): { productId: string; slug: string } {
  const data = parseInput(productInputSchema(vocabulary.tagIds), input);
  return getDb().transaction(
    (tx) => {
      const { actor: a, org } = requireOrganisationAccess(tx, actor, organisationId);
      if (org.status !== 'approved') throw new ExhibitorError('organisation-not-approved');
      const live = tx
        .select({ n: count() })
        .from(exhibitorProducts)
        .where(and(eq(exhibitorProducts.organisationId, organisationId), isNull(exhibitorProducts.withdrawnAt)))
        .get();
      if (!canAddProduct(live?.n ?? 0, config('EXHIBITOR_PRODUCT_LIMIT'))) throw new ExhibitorError('product-limit');
      assertImagesOwned(tx, organisationId, data);
      const slug = uniqueSlug(
        data.name.en,
        (s) =>
          vocabulary.curatedSlugs.has(s) ||
          !!tx.select({ id: exhibitorProducts.id }).from(exhibitorProducts).where(eq(exhibitorProducts.slug, s)).get(),
      );
      const productId = newRecordId();
      tx.insert(exhibitorProducts)
        .values({ id: productId, organisationId, slug, createdAt: now, updatedAt: now })
        .run();
      tx.insert(productRevisions)
        .values({
          id: newRecordId(),
          productId,
          number: 1,
          status: 'draft',
          data,
          createdBy: a.id,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return { productId, slug };
    },
    { behavior: 'immediate' },
  );
}

/** Saves new fields: the draft changes in place, or a new draft starts (the approved one stays public). */
export function editProduct(
  actor: Actor | null,
  productId: string,
  input: unknown,
  vocabulary: ShowcaseVocabulary,
  now = new Date(),
): string {
  const data = parseInput(productInputSchema(vocabulary.tagIds), input);
  return getDb().transaction(
    (tx) => {
      const { actor: a, product, latest } = productForActor(tx, actor, productId);
      if (product.withdrawnAt) throw new ExhibitorError('invalid-transition', { status: 'withdrawn' });
      assertImagesOwned(tx, product.organisationId, data);
      if (assertEditable(latest?.status) === 'update-draft' && latest) {
        tx.update(productRevisions).set({ data, updatedAt: now }).where(eq(productRevisions.id, latest.id)).run();
        return latest.id;
      }
      const id = newRecordId();
      tx.insert(productRevisions)
        .values({
          id,
          productId,
          number: (latest?.number ?? 0) + 1,
          status: 'draft',
          data,
          createdBy: a.id,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return id;
    },
    { behavior: 'immediate' },
  );
}

/** Sends the latest draft to the organisers' queue. */
export function submitProduct(actor: Actor | null, productId: string, now = new Date()): string {
  return getDb().transaction(
    (tx) => {
      const { actor: a, product, latest } = productForActor(tx, actor, productId);
      if (!latest || product.withdrawnAt) throw new ExhibitorError('invalid-transition');
      const status = transition(latest.status, 'submit');
      tx.update(productRevisions)
        .set({ status, submittedBy: a.id, submittedAt: now, updatedAt: now })
        .where(eq(productRevisions.id, latest.id))
        .run();
      audit(
        tx,
        { actorId: a.id, action: 'revision.submit', organisationId: product.organisationId, subjectId: latest.id },
        now,
      );
      return latest.id;
    },
    { behavior: 'immediate' },
  );
}

/** Takes a product out of the showcase and any pending revision out of the queue. */
export function withdrawProduct(actor: Actor | null, productId: string, now = new Date()): void {
  getDb().transaction(
    (tx) => {
      const { actor: a, product, latest } = productForActor(tx, actor, productId);
      if (product.withdrawnAt) throw new ExhibitorError('invalid-transition', { status: 'withdrawn' });
      if (latest && (latest.status === 'draft' || latest.status === 'submitted')) {
        tx.update(productRevisions)
          .set({ status: transition(latest.status, 'withdraw'), updatedAt: now })
          .where(eq(productRevisions.id, latest.id))
          .run();
      }
      tx.update(exhibitorProducts)
        .set({ withdrawnAt: now, updatedAt: now })
        .where(eq(exhibitorProducts.id, productId))
        .run();
      audit(
        tx,
        { actorId: a.id, action: 'product.withdraw', organisationId: product.organisationId, subjectId: productId },
        now,
      );
    },
    { behavior: 'immediate' },
  );
  // A withdrawn product leaves the public showcase on the next request, not when a cache expires.
  contentChanged('showcase');
}

/** The organisation's products with their latest revision's status (the portal's list). */
export function listProducts(actor: Actor | null, organisationId: string) {
  const db = getDb();
  requireOrganisationAccess(db, actor, organisationId);
  const products = db
    .select()
    .from(exhibitorProducts)
    .where(eq(exhibitorProducts.organisationId, organisationId))
    .all();
  return products.map((p) => {
    const latest = db
      .select({
        id: productRevisions.id,
        status: productRevisions.status,
        data: productRevisions.data,
        rejectionReason: productRevisions.rejectionReason,
      })
      .from(productRevisions)
      .where(eq(productRevisions.productId, p.id))
      .orderBy(desc(productRevisions.number))
      .limit(1)
      .get();
    return {
      id: p.id,
      slug: p.slug,
      public: p.approvedRevisionId !== null && p.withdrawnAt === null,
      withdrawn: p.withdrawnAt !== null,
      latest,
    };
  });
}
