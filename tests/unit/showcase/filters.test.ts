// Showcase filters: reading the query string, filtering products, and the links that change them.
import { describe, expect, it } from 'vitest';
import { PRODUCT_CATEGORIES, MATURITIES } from '../../../src/lib/content/vocabulary';
import {
  filterProducts,
  parseShowcaseFilters,
  showcaseFilterLinks,
  showcaseQuery,
} from '../../../src/lib/showcase/filters';

const products = [
  { slug: 'queue', category: 'e-government', maturity: 'deployed' },
  { slug: 'twin', category: 'urban-data', maturity: 'pilot' },
  { slug: 'portal', category: 'e-government', maturity: 'pilot' },
];

describe('showcase filters', () => {
  it('reads a known category and maturity', () => {
    const { filters, ignored } = parseShowcaseFilters(new URLSearchParams('category=e-government&maturity=pilot'));
    expect(filters).toEqual({ category: 'e-government', maturity: 'pilot' });
    expect(ignored).toEqual([]);
  });

  it('ignores unknown values and names them', () => {
    const { filters, ignored } = parseShowcaseFilters(new URLSearchParams('category=space&maturity=deployed'));
    expect(filters).toEqual({ category: undefined, maturity: 'deployed' });
    expect(ignored).toEqual(['category=space']);
  });

  it('keeps products matching both filters, in their order', () => {
    expect(filterProducts(products, { category: 'e-government', maturity: undefined }).map((p) => p.slug)).toEqual([
      'queue',
      'portal',
    ]);
    expect(filterProducts(products, { category: 'e-government', maturity: 'pilot' }).map((p) => p.slug)).toEqual([
      'portal',
    ]);
    expect(filterProducts(products, { category: undefined, maturity: undefined })).toHaveLength(3);
  });

  it('writes filters back as a query string, empty when none', () => {
    expect(showcaseQuery({ category: 'health', maturity: 'concept' })).toBe('?category=health&maturity=concept');
    expect(showcaseQuery({ category: undefined, maturity: undefined })).toBe('');
  });

  it('offers "all" and the categories some product has, and every maturity, marking the current ones', () => {
    const labels = {
      all: 'All',
      category: Object.fromEntries(PRODUCT_CATEGORIES.map((c) => [c, `C:${c}`])) as Record<
        (typeof PRODUCT_CATEGORIES)[number],
        string
      >,
      maturity: Object.fromEntries(MATURITIES.map((m) => [m, `M:${m}`])) as Record<(typeof MATURITIES)[number], string>,
    };
    const links = showcaseFilterLinks(
      [{ category: 'urban-data' }, { category: 'e-government' }, { category: 'urban-data' }],
      { category: 'urban-data', maturity: undefined },
      labels,
      showcaseQuery,
    );
    expect(links.category).toEqual([
      { href: '', label: 'All', current: false },
      { href: '?category=e-government', label: 'C:e-government', current: false },
      { href: '?category=urban-data', label: 'C:urban-data', current: true },
    ]);
    expect(links.maturity).toEqual([
      { href: '?category=urban-data', label: 'All', current: true },
      { href: '?category=urban-data&maturity=concept', label: 'M:concept', current: false },
      { href: '?category=urban-data&maturity=pilot', label: 'M:pilot', current: false },
      { href: '?category=urban-data&maturity=deployed', label: 'M:deployed', current: false },
    ]);
  });
});
