// Beyond people: the showcase products and programme sessions that speak to a delegate's
// needs. A product answers a sought tag when the tag's area lists the product's category;
// sessions and products also meet the delegate on programme tags (their topics, and the
// topics the taxonomy attaches to the areas they seek).
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';
import type { Taxonomy } from '~/lib/matchmaking/taxonomy';

/** A showcase product as matching reads it. */
export interface ProductInput {
  slug: string;
  exhibitor: string;
  category: string;
  tags: readonly string[];
}

/** A programme session as matching reads it. */
export interface SessionInput {
  slug: string;
  format: string;
  tags: readonly string[];
}

/** An item that meets the delegate's needs, with what it met. */
export interface NeedsHit {
  slug: string;
  score: number;
  /** Sought taxonomy tags it answers. */
  seeks: string[];
  /** Programme tags it shares with the delegate's topics or sought areas. */
  topics: string[];
}

// A sought tag is worth more than a shared topic: the delegate said they need it.
const SEEK_WEIGHT = 1;
const TOPIC_WEIGHT = 0.5;
// Sessions that cannot "speak" to a need: breaks, and the B2B blocks themselves.
const SILENT_FORMATS = new Set(['break', 'b2b']);

/** Showcase products whose category or tags meet what the delegate seeks, best first. */
export function productsForNeeds(
  profile: MatchmakingProfile,
  products: readonly ProductInput[],
  taxonomy: Taxonomy,
  limit = 6,
): NeedsHit[] {
  const topics = needTopics(profile, taxonomy);
  const hits = products.map((p) => {
    const seeks = profile.seeks.filter((s) => areaCategories(s, taxonomy).has(p.category));
    const shared = p.tags.filter((t) => topics.has(t));
    return { slug: p.slug, score: SEEK_WEIGHT * seeks.length + TOPIC_WEIGHT * shared.length, seeks, topics: shared };
  });
  return best(hits, limit);
}

/** Programme sessions whose tags meet the delegate's topics and sought areas, best first. */
export function sessionsForNeeds(
  profile: MatchmakingProfile,
  sessions: readonly SessionInput[],
  taxonomy: Taxonomy,
  limit = 6,
): NeedsHit[] {
  const topics = needTopics(profile, taxonomy);
  const hits = sessions
    .filter((s) => !SILENT_FORMATS.has(s.format))
    .map((s) => {
      const shared = s.tags.filter((t) => topics.has(t));
      return { slug: s.slug, score: shared.length, seeks: [], topics: shared };
    });
  return best(hits, limit);
}

/**
 * What an exhibitor's showcase products say its staff offer: the taxonomy areas that list the
 * products' categories, and the "products" kind when it exists (added to their own offers).
 */
export function productOffers(products: readonly ProductInput[], taxonomy: Taxonomy): string[] {
  const categories = new Set(products.map((p) => p.category));
  const areas = [...taxonomy.byId.values()]
    .filter((t) => t.parent === undefined && (t.productCategories ?? []).some((c) => categories.has(c)))
    .map((t) => t.id);
  return areas.length > 0 && taxonomy.byId.has('products') ? [...areas, 'products'] : areas;
}

/** The delegate's own topics plus the programme tags of the areas they seek in. */
export function needTopics(profile: MatchmakingProfile, taxonomy: Taxonomy): Set<string> {
  const topics = new Set(profile.topics);
  for (const s of profile.seeks) {
    const root = taxonomy.rootOf.get(s);
    for (const t of (root && taxonomy.byId.get(root)?.topics) || []) topics.add(t);
  }
  return topics;
}

function areaCategories(tag: string, taxonomy: Taxonomy): Set<string> {
  const root = taxonomy.rootOf.get(tag);
  return new Set((root && taxonomy.byId.get(root)?.productCategories) || []);
}

function best(hits: NeedsHit[], limit: number): NeedsHit[] {
  return hits
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}
