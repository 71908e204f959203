// Who a delegate must never be shown: themselves, their own organisation, anyone blocked
// either way, hidden profiles, and people they have already sent a request to.
import type { PreparedProfile } from '~/lib/matchmaking/fit';

/** Why a candidate is left out. */
export type ExclusionReason = 'self' | 'same-organisation' | 'blocked' | 'hidden' | 'already-requested';

/** The viewer's relations, loaded from the database. */
export interface ExclusionContext {
  /** Everyone the viewer blocked and everyone who blocked the viewer. */
  blocked: ReadonlySet<string>;
  /** Everyone the viewer has a request with (pending or answered). */
  requested: ReadonlySet<string>;
}

/** An empty context: nobody blocked, nothing requested. */
export const NO_RELATIONS: ExclusionContext = { blocked: new Set(), requested: new Set() };

/** Why the candidate may not be shown to the viewer, or undefined when they may. */
export function exclusionOf(
  viewer: PreparedProfile,
  candidate: PreparedProfile,
  ctx: ExclusionContext,
): ExclusionReason | undefined {
  const id = candidate.profile.userId;
  if (id === viewer.profile.userId) return 'self';
  if (candidate.profile.hidden) return 'hidden';
  if (ctx.blocked.has(id)) return 'blocked';
  // Folded, so "Công ty ĐôThị" and "cong ty do thi" are one organisation.
  if (viewer.organisationKey !== '' && viewer.organisationKey === candidate.organisationKey) return 'same-organisation';
  if (ctx.requested.has(id)) return 'already-requested';
  return undefined;
}
