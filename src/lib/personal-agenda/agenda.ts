// A delegate's agenda as plain data: timed items of every kind (starred sessions, reserved
// seats, B2B meetings) in time order, with overlapping items flagged as clashes.
import type { MeetingSource } from '~/lib/calendar/meeting-item';

/** Anything with a time span on the agenda. */
export interface Timed {
  key: string;
  startsAt: Date;
  endsAt: Date;
  /** Cancelled items stay listed but cannot clash. */
  cancelled: boolean;
}

/** What every line of the agenda has, whatever its kind. */
interface EntryBase extends Timed {
  /** Keys of the entries this one overlaps in time. */
  overlapsWith: string[];
}

/** A programme session the delegate starred or holds a seat in. */
export interface SessionEntry extends EntryBase {
  kind: 'session';
  slug: string;
  starred: boolean;
  reservation: 'confirmed' | 'waitlisted' | null;
}

/** A B2B meeting of the delegate. */
export interface MeetingEntry extends EntryBase {
  kind: 'meeting';
  meeting: MeetingSource;
}

/** One line of the agenda; a new kind of item joins this union. */
export type AgendaEntry = SessionEntry | MeetingEntry;

/** What the agenda needs of a session. */
export interface AgendaSessionTimes {
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

/** What the agenda is built from. */
export interface AgendaInput {
  starred: Iterable<string>;
  reservations: readonly { slug: string; status: 'confirmed' | 'waitlisted' }[];
  sessions: ReadonlyMap<string, AgendaSessionTimes>;
  meetings?: readonly MeetingSource[] | undefined;
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

function sessionEntries(input: AgendaInput): SessionEntry[] {
  const starred = new Set(input.starred);
  const reserved = new Map(input.reservations.map((r) => [r.slug, r.status]));
  const entries: SessionEntry[] = [];
  for (const slug of new Set([...starred, ...reserved.keys()])) {
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
  return entries;
}

/** The agenda line of a meeting; a cancelled meeting stays listed, like a cancelled session. */
export function meetingEntry(meeting: MeetingSource): MeetingEntry {
  return {
    kind: 'meeting',
    key: `meeting:${meeting.id}`,
    meeting,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    cancelled: meeting.status === 'cancelled',
    overlapsWith: [],
  };
}

/**
 * The agenda: every starred or reserved session that exists and every meeting, in time order
 * (ties by end, then key), each flagged with the items it clashes with, whatever their kind.
 */
export function buildAgenda(input: AgendaInput & { meetings?: undefined }): SessionEntry[];
export function buildAgenda(input: AgendaInput): AgendaEntry[];
export function buildAgenda(input: AgendaInput): AgendaEntry[] {
  const entries: AgendaEntry[] = [...sessionEntries(input), ...(input.meetings ?? []).map(meetingEntry)];
  entries.sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      a.endsAt.getTime() - b.endsAt.getTime() ||
      a.key.localeCompare(b.key),
  );
  const overlaps = findOverlaps(entries);
  return entries.map((e) => ({ ...e, overlapsWith: overlaps.get(e.key) ?? [] }));
}
