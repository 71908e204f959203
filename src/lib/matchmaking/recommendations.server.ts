// Recommendations as the page computes them: the candidate index built from the database
// and cached (rebuilt when a profile changes, or after a minute as a safety net), the viewer's
// blocks and today's impressions read, the exposure cap applied, what was shown recorded.
import { and, count, eq, inArray } from 'drizzle-orm';
import { getDb } from '~db/client';
import { matchmakingImpressions } from '~db/schema';
import { eventLocalDate } from '~/lib/time/event-time';
import { buildMatchIndex, type MatchIndex } from '~/lib/matchmaking/match-index';
import { describeMatches, rankCandidates, type Match, type MatchFilters } from '~/lib/matchmaking/recommend';
import { applyExposureCap, DEFAULT_EXPOSURE, type ExposurePolicy } from '~/lib/matchmaking/exposure';
import { blockedEitherWay, loadVisibleProfiles } from '~/lib/matchmaking/profiles.server';
import { profilesVersion } from '~/lib/matchmaking/profiles-version.server';
import type { Taxonomy } from '~/lib/matchmaking/taxonomy';
import { exhibitorMembers } from '~db/schema';
import { approvedCatalogueProducts } from '~/lib/exhibitors/catalogue.server';
import { productOffers } from '~/lib/matchmaking/needs-match';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';

/** Exhibitor staff also offer what their organisation's approved showcase products say. */
function withProductOffers(profiles: MatchmakingProfile[], taxonomy: Taxonomy): MatchmakingProfile[] {
  const orgOf = new Map(
    getDb()
      .select({ userId: exhibitorMembers.userId, org: exhibitorMembers.organisationId })
      .from(exhibitorMembers)
      .all()
      .map((m) => [m.userId, m.org]),
  );
  if (orgOf.size === 0) return profiles;
  const products = approvedCatalogueProducts().map((p) => ({
    slug: p.slug,
    exhibitor: p.exhibitor.id,
    category: p.category,
    tags: p.tags,
  }));
  return profiles.map((p) => {
    const org = orgOf.get(p.userId);
    if (!org) return p;
    const extra = productOffers(
      products.filter((x) => x.exhibitor === org),
      taxonomy,
    );
    return extra.length === 0 ? p : { ...p, offers: [...new Set([...p.offers, ...extra])] };
  });
}

// Another process (a seed script, an admin tool) may change profiles without telling us.
const MAX_AGE_MS = 60_000;
// Capped people are demoted within a pool a few times the page's length: enough to refill it.
const POOL_FACTOR = 4;

let cache: { index: MatchIndex; taxonomy: Taxonomy; version: number; builtAt: number } | undefined;

/** The cached index over every visible profile, rebuilt when stale. */
export function getMatchIndex(taxonomy: Taxonomy, now = Date.now()): MatchIndex {
  if (
    !cache ||
    cache.taxonomy !== taxonomy ||
    cache.version !== profilesVersion() ||
    now - cache.builtAt > MAX_AGE_MS
  ) {
    const version = profilesVersion();
    cache = {
      index: buildMatchIndex(withProductOffers(loadVisibleProfiles(), taxonomy), taxonomy),
      taxonomy,
      version,
      builtAt: now,
    };
  }
  return cache.index;
}

/** Drops the cached index (tests, and the bench between populations). */
export function resetMatchIndex(): void {
  cache = undefined;
}

/** What the page asks for. `requested` are people the viewer has a meeting request with. */
export interface RecommendationRequest {
  viewerId: string;
  taxonomy: Taxonomy;
  filters?: MatchFilters | undefined;
  limit?: number | undefined;
  requested?: ReadonlySet<string> | undefined;
  exposure?: ExposurePolicy | undefined;
  now?: Date | undefined;
}

/** The viewer's top matches, exposure-capped; records today's impressions of those shown. */
export function recommendationsFor(req: RecommendationRequest): Match[] {
  const index = getMatchIndex(req.taxonomy);
  const at = index.positionOf.get(req.viewerId);
  if (at === undefined) return [];
  const limit = req.limit ?? 20;
  const relations = { blocked: blockedEitherWay(req.viewerId), requested: req.requested ?? new Set<string>() };
  const viewer = index.entries[at]!;
  const pool = rankCandidates(index, viewer, relations, req.filters).slice(0, limit * POOL_FACTOR);
  const day = eventLocalDate(req.now ?? new Date());
  const impressions = impressionsOf(
    req.viewerId,
    day,
    pool.map((m) => m.userId),
  );
  const shown = applyExposureCap(pool, impressions, req.exposure ?? DEFAULT_EXPOSURE).slice(0, limit);
  recordImpressions(
    req.viewerId,
    day,
    shown.map((m) => m.userId),
  );
  return describeMatches(index, viewer, shown);
}

function impressionsOf(viewerId: string, day: string, ids: string[]) {
  if (ids.length === 0) return { shownToday: new Map<string, number>(), seenByViewer: new Set<string>() };
  const db = getDb();
  const i = matchmakingImpressions;
  const counts = db
    .select({ id: i.shownUserId, n: count() })
    .from(i)
    .where(and(eq(i.day, day), inArray(i.shownUserId, ids)))
    .groupBy(i.shownUserId)
    .all();
  const seen = db
    .select({ id: i.shownUserId })
    .from(i)
    .where(and(eq(i.viewerId, viewerId), eq(i.day, day)))
    .all();
  return { shownToday: new Map(counts.map((c) => [c.id, c.n])), seenByViewer: new Set(seen.map((s) => s.id)) };
}

function recordImpressions(viewerId: string, day: string, ids: string[]): void {
  if (ids.length === 0) return;
  getDb()
    .insert(matchmakingImpressions)
    .values(ids.map((shownUserId) => ({ day, shownUserId, viewerId })))
    .onConflictDoNothing()
    .run();
}
