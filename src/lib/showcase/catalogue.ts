// One showcase catalogue: curated products from content/ and approved exhibitor products, in the
// same shape, filtered by category, maturity and country and searched without diacritics.
// Plain data in and out: pages pass what astro:content and the database gave them.
import { PRODUCT_CATEGORIES, MATURITIES, type ProductCategory, type Maturity } from '~/lib/content/vocabulary';
import type { Localized } from '~/lib/i18n/locales';
import { isCountryCode } from '~/lib/forms/countries';
import { matchesQuery, MAX_QUERY_LENGTH, queryWords, searchText } from './search';

/** A product's image: a curated asset (astro:assets metadata) or an exhibitor's stored variants. */
export type CatalogueImage<Asset> =
  | { kind: 'asset'; asset: Asset; alt: Localized }
  | {
      kind: 'upload';
      variants: { file: string; width: number; height: number; format: 'webp' | 'jpeg' }[];
      alt: Localized;
    };

/** A product as the showcase lists and shows it, wherever it came from. */
export interface CatalogueProduct<Asset = unknown> {
  slug: string;
  source: 'curated' | 'exhibitor';
  /** The exhibitor product's record id (enquiries are about it); curated products have none. */
  productId?: string;
  name: Localized;
  summary: Localized;
  /** Markdown per language; rendered by the curated pipeline or by showcase/markdown.ts. */
  description: Localized;
  category: ProductCategory;
  maturity: Maturity;
  deployedIn: Localized[];
  tags: string[];
  links: { label: string; url: string }[];
  exhibitor: { id: string; name: Localized; country: string; booth: string; sample: boolean };
  images: CatalogueImage<Asset>[];
  contactable: boolean;
  /** Folded text the search matches (search.ts). */
  searchText: string;
}

/** A curated product (content/products) in catalogue shape; `tagLabel` names a content tag. */
export function curatedProduct<Asset>(
  p: {
    slug: string;
    name: Localized;
    summary: Localized;
    category: ProductCategory;
    maturity: Maturity;
    deployedIn: Localized[];
    tags: string[];
    links: { label: string; url: string }[];
    image?: Asset | undefined;
    imageAlt?: Localized | undefined;
  },
  exhibitor: { id: string; name: string; country: string; booth: string; sample?: boolean } | undefined,
  description: Localized,
  tagLabel: (id: string) => Localized,
): CatalogueProduct<Asset> {
  const ex = exhibitor
    ? {
        id: exhibitor.id,
        name: { vi: exhibitor.name, en: exhibitor.name },
        country: exhibitor.country,
        booth: exhibitor.booth,
        sample: exhibitor.sample ?? false,
      }
    : { id: '', name: {}, country: '', booth: '', sample: false };
  return {
    slug: p.slug,
    source: 'curated',
    name: p.name,
    summary: p.summary,
    description,
    category: p.category,
    maturity: p.maturity,
    deployedIn: p.deployedIn,
    tags: p.tags,
    links: p.links,
    exhibitor: ex,
    images: p.image ? [{ kind: 'asset', asset: p.image, alt: p.imageAlt ?? {} }] : [],
    contactable: false,
    searchText: searchText({ ...p, description, tags: p.tags.map(tagLabel), exhibitor: ex.name }),
  };
}

/** Curated products first, then exhibitor products whose slug no curated product uses. */
export function mergeCatalogue<A>(
  curated: CatalogueProduct<A>[],
  listed: CatalogueProduct<A>[],
): CatalogueProduct<A>[] {
  const slugs = new Set(curated.map((p) => p.slug));
  return [...curated, ...listed.filter((p) => !slugs.has(p.slug))];
}

/** What a visitor asked the showcase for (a plain GET form). */
export interface CatalogueQuery {
  category: ProductCategory | undefined;
  maturity: Maturity | undefined;
  country: string | undefined;
  q: string;
}

/** Reads the query string; unknown values are ignored and named. */
export function parseCatalogueQuery(params: URLSearchParams): { query: CatalogueQuery; ignored: string[] } {
  const ignored: string[] = [];
  const pickFrom = <T extends string>(key: string, ok: (v: string) => boolean): T | undefined => {
    const value = params.get(key)?.trim();
    if (!value) return undefined;
    if (ok(value)) return value as T;
    ignored.push(`${key}=${value.slice(0, 40)}`);
    return undefined;
  };
  return {
    query: {
      category: pickFrom<ProductCategory>('category', (v) => (PRODUCT_CATEGORIES as readonly string[]).includes(v)),
      maturity: pickFrom<Maturity>('maturity', (v) => (MATURITIES as readonly string[]).includes(v)),
      country: pickFrom<string>('country', (v) => isCountryCode(v)),
      q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim(),
    },
    ignored,
  };
}

/** The products matching every filter and the search words, in catalogue order. */
export function queryCatalogue<A>(
  products: readonly CatalogueProduct<A>[],
  query: CatalogueQuery,
): CatalogueProduct<A>[] {
  const words = queryWords(query.q);
  return products.filter(
    (p) =>
      (query.category === undefined || p.category === query.category) &&
      (query.maturity === undefined || p.maturity === query.maturity) &&
      (query.country === undefined || p.exhibitor.country === query.country) &&
      matchesQuery(p.searchText, words),
  );
}

/** The countries of the catalogue's exhibitors, for the country filter. */
export function catalogueCountries(products: readonly CatalogueProduct<unknown>[]): string[] {
  return [...new Set(products.map((p) => p.exhibitor.country).filter(Boolean))].sort();
}
