// Showcase filters: category and maturity read from the query string, applied to
// products, and written back as plain links (the showcase needs no JavaScript).
import { PRODUCT_CATEGORIES, MATURITIES, type ProductCategory, type Maturity } from '../content/vocabulary';

export interface ShowcaseFilters {
  category: ProductCategory | undefined;
  maturity: Maturity | undefined;
}

/** Reads category and maturity from a query string; unknown values are ignored and named. */
export function parseShowcaseFilters(params: URLSearchParams): { filters: ShowcaseFilters; ignored: string[] } {
  const ignored: string[] = [];
  const read = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = params.get(key)?.trim();
    if (!value) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignored.push(`${key}=${value.slice(0, 40)}`);
    return undefined;
  };
  return {
    filters: { category: read('category', PRODUCT_CATEGORIES), maturity: read('maturity', MATURITIES) },
    ignored,
  };
}

/** The products matching both filters, in their original order. */
export function filterProducts<T extends { category: string; maturity: string }>(
  products: readonly T[],
  filters: ShowcaseFilters,
): T[] {
  return products.filter(
    (p) =>
      (filters.category === undefined || p.category === filters.category) &&
      (filters.maturity === undefined || p.maturity === filters.maturity),
  );
}

/** The query string for a set of filters, "" when none. */
export function showcaseQuery(filters: ShowcaseFilters): string {
  const params = new URLSearchParams();
  if (filters.category) params.set('category', filters.category);
  if (filters.maturity) params.set('maturity', filters.maturity);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A link in a row of filter choices: where it goes, what it says, whether it is chosen now. */
export interface FilterLink {
  href: string;
  label: string;
  current: boolean;
}

/** What the filter links say: "all", and a label for each category and maturity. */
export interface FilterLabels {
  all: string;
  category: Record<ProductCategory, string>;
  maturity: Record<Maturity, string>;
}

/**
 * The category and maturity rows of filter links, each led by "all"; only the categories some
 * product has are offered. `href` writes the link for a set of filters.
 */
export function showcaseFilterLinks(
  products: readonly { category: ProductCategory }[],
  filters: ShowcaseFilters,
  labels: FilterLabels,
  href: (f: ShowcaseFilters) => string,
): { category: FilterLink[]; maturity: FilterLink[] } {
  const used = new Set(products.map((p) => p.category));
  return {
    category: [
      { href: href({ ...filters, category: undefined }), label: labels.all, current: filters.category === undefined },
      ...PRODUCT_CATEGORIES.filter((c) => used.has(c)).map((c) => ({
        href: href({ ...filters, category: c }),
        label: labels.category[c],
        current: filters.category === c,
      })),
    ],
    maturity: [
      { href: href({ ...filters, maturity: undefined }), label: labels.all, current: filters.maturity === undefined },
      ...MATURITIES.map((m) => ({
        href: href({ ...filters, maturity: m }),
        label: labels.maturity[m],
        current: filters.maturity === m,
      })),
    ],
  };
}
