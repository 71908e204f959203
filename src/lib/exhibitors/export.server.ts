// Exports an approved exhibitor product as content files (see export.ts), for its organisation's
// people or organisers; reads the stored JPEG variant for image.jpg.
import { eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDb } from '~db/client';
import { productImages, productRevisions } from '~db/schema';
import { ExhibitorError } from './errors';
import { exhibitorYaml, productFolderFiles, type ExportedFile } from './export';
import { uploadsDir } from './images.server';
import type { ProductInput } from './product-input';
import { productForActor } from './products.server';
import { slugify } from './slug';
import type { Actor } from './access.server';

/** The content folder of the product's approved revision; `not-found` when nothing is approved. */
export function exportProductFolder(actor: Actor | null, productId: string): { slug: string; files: ExportedFile[] } {
  const db = getDb();
  const { product, org } = db.transaction((tx) => productForActor(tx, actor, productId));
  if (!product.approvedRevisionId) throw new ExhibitorError('not-found');
  const revision = db.select().from(productRevisions).where(eq(productRevisions.id, product.approvedRevisionId)).get()!;
  const data = revision.data as ProductInput;
  const first = data.images[0];
  const image = first ? db.select().from(productImages).where(eq(productImages.id, first.imageId)).get() : undefined;
  const jpeg = image?.variants.find((v) => v.format === 'jpeg');
  const imageJpeg = jpeg ? readFileSync(join(uploadsDir(), 'products', jpeg.file)) : undefined;
  const exhibitorId = org.contentId ?? slugify(org.nameEn);
  return {
    slug: product.slug,
    files: productFolderFiles({
      slug: product.slug,
      data,
      exhibitorId,
      exhibitorYaml: org.contentId ? undefined : exhibitorYaml(org),
      imageJpeg,
    }),
  };
}
