// The showcase's one catalogue for pages: curated products (content, read once per process) merged
// with approved exhibitor products (read from the database on each call, so approval needs no rebuild).
import { getCollection } from 'astro:content';
import { getProgramme, type Product } from '~/lib/content/programme';
import { approvedCatalogueProducts } from '~/lib/exhibitors/catalogue.server';
import type { ShowcaseVocabulary } from '~/lib/exhibitors/products.server';
import type { Localized } from '~/lib/i18n/locales';
import { curatedProduct, mergeCatalogue, type CatalogueProduct } from './catalogue';

type Asset = NonNullable<Product['image']>;
let curated: Promise<CatalogueProduct<Asset>[]> | undefined;

async function loadCurated(): Promise<CatalogueProduct<Asset>[]> {
  const [programme, prose] = await Promise.all([getProgramme(), getCollection('prose')]);
  const body = new Map(prose.map((p) => [p.id, p.body ?? '']));
  const tagLabel = (id: string): Localized => programme.tagBySlug.get(id)?.label ?? { en: id };
  // The catalogue keys an exhibitor by id (exhibitor organisations are database rows); a content
  // exhibitor's id is its slug.
  const exhibitorOf = (slug: string) => {
    const e = programme.exhibitorBySlug.get(slug);
    return e && { ...e, id: e.slug };
  };
  return programme.products.map((p) =>
    curatedProduct<Asset>(
      p,
      exhibitorOf(p.exhibitor),
      { vi: body.get(`products/${p.slug}/vi`), en: body.get(`products/${p.slug}/en`) },
      tagLabel,
    ),
  );
}

/** Every product the showcase shows: curated first, then approved exhibitor products. */
export async function showcaseCatalogue(): Promise<CatalogueProduct<Asset>[]> {
  curated ??= loadCurated();
  return mergeCatalogue<Asset>(await curated, approvedCatalogueProducts());
}

/** What exhibitor product rules need from content: the tags, the curated slugs, tag labels. */
export async function showcaseVocabulary(): Promise<ShowcaseVocabulary> {
  const programme = await getProgramme();
  return {
    tagIds: programme.tags.map((t) => t.slug),
    curatedSlugs: new Set(programme.products.map((p) => p.slug)),
    tagLabel: (id) => programme.tagBySlug.get(id)?.label ?? { en: id },
  };
}
