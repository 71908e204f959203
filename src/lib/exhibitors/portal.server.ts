// What the portal's pages read and the few writes the library had no setter for: a product with
// its latest revision and image files for editing, adding an image to a product, the logo.
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '~db/client';
import { exhibitorOrganisations, productImages, users } from '~db/schema';
import { requireOrganisationAccess, type Actor } from './access.server';
import { ExhibitorError } from './errors';
import { uploadProductImage } from './product-images.server';
import { PRODUCT_LIMITS, type ProductInput } from './product-input';
import { editProduct, productForActor, type ShowcaseVocabulary } from './products.server';
import { editAction } from './revisions';

/** The stored files of images by id (for previews in the portal and the queue). */
export function imageFiles(ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { file: string; width: number; height: number; format: string }[]>();
  const rows = getDb()
    .select()
    .from(productImages)
    .where(inArray(productImages.id, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.id, r.variants]));
}

/** A product, its organisation and latest revision, for its people or organisers; ids never widen access. */
export function productForEditing(actor: Actor | null, productId: string) {
  const db = getDb();
  const { product, org, latest } = db.transaction((tx) => productForActor(tx, actor, productId));
  const data = latest?.data as ProductInput | undefined;
  return {
    product,
    org,
    latest: latest
      ? { id: latest.id, status: latest.status, data: data!, rejectionReason: latest.rejectionReason }
      : undefined,
    editable: !product.withdrawnAt && editAction(latest?.status) !== 'in-review',
    images: imageFiles(data?.images.map((i) => i.imageId) ?? []),
  };
}

/** Uploads an image and adds it, with its alt text, to the product's draft (a new draft if it was approved). */
export async function addProductImage(
  actor: Actor | null,
  productId: string,
  bytes: Buffer,
  alt: { vi: string; en: string },
  vocabulary: ShowcaseVocabulary,
) {
  const { product, latest, editable } = productForEditing(actor, productId);
  if (!latest || !editable) throw new ExhibitorError(product.withdrawnAt ? 'invalid-transition' : 'in-review');
  if (latest.data.images.length >= PRODUCT_LIMITS.images)
    throw new ExhibitorError('invalid-input', { images: 'tooMany' });
  const stored = await uploadProductImage(actor, product.organisationId, bytes);
  if (!stored.ok) return stored;
  editProduct(
    actor,
    productId,
    { ...latest.data, images: [...latest.data.images, { imageId: stored.id, alt }] },
    vocabulary,
  );
  return stored;
}

/** Uploads a logo for the organisation (its people or organisers) and makes it the profile's. */
export async function setOrganisationLogo(actor: Actor | null, organisationId: string, bytes: Buffer) {
  const stored = await uploadProductImage(actor, organisationId, bytes);
  if (!stored.ok) return stored;
  getDb().transaction((tx) => {
    requireOrganisationAccess(tx, actor, organisationId);
    tx.update(exhibitorOrganisations)
      .set({ logoImageId: stored.id, updatedAt: new Date() })
      .where(eq(exhibitorOrganisations.id, organisationId))
      .run();
  });
  return stored;
}

/** People's names by id (the audit log says who, not an id). */
export function userNames(ids: readonly (string | null)[]): Map<string, string> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = getDb()
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, wanted))
    .all();
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
