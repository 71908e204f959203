// A delegate's agenda as plain data: starred sessions, reserved seats and (when
// matchmaking lands) B2B meetings, in time order, with overlapping items flagged.

/** Anything with a time span on the agenda. */
export interface Timed {
  key: string;
  startsAt: Date;
  endsAt: Date;
  /** Cancelled items stay listed but cannot clash. */
  cancelled: boolean;
}

/** One line of the agenda. B2B meetings will join as another `kind`. */
export interface AgendaEntry extends Timed {
  kind: 'session';
  slug: string;
  starred: boolean;
  reservation: 'confirmed' | 'waitlisted' | null;
  /** Keys of the entries this one overlaps in time. */
  overlapsWith: string[];
}

/** What the agenda needs of a session. */
export interface AgendaSessionTimes {
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

/** Two spans overlap when each starts before the other ends (back-to-back sessions do not). */
export function spansOverlap(a: Pick<Timed, 'startsAt' | 'endsAt'>, b: Pick<Timed, 'startsAt' | 'endsAt'>): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** For each item, the keys of the other (non-cancelled) items it overlaps. */
export function findOverlaps(items: readonly Timed[]): Map<string, string[]> {
  const live = [...items].filter((i) => !i.cancelled).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const result = new Map<string, string[]>(items.map((i) => [i.key, []]));
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!;
    // Sorted by start: once a later item starts after `a` ends, no further item can overlap it.
    for (let j = i + 1; j < live.length && live[j]!.startsAt.getTime() < a.endsAt.getTime(); j++) {
      const b = live[j]!;
      if (!spansOverlap(a, b)) continue;
      result.get(a.key)!.push(b.key);
      result.get(b.key)!.push(a.key);
    }
  }
  return result;
}

/** The agenda: every starred or reserved session that exists, in time order, overlaps flagged. */
export function buildAgenda(input: {
  starred: Iterable<string>;
  reservations: readonly { slug: string; status: 'confirmed' | 'waitlisted' }[];
  sessions: ReadonlyMap<string, AgendaSessionTimes>;
}): AgendaEntry[] {
  const starred = new Set(input.starred);
  const reserved = new Map(input.reservations.map((r) => [r.slug, r.status]));
  const slugs = new Set([...starred, ...reserved.keys()]);
  const entries: AgendaEntry[] = [];
  for (const slug of slugs) {
    const s = input.sessions.get(slug);
    if (!s) continue;
    entries.push({
      kind: 'session',
      key: `session:${slug}`,
      slug,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      cancelled: s.cancelled,
      starred: starred.has(slug),
      reservation: reserved.get(slug) ?? null,
      overlapsWith: [],
    });
  }
  entries.sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      a.endsAt.getTime() - b.endsAt.getTime() ||
      a.slug.localeCompare(b.slug),
  );
  const overlaps = findOverlaps(entries);
  return entries.map((e) => ({ ...e, overlapsWith: overlaps.get(e.key) ?? [] }));
}
