// The exposure cap: how often one person may be shown to others in a day, so a popular
// exhibitor is not flooded. Pure policy over today's impression counts.

/** How many distinct viewers may see a person per day, and what happens past that. */
export interface ExposurePolicy {
  dailyCap: number;
  /** "demote": capped people go after everyone else; "skip": they are left out. */
  mode: 'demote' | 'skip';
}

/** The default: 200 viewers a day, then demoted (still shown when nobody else fits). */
export const DEFAULT_EXPOSURE: ExposurePolicy = { dailyCap: 200, mode: 'demote' };

/** Today's impressions: distinct viewers per person, and whom this viewer already saw. */
export interface Impressions {
  shownToday: ReadonlyMap<string, number>;
  /** People this viewer saw today: showing them again costs nothing, so they are never capped. */
  seenByViewer: ReadonlySet<string>;
}

/** Whether showing this person once more would exceed the cap. */
export function isCapped(userId: string, impressions: Impressions, policy: ExposurePolicy): boolean {
  if (impressions.seenByViewer.has(userId)) return false;
  return (impressions.shownToday.get(userId) ?? 0) >= policy.dailyCap;
}

/** Reorders (or filters) a ranked list so capped people come last (or not at all), order kept. */
export function applyExposureCap<T extends { userId: string }>(
  ranked: readonly T[],
  impressions: Impressions,
  policy: ExposurePolicy,
): T[] {
  const open: T[] = [];
  const capped: T[] = [];
  for (const item of ranked) (isCapped(item.userId, impressions, policy) ? capped : open).push(item);
  return policy.mode === 'skip' ? open : [...open, ...capped];
}
