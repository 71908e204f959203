// The showcase search (src/lib/showcase/search.ts, catalogue.ts) over the demo catalogue:
// a golden set of Vietnamese and English queries, typed with or without diacritics, and their hits.
import { describe, expect, it } from 'vitest';
import { queryCatalogue, type CatalogueQuery } from '~/lib/showcase/catalogue';
import { demoCatalogue } from '../../fixtures/showcase-catalogue';

const catalogue = demoCatalogue();
const search = (q: string, extra: Partial<CatalogueQuery> = {}) =>
  queryCatalogue(catalogue, { category: undefined, maturity: undefined, country: undefined, q, ...extra })
    .map((p) => p.slug)
    .sort();

/** [query, exactly the products it must find]. */
const GOLDEN: [string, string[]][] = [
  // The issue's own examples: no marks, upper case, đ typed as d.
  ['do thi so', ['danang-3d-city-map']],
  ['DA NANG', ['danang-3d-city-map']],
  ['Đà Nẵng', ['danang-3d-city-map']],
  ['ngap', ['street-flood-alerts']],
  ['ngập úng', ['street-flood-alerts']],
  ['flood', ['street-flood-alerts']],
  ['dien mat troi', ['e-two-wheeler-charging', 'rooftop-solar-public-buildings']],
  ['rooftop solar', ['rooftop-solar-public-buildings']],
  ['xe buyt dien', ['adaptive-traffic-signals', 'on-demand-electric-minibus']],
  ['electric bus', ['adaptive-traffic-signals', 'on-demand-electric-minibus']],
  ['an ninh mang', ['commune-security-operations']],
  ['telehealth', ['commune-telehealth-kiosk']],
  ['kham tu xa', ['commune-telehealth-kiosk']],
  ['giao duc', ['digital-academy-for-officials', 'digital-skills-for-seniors']],
  ['dat dai', ['commune-open-data-kit', 'land-data-platform-126-communes', 'urban-digital-twin-pilot']],
  ['land', ['commune-open-data-kit', 'land-data-platform-126-communes', 'urban-digital-twin-pilot']],
  ['ban sao so', ['danang-3d-city-map', 'land-data-platform-126-communes', 'urban-digital-twin-pilot']],
  ['digital twin', ['danang-3d-city-map', 'land-data-platform-126-communes', 'urban-digital-twin-pilot']],
  ['payment', ['digital-social-benefit-wallet', 'one-tap-fee-payment']],
  ['PayPho', ['digital-social-benefit-wallet', 'one-tap-fee-payment']],
  ['PAYPHỐ', ['digital-social-benefit-wallet', 'one-tap-fee-payment']],
  ['luotso', ['mobile-service-team-scheduler', 'queue-ticket-from-home']],
  ['khong khi', ['air-quality-sensor-network']],
  ['chatbot', ['procedures-chatbot']],
  ['Trợ lý', ['ai-assistant-for-officials']],
  ['kaze', ['adaptive-traffic-signals']],
  ['seoul', ['urban-digital-twin-pilot']],
  ['siam', ['smart-water-meters']],
  ['dong ho nuoc', ['smart-water-meters']],
  ['night-time flow', ['smart-water-meters']],
  ['hai chau', ['danang-3d-city-map']],
  ['cybersecurity', ['commune-security-operations', 'digital-academy-for-officials', 'once-only-data-exchange']],
  ['HanoiGo', ['hanoigo-multimodal-app', 'on-demand-electric-minibus']],
  [
    'y te',
    [
      'air-quality-sensor-network',
      'commune-telehealth-kiosk',
      'home-care-for-older-people',
      'on-demand-electric-minibus',
    ],
  ],
  [
    'open data',
    [
      'air-quality-sensor-network',
      'citizen-report-triage',
      'commune-open-data-kit',
      'land-data-platform-126-communes',
      'once-only-data-exchange',
      'smart-water-meters',
      'street-flood-alerts',
    ],
  ],
];

describe('the golden set of queries', () => {
  it('holds at least 30 queries', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(30);
  });
  it.each(GOLDEN)('"%s" finds exactly its products', (q, expected) => {
    expect(search(q)).toEqual([...expected].sort());
  });
  it('finds the same with the query decomposed (NFD) as with it composed', () => {
    for (const [q] of GOLDEN) expect(search(q.normalize('NFD'))).toEqual(search(q.normalize('NFC')));
  });
});

describe('how queries match', () => {
  it('"ha noi" finds what "Hà Nội" finds, and many products', () => {
    expect(search('ha noi')).toEqual(search('Hà Nội'));
    expect(search('ha noi').length).toBeGreaterThan(10);
  });
  it('matches at word starts only: "ai" does not find "thai" or "hai"', () => {
    expect(search('ai')).not.toContain('danang-3d-city-map'); // "Hải Châu" → "hai chau"
  });
  it('matches words in a row, not scattered: "da nang" is not "đã … năng lượng"', () => {
    expect(search('da nang')).toEqual(['danang-3d-city-map']);
  });
  it('finds exhibitor names in both languages', () => {
    expect(search('da nang digital city lab')).toEqual(['danang-3d-city-map']);
    expect(search('phong thi nghiem')).toEqual(['danang-3d-city-map']);
  });
  it('an empty query or punctuation only finds everything', () => {
    expect(search('')).toHaveLength(catalogue.length);
    expect(search(' ,.;! ')).toHaveLength(catalogue.length);
  });
  it('combines search with category, maturity and country filters', () => {
    expect(search('water', { country: 'TH' })).toEqual(['smart-water-meters']);
    expect(search('water', { country: 'VN' })).toEqual(['street-flood-alerts']);
    expect(search('', { category: 'urban-data', maturity: 'deployed' })).toEqual([
      'danang-3d-city-map',
      'land-data-platform-126-communes',
    ]);
    expect(search('', { country: 'JP' })).toEqual(['adaptive-traffic-signals']);
  });
});
