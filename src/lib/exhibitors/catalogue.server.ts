// Approved exhibitor products read from the database for the showcase: the catalogue entries, a
// product page by slug, and a search over the stored folded column (no rebuild after approval).
import { and, eq, isNotNull, isNull, like } from 'drizzle-orm';
import { getDb } from '~db/client';
import { exhibitorOrganisations, exhibitorProducts, productImages, productRevisions } from '~db/schema';
import type { CatalogueProduct } from '~/lib/showcase/catalogue';
import { listedProduct } from '~/lib/showcase/listed';
import { likePattern, queryWords } from '~/lib/showcase/search';
import type { ProductInput } from './product-input';

function approvedRows(extra?: ReturnType<typeof eq>) {
  const live = and(
    isNotNull(exhibitorProducts.approvedRevisionId),
    isNull(exhibitorProducts.withdrawnAt),
    eq(exhibitorOrganisations.status, 'approved'),
  );
  return getDb()
    .select({ product: exhibitorProducts, data: productRevisions.data, organisation: exhibitorOrganisations })
    .from(exhibitorProducts)
    .innerJoin(productRevisions, eq(productRevisions.id, exhibitorProducts.approvedRevisionId))
    .innerJoin(exhibitorOrganisations, eq(exhibitorOrganisations.id, exhibitorProducts.organisationId))
    .where(extra ? and(live, extra) : live)
    .all();
}

function toEntries(rows: ReturnType<typeof approvedRows>): CatalogueProduct<never>[] {
  const images = new Map(
    getDb()
      .select({ id: productImages.id, variants: productImages.variants })
      .from(productImages)
      .all()
      .map((i) => [i.id, i.variants]),
  );
  return rows.map((r) =>
    listedProduct(
      { id: r.product.id, slug: r.product.slug, data: r.data as ProductInput, searchText: r.product.searchText },
      r.organisation,
      (id) => images.get(id),
    ),
  );
}

/** Every approved, live exhibitor product as a catalogue entry (merge with curated ones). */
export function approvedCatalogueProducts(): CatalogueProduct<never>[] {
  return toEntries(approvedRows());
}

/** One approved exhibitor product by slug, or undefined (withdrawn, pending, unknown). */
export function approvedProductBySlug(slug: string): CatalogueProduct<never> | undefined {
  return toEntries(approvedRows(eq(exhibitorProducts.slug, slug)))[0];
}

/** The slugs of approved exhibitor products matching a query, searched in SQL on the folded column. */
export function searchApprovedSlugs(query: string): string[] {
  const words = queryWords(query);
  return approvedRows(words.length ? like(exhibitorProducts.searchText, likePattern(words)) : undefined).map(
    (r) => r.product.slug,
  );
}
