// The showcase's GET addresses: a catalogue query written back as a query string, the filter
// links (category, maturity, country) that keep the search words, and sessions on a product's topics.
import type { CatalogueProduct, CatalogueQuery } from './catalogue';
import { showcaseFilterLinks, type FilterLabels, type FilterLink } from './filters';

/** The query string for a catalogue query, "" when it asks for everything. */
export function catalogueQueryString(q: CatalogueQuery): string {
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.category) params.set('category', q.category);
  if (q.maturity) params.set('maturity', q.maturity);
  if (q.country) params.set('country', q.country);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Category, maturity and country rows of links, each keeping the other filters and the search words. */
export function catalogueFilterLinks(
  products: readonly CatalogueProduct<unknown>[],
  countries: readonly string[],
  query: CatalogueQuery,
  labels: FilterLabels & { country: (code: string) => string },
  base: string,
): { category: FilterLink[]; maturity: FilterLink[]; country: FilterLink[] } {
  const href = (q: CatalogueQuery) => `${base}${catalogueQueryString(q)}`;
  const rows = showcaseFilterLinks(products, query, labels, (f) => href({ ...query, ...f }));
  return {
    ...rows,
    country: [
      { href: href({ ...query, country: undefined }), label: labels.all, current: query.country === undefined },
      ...countries.map((c) => ({
        href: href({ ...query, country: c }),
        label: labels.country(c),
        current: query.country === c,
      })),
    ],
  };
}

/** Sessions that share a topic with a product, in programme order (at most `max`). */
export function sessionsOnTopics<S extends { tags: readonly string[] }>(
  sessions: readonly S[],
  productTags: readonly string[],
  max = 5,
): S[] {
  const wanted = new Set(productTags);
  return sessions.filter((s) => s.tags.some((t) => wanted.has(t))).slice(0, max);
}
