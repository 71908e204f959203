// When the summit status next changes: the first session start or end after an instant, or the
// next event-local midnight before the summit (the "days to go" count). A render of the status or
// of "now and next" is right until then, so a cache can keep it exactly that long. Pure.
import { eventLocalDate, eventLocalToInstant } from '../time/event-time';

interface Timed {
  startsAt: Date;
  endsAt: Date;
}

/** The next instant after `at` at which summitStatus(sessions, ·) can differ; null when it never will again. */
export function nextStatusChange(sessions: readonly Timed[], at: Date): Date | null {
  const t = at.getTime();
  let next = Infinity;
  for (const s of sessions) {
    for (const edge of [s.startsAt.getTime(), s.endsAt.getTime()]) if (edge > t && edge < next) next = edge;
  }
  const first = Math.min(...sessions.map((s) => s.startsAt.getTime()));
  if (t < first) {
    // Before the summit the page counts days in event time; the count changes at local midnight.
    const midnight = eventLocalToInstant(`${nextDay(eventLocalDate(at))}T00:00`).getTime();
    next = Math.min(next, midnight);
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

/** "2025-12-22" → "2025-12-23". */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
