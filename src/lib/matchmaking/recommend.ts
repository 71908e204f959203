// Recommendations for one viewer: candidates from the index, exclusions and filters applied,
// each scored both ways, ranked (a pair with no shared language goes last), exposure-capped.
import {
  directedFit,
  fitScore,
  pairScore,
  sharedLanguages,
  type DirectedFit,
  type PreparedProfile,
} from '~/lib/matchmaking/fit';
import { exclusionOf, type ExclusionContext } from '~/lib/matchmaking/exclusion';
import { applyExposureCap, type ExposurePolicy, type Impressions } from '~/lib/matchmaking/exposure';
import { candidatePositions, type MatchIndex } from '~/lib/matchmaking/match-index';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';

/** Narrowing a viewer may ask for; empty means any. */
export interface MatchFilters {
  sector?: string | undefined;
  country?: string | undefined;
  organisationType?: string | undefined;
}

/** A scored, explained pair, seen from the viewer. */
export interface Match {
  userId: string;
  profile: MatchmakingProfile;
  score: number;
  /** f(viewer→them): they offer what the viewer seeks. */
  forward: DirectedFit;
  /** f(them→viewer): the viewer offers what they seek. */
  backward: DirectedFit;
  languages: string[];
}

/** Everything ranking needs besides the index. */
export interface RecommendContext {
  relations: ExclusionContext;
  filters?: MatchFilters | undefined;
  limit?: number | undefined;
  impressions?: Impressions | undefined;
  exposure?: ExposurePolicy | undefined;
}

/** A candidate as ranked: enough to order and cap, before any explanation is worked out. */
export interface Ranked {
  userId: string;
  /** Position in the index. */
  at: number;
  score: number;
}

/** Every candidate with a positive pair score, ranked (a shared language first), before the exposure cap. */
export function rankCandidates(
  index: MatchIndex,
  viewer: PreparedProfile,
  relations: ExclusionContext,
  filters: MatchFilters = {},
): Ranked[] {
  const scored: (Ranked & { speaks: boolean })[] = [];
  for (const at of candidatePositions(index, viewer)) {
    const c = index.entries[at]!;
    if (exclusionOf(viewer, c, relations) !== undefined || !passes(c.profile, filters)) continue;
    const forward = fitScore(viewer, c);
    if (forward <= 0) continue;
    const score = pairScore(forward, fitScore(c, viewer));
    if (score <= 0) continue;
    scored.push({ at, userId: c.profile.userId, score, speaks: speaksWith(viewer, c) });
  }
  // A shared language first, then by score, then by id (stable across runs).
  return scored.sort(
    (a, b) => Number(b.speaks) - Number(a.speaks) || b.score - a.score || (a.userId < b.userId ? -1 : 1),
  );
}

/** The ranked candidates as matches, with both directions' details for the explanation. */
export function describeMatches(index: MatchIndex, viewer: PreparedProfile, ranked: readonly Ranked[]): Match[] {
  return ranked.map(({ at, userId, score }) => {
    const c = index.entries[at]!;
    const forward = directedFit(viewer, c, index.taxonomy);
    const backward = directedFit(c, viewer, index.taxonomy);
    return { userId, profile: c.profile, score, forward, backward, languages: sharedLanguages(viewer, c) };
  });
}

/** The viewer's top matches (default 20), or [] when the viewer has no profile in the index. */
export function recommend(index: MatchIndex, viewerId: string, ctx: RecommendContext): Match[] {
  const at = index.positionOf.get(viewerId);
  if (at === undefined) return [];
  const viewer = index.entries[at]!;
  const ranked = rankCandidates(index, viewer, ctx.relations, ctx.filters);
  const capped = ctx.impressions && ctx.exposure ? applyExposureCap(ranked, ctx.impressions, ctx.exposure) : ranked;
  return describeMatches(index, viewer, capped.slice(0, ctx.limit ?? 20));
}

function speaksWith(a: PreparedProfile, b: PreparedProfile): boolean {
  for (const l of a.languages) if (b.languages.has(l)) return true;
  return false;
}

function passes(p: MatchmakingProfile, f: MatchFilters): boolean {
  return (
    (!f.sector || p.sectors.includes(f.sector)) &&
    (!f.country || p.country === f.country) &&
    (!f.organisationType || p.organisationType === f.organisationType)
  );
}
