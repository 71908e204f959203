import { describe, expect, it } from 'vitest';
import { filterProducts, parseShowcaseFilters, showcaseQuery } from '../../../src/lib/showcase/filters';

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
});
