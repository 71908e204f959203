// Product images in the database: recording an upload for an organisation (files removed if the
// record fails) and checking that a revision only uses its own organisation's images.
import { and, eq, inArray } from 'drizzle-orm';
import { getDb, type Tx } from '~db/client';
import { productImages } from '~db/schema';
import { requireOrganisationAccess, type Actor } from './access.server';
import { ExhibitorError } from './errors';
import { deleteStoredImage, storeProductImage } from './images.server';
import type { ProductInput } from './product-input';

/** Throws `image-not-owned` unless every image of the revision was uploaded by the organisation. */
export function assertImagesOwned(tx: Tx, organisationId: string, data: ProductInput): void {
  const ids = data.images.map((i) => i.imageId);
  if (ids.length === 0) return;
  const owned = tx
    .select({ id: productImages.id })
    .from(productImages)
    .where(and(inArray(productImages.id, ids), eq(productImages.organisationId, organisationId)))
    .all();
  if (owned.length !== ids.length) throw new ExhibitorError('image-not-owned');
}

/** Checks, re-encodes and records an uploaded image for the organisation; nothing is kept if refused. */
export async function uploadProductImage(actor: Actor | null, organisationId: string, bytes: Buffer, now = new Date()) {
  const { actor: a } = requireOrganisationAccess(getDb(), actor, organisationId);
  const stored = await storeProductImage(bytes);
  if (!stored.ok) return stored;
  try {
    getDb()
      .insert(productImages)
      .values({
        id: stored.id,
        organisationId,
        uploadedBy: a.id,
        width: stored.width,
        height: stored.height,
        variants: stored.variants,
        createdAt: now,
      })
      .run();
  } catch (err) {
    deleteStoredImage(stored.variants);
    throw err;
  }
  return stored;
}
