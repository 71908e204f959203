// Seat rules for limited sessions: who is reservable, confirmed or waitlisted, who
// gets promoted, and how a reservation outcome travels back to the page.

/** The part of a mirrored session that decides whether seats can be reserved. */
export interface SeatSession {
  capacity: number | null;
  cancelledAt: Date | null;
}

/** Why a session cannot be reserved, or 'ok'. */
export type Reservability = 'ok' | 'not-limited' | 'cancelled';

/** A delegate's own place in a session. */
export type MySeat = { status: 'confirmed' } | { status: 'waitlisted'; position: number } | null;

/** Seat counts for one session, as the panel and the JSON API show them. */
export interface SeatCounts {
  capacity: number;
  confirmed: number;
  waitlisted: number;
}

/** What a reservation attempt did. */
export type ReserveOutcome =
  | { status: 'confirmed' }
  | { status: 'waitlisted'; position: number }
  | { status: 'already'; mine: Exclude<MySeat, null> };

/** Why a seat change was refused; each is an error code of src/lib/errors/codes.ts. */
export type SeatRefusal = 'unknown-session' | 'not-limited' | 'session-cancelled' | 'email-unverified';

/** A seat change that went through, as the JSON API reports it. */
export type SeatChange =
  | { status: 'confirmed' }
  | { status: 'waitlisted'; position: number }
  | { status: 'already'; mine: 'confirmed' }
  | { status: 'already'; mine: 'waitlisted'; position: number }
  | { status: 'cancelled'; was: 'confirmed' | 'waitlisted' }
  | { status: 'not-reserved' };

/** Outcomes reported back to the session page in the `seat` query parameter. */
export const SEAT_NOTICES = [
  'confirmed',
  'waitlisted',
  'already',
  'cancelled',
  'not-reserved',
  'not-limited',
  'session-cancelled',
  'email-unverified',
  'invalid',
] as const;
export type SeatNotice = (typeof SEAT_NOTICES)[number];

/** Only sessions with a positive capacity that are still on the programme take reservations. */
export function reservability(session: SeatSession): Reservability {
  if (session.cancelledAt) return 'cancelled';
  if (session.capacity === null || session.capacity <= 0) return 'not-limited';
  return 'ok';
}

/** A new reservation is confirmed while confirmed seats are below capacity, otherwise waitlisted. */
export function placeFor(capacity: number, confirmed: number): 'confirmed' | 'waitlisted' {
  return confirmed < capacity ? 'confirmed' : 'waitlisted';
}

/**
 * How many waitlisted delegates move up once seats free: as many as there are free
 * seats, never more than are waiting. A capacity lowered below the confirmed count frees none.
 */
export function promotionsDue(counts: SeatCounts): number {
  return Math.max(0, Math.min(counts.capacity - counts.confirmed, counts.waitlisted));
}

/** Seats still free (never negative, even if the capacity was lowered in content). */
export function seatsLeft(counts: SeatCounts): number {
  return Math.max(0, counts.capacity - counts.confirmed);
}

/** The notice a form post returns with: what the change did, in the panel's words. */
export function noticeFor(change: SeatChange): SeatNotice {
  return change.status;
}

/** True when the parameter is one of the notices the seat panel knows how to show. */
export function isSeatNotice(value: unknown): value is SeatNotice {
  return typeof value === 'string' && (SEAT_NOTICES as readonly string[]).includes(value);
}

/** Where a form post came from: the form's own `back` path, else the Referer header. */
export interface ReturnFrom {
  /** A local path ("/vi/agenda/?day=1") the form said it was on, already checked by the caller. */
  back: string | null;
  referer: string | null;
}

/**
 * Where a form post returns: the page it came from when that is on this site (keeping its
 * query, minus an older notice), else the session page. Never another origin.
 */
export function returnPath(
  from: ReturnFrom,
  origin: string,
  fallback: string,
  notice: SeatNotice,
  slug: string,
): string {
  let target = new URL(fallback, origin);
  const candidates = [from.back, from.referer];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, origin);
      if (url.origin === origin) {
        target = url;
        break;
      }
    } catch {
      // an unparseable value falls through to the next candidate
    }
  }
  const params = new URLSearchParams(target.search);
  params.set('seat', notice);
  params.set('seat-for', slug);
  return `${target.pathname}?${params.toString()}#seats-${slug}`;
}

/** The one button a seat panel offers, given the session and the delegate's place in it. */
export type SeatAction = 'reserve' | 'join-waitlist' | 'cancel' | 'leave-waitlist' | 'sign-in' | 'verify-email' | null;

/**
 * Chooses the panel's button: newcomers queue behind an existing waitlist even if a seat just freed.
 * Only confirmed email addresses may take a seat, so throwaway accounts cannot empty a workshop.
 */
export function seatAction(state: {
  reservability: Reservability;
  counts: SeatCounts;
  mine: MySeat;
  signedIn: boolean;
  emailVerified: boolean;
}): SeatAction {
  if (state.mine?.status === 'confirmed') return 'cancel';
  if (state.mine?.status === 'waitlisted') return 'leave-waitlist';
  if (state.reservability !== 'ok') return null;
  if (!state.signedIn) return 'sign-in';
  if (!state.emailVerified) return 'verify-email';
  return seatsLeft(state.counts) > 0 && state.counts.waitlisted === 0 ? 'reserve' : 'join-waitlist';
}

/**
 * The page a panel is on and the notice meant for it. Rendered inline, that is the
 * request's URL; as a server island the request is the island's, so the page is the Referer.
 */
export function panelContext(
  requestUrl: URL,
  referer: string | null,
  slug: string,
): { back: string | null; notice: SeatNotice | null } {
  let page: URL | null = requestUrl;
  if (requestUrl.pathname.startsWith('/_server-islands/')) {
    try {
      page = referer ? new URL(referer) : null;
    } catch {
      page = null;
    }
    if (page && page.origin !== requestUrl.origin) page = null;
  }
  if (!page) return { back: null, notice: null };
  const params = new URLSearchParams(page.search);
  const notice = params.get('seat-for') === slug ? params.get('seat') : null;
  params.delete('seat');
  params.delete('seat-for');
  const query = params.toString();
  return { back: `${page.pathname}${query ? `?${query}` : ''}`, notice: isSeatNotice(notice) ? notice : null };
}
