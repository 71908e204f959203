// Where the summit stands at a given instant: before it starts, live (with what is
// on now and what comes next), or over. Pure: the clock is passed in.
import { eventLocalDate } from '../time/event-time';

interface Timed {
  startsAt: Date;
  endsAt: Date;
}

export type SummitPhase = 'before' | 'live' | 'after';

export interface NowAndNext<T> {
  /** Sessions running at the instant (start inclusive, end exclusive). */
  now: T[];
  /** Every session with the earliest start after the instant. */
  next: T[];
}

export interface SummitStatus<T> extends NowAndNext<T> {
  phase: SummitPhase;
  /** Calendar days (event time) until the first session; 0 on the day itself and after. */
  daysToGo: number;
}

/** The sessions running at `at` and those starting next. */
export function nowAndNext<T extends Timed>(sessions: readonly T[], at: Date): NowAndNext<T> {
  const t = at.getTime();
  const now = sessions.filter((s) => s.startsAt.getTime() <= t && t < s.endsAt.getTime());
  const upcoming = sessions.filter((s) => s.startsAt.getTime() > t);
  const first = Math.min(...upcoming.map((s) => s.startsAt.getTime()));
  return { now, next: upcoming.filter((s) => s.startsAt.getTime() === first) };
}

/** The summit's phase at `at`: before the first session starts, live until the last ends, then after. */
export function summitStatus<T extends Timed>(sessions: readonly T[], at: Date): SummitStatus<T> {
  if (sessions.length === 0) return { phase: 'after', now: [], next: [], daysToGo: 0 };
  const start = Math.min(...sessions.map((s) => s.startsAt.getTime()));
  const end = Math.max(...sessions.map((s) => s.endsAt.getTime()));
  const t = at.getTime();
  if (t >= end) return { phase: 'after', now: [], next: [], daysToGo: 0 };
  const { now, next } = nowAndNext(sessions, at);
  if (t >= start) return { phase: 'live', now, next, daysToGo: 0 };
  return { phase: 'before', now: [], next, daysToGo: daysBetween(eventLocalDate(at), eventLocalDate(new Date(start))) };
}

/** Whole days between two "YYYY-MM-DD" calendar dates. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
