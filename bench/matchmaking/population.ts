// A synthetic matchmaking population for the benchmark, reproducible from a seed: planted
// groups (seekers who need tags of one area and offer a kind; providers who offer those tags,
// sometimes a sibling, and seek that kind; a one-sided provider who wants something else),
// where same-role members are each other's near-duplicates (competitors with the same tags),
// and noise profiles with random tags and texts. Texts mix Vietnamese (precomposed, NFD or
// typed without marks) and English.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildTaxonomy, type NeedTag, type Taxonomy } from '~/lib/matchmaking/taxonomy';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';

/** The population, and for each planted profile the ids it should be recommended. */
export interface Population {
  profiles: MatchmakingProfile[];
  relevant: Map<string, Set<string>>;
}

/** The taxonomy organisers edit, read straight from content/ (no Astro needed). */
export function benchTaxonomy(): { taxonomy: Taxonomy; tags: NeedTag[] } {
  const tags = parse(readFileSync('content/taxonomy/needs.yaml', 'utf8')) as NeedTag[];
  return { taxonomy: buildTaxonomy(tags), tags };
}

/** mulberry32: a small seeded PRNG, so every run measures the same population. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'ai',
  'citizen-services',
  'climate',
  'cybersecurity',
  'digital-twins',
  'e-government',
  'energy',
  'fintech',
  'health',
  'inclusion',
  'land-data',
  'mobility',
  'open-data',
  'education',
];
const MARKETS = ['Hà Nội', 'Hanoi', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Hải Phòng', 'Singapore', 'Seoul', 'Tokyo', 'Bangkok'];
const TYPES = ['government', 'business', 'startup', 'academia', 'international-organisation'];
const COUNTRIES = ['VN', 'VN', 'VN', 'SG', 'KR', 'JP', 'TH'];
const FILLER_VI = [
  'giải pháp',
  'hiệu quả',
  'cho thành phố',
  'triển khai nhanh',
  'đã có khách hàng',
  'phường xã',
  'người dân',
];
const FILLER_EN = ['proven', 'for cities', 'fast rollout', 'cloud based', 'with local support', 'affordable'];

/** Generates `size` profiles, about 7 in 15 of them in planted groups of 7. */
export function generatePopulation(size: number, taxonomy: Taxonomy, tags: NeedTag[], seed = 20251223): Population {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const children = (parent: string) => tags.filter((t) => t.parent === parent).map((t) => t.id);
  const areas = tags.filter((t) => t.facet === 'area' && children(t.id).length >= 2).map((t) => t.id);
  const kinds = tags.filter((t) => t.facet === 'kind' && children(t.id).length >= 2).map((t) => t.id);
  const leaves = tags.filter((t) => t.parent !== undefined).map((t) => t.id);
  const sibling = (id: string) => pick(children(taxonomy.byId.get(id)!.parent!).filter((c) => c !== id));
  const describe = (ids: string[]) => {
    const vi = r() < 0.6;
    const words = ids.map((id) => (vi ? taxonomy.byId.get(id)!.label.vi : taxonomy.byId.get(id)!.label.en) ?? id);
    let text = [...words, vi ? pick(FILLER_VI) : pick(FILLER_EN)].join(', ');
    const form = r();
    if (vi && form < 0.2) text = text.normalize('NFD');
    else if (vi && form < 0.4)
      text = text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd');
    return text;
  };
  const profiles: MatchmakingProfile[] = [];
  const relevant = new Map<string, Set<string>>();
  let n = 0;
  const make = (over: Partial<MatchmakingProfile>): MatchmakingProfile => {
    const id = `p${String(n++).padStart(6, '0')}`;
    const p: MatchmakingProfile = {
      userId: id,
      fullName: `Delegate ${id}`,
      organisation: `Organisation ${id}`,
      organisationType: pick(TYPES),
      country: pick(COUNTRIES),
      sectors: [],
      offers: [],
      seeks: [],
      offerText: '',
      seekText: '',
      topics: [pick(TOPICS), pick(TOPICS)].filter((t, i, a) => a.indexOf(t) === i),
      markets: [pick(MARKETS)],
      languages: r() < 0.85 ? ['vi', 'en'] : [pick(['vi', 'en', 'ja', 'ko'])],
      availability: [],
      hidden: false,
      acceptsRequests: true,
      ...over,
    };
    profiles.push(p);
    return p;
  };

  const groups = Math.floor(size / 15);
  for (let g = 0; g < groups; g++) {
    const area = pick(areas);
    const [x1, x2] = shuffle(children(area), r);
    const kind = pick(kinds);
    const y = pick(children(kind));
    const topics = [pick(TOPICS)];
    const shared = { sectors: [area], topics, languages: ['vi', 'en'] };
    const seekers = [0, 1, 2].map(() =>
      make({ ...shared, seeks: [x1!, x2!], offers: [y], seekText: describe([x1!, x2!]), offerText: describe([y]) }),
    );
    const providers = [0, 1, 2].map((j) => {
      const offers = j === 2 ? [sibling(x1!), x2!, 'software'] : [x1!, x2!, 'software'];
      const seeks = j === 1 ? [sibling(y)] : [y];
      return make({ ...shared, offers, seeks, offerText: describe(offers.slice(0, 2)), seekText: describe(seeks) });
    });
    // Offers what the seekers need but wants something they do not have: one-sided.
    const unrelatedKind = pick(kinds.filter((k) => k !== kind));
    make({
      ...shared,
      offers: [x1!, x2!, 'software'],
      seeks: [pick(children(unrelatedKind))],
      offerText: describe([x1!, x2!]),
    });
    for (const s of seekers) relevant.set(s.userId, new Set(providers.map((p) => p.userId)));
    for (const p of providers) relevant.set(p.userId, new Set(seekers.map((s) => s.userId)));
  }
  while (profiles.length < size) {
    const offers = [pick(leaves), pick(leaves)].filter((t, i, a) => a.indexOf(t) === i);
    const seeks = [pick(leaves), pick(leaves)].filter((t, i, a) => a.indexOf(t) === i);
    make({
      offers,
      seeks,
      sectors: [taxonomy.rootOf.get(offers[0]!)!],
      offerText: describe(offers),
      seekText: describe(seeks),
    });
  }
  return { profiles, relevant };
}

function shuffle<T>(list: T[], r: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
