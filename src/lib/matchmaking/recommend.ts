// Recommendations for one viewer: candidates from the index, exclusions and filters applied,
// each scored both ways, ranked (a pair with no shared language goes last), exposure-capped.
import { directedFit, pairScore, sharedLanguages, type DirectedFit, type PreparedProfile } from '~/lib/matchmaking/fit';
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

/** Orders matches: a shared language first, then by score, then by id (stable across runs). */
export function compareMatches(a: Match, b: Match): number {
  const lang = Number(b.languages.length > 0) - Number(a.languages.length > 0);
  return lang || b.score - a.score || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
}

/** Every candidate with a positive pair score, ranked, before the exposure cap. */
export function rankCandidates(
  index: MatchIndex,
  viewer: PreparedProfile,
  relations: ExclusionContext,
  filters: MatchFilters = {},
): Match[] {
  const matches: Match[] = [];
  for (const i of candidatePositions(index, viewer)) {
    const c = index.entries[i]!;
    if (exclusionOf(viewer, c, relations) !== undefined || !passes(c.profile, filters)) continue;
    const forward = directedFit(viewer, c, index.taxonomy);
    if (forward.score <= 0) continue;
    const backward = directedFit(c, viewer, index.taxonomy);
    const score = pairScore(forward.score, backward.score);
    if (score <= 0) continue;
    matches.push({ userId: c.profile.userId, profile: c.profile, score, forward, backward, languages: sharedLanguages(viewer, c) });
  }
  return matches.sort(compareMatches);
}

/** The viewer's top matches (default 20), or [] when the viewer has no profile in the index. */
export function recommend(index: MatchIndex, viewerId: string, ctx: RecommendContext): Match[] {
  const at = index.positionOf.get(viewerId);
  if (at === undefined) return [];
  const limit = ctx.limit ?? 20;
  const ranked = rankCandidates(index, index.entries[at]!, ctx.relations, ctx.filters);
  if (!ctx.impressions || !ctx.exposure) return ranked.slice(0, limit);
  return applyExposureCap(ranked, ctx.impressions, ctx.exposure).slice(0, limit);
}

function passes(p: MatchmakingProfile, f: MatchFilters): boolean {
  return (
    (!f.sector || p.sectors.includes(f.sector)) &&
    (!f.country || p.country === f.country) &&
    (!f.organisationType || p.organisationType === f.organisationType)
  );
}
