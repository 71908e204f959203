// Products and sessions for a delegate's needs (src/lib/matchmaking/needs-match.ts): by the
// showcase category of the areas they seek in, and by programme tags.
import { describe, expect, it } from 'vitest';
import { productOffers, productsForNeeds, sessionsForNeeds } from '~/lib/matchmaking/needs-match';
import { tagCredit } from '~/lib/matchmaking/taxonomy';
import { contentTaxonomy } from './fixtures/profiles';
import { profile, smallTaxonomy } from './fixtures/profiles';

const seeker = profile('s', { seeks: ['queue', 'sensors'], topics: ['ai'] });
const products = [
  { slug: 'queue-kiosk', exhibitor: 'x', category: 'e-government', tags: ['citizen-services'] },
  { slug: 'signals', exhibitor: 'y', category: 'smart-mobility', tags: ['mobility', 'ai'] },
  { slug: 'solar', exhibitor: 'z', category: 'energy-environment', tags: ['energy'] },
];

describe('products for needs', () => {
  it('lists products whose category serves a sought area, tags breaking ties, unrelated ones left out', () => {
    const hits = productsForNeeds(seeker, products, smallTaxonomy);
    expect(hits.map((h) => h.slug)).toEqual(['signals', 'queue-kiosk']);
    expect(hits[0]).toEqual({ slug: 'signals', score: 2, seeks: ['sensors'], topics: ['mobility', 'ai'] });
  });

  it('finds nothing for a delegate who seeks nothing and follows no topic', () => {
    expect(productsForNeeds(profile('n'), products, smallTaxonomy)).toEqual([]);
  });
});

describe('sessions for needs', () => {
  const sessions = [
    { slug: 'panel-mobility', format: 'panel', tags: ['mobility', 'ai'] },
    { slug: 'talk-gov', format: 'talk', tags: ['e-government'] },
    { slug: 'b2b-morning', format: 'b2b', tags: ['mobility'] },
    { slug: 'lunch', format: 'break', tags: ['mobility'] },
    { slug: 'energy', format: 'talk', tags: ['energy'] },
  ];

  it('ranks sessions by the tags they share with the delegate’s topics and sought areas', () => {
    expect(sessionsForNeeds(seeker, sessions, smallTaxonomy).map((s) => s.slug)).toEqual([
      'panel-mobility',
      'talk-gov',
    ]);
  });
});

describe('what showcase products offer', () => {
  it('turns product categories into the taxonomy areas that list them, plus the products kind', () => {
    const taxonomy = contentTaxonomy();
    const offers = productOffers(products.slice(0, 2), taxonomy);
    expect(offers).toEqual(['smart-mobility', 'e-government', 'products']);
    // An area earns half credit from a delegate who seeks one of its tags.
    expect(tagCredit(taxonomy, 'traffic-sensors', offers[0]!)).toBe(0.5);
  });

  it('offers nothing for an exhibitor without products', () => {
    expect(productOffers([], contentTaxonomy())).toEqual([]);
  });
});
