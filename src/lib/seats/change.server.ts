// One seat change as the seat panel's form and the JSON API ask for it: reserve or cancel,
// then the session's counts, or the reason the session takes no reservation. The
// transactions themselves are seats.server.ts's.
import type { SeatChange, SeatCounts, SeatRefusal } from './seats';
import { cancelReservation, reserveSeat, seatCounts, seatStatus } from './seats.server';

/** A seat change done, with the counts after it; or why it was refused (nothing written). */
export type SeatChangeResult =
  { ok: true; change: SeatChange; seats: SeatCounts | null } | { ok: false; refusal: SeatRefusal };

async function apply(userId: string, slug: string, intent: 'reserve' | 'cancel'): Promise<SeatChange | SeatRefusal> {
  if (intent === 'cancel') {
    const c = await cancelReservation(userId, slug);
    return c.status === 'unknown-session' ? c.status : c;
  }
  const r = await reserveSeat(userId, slug);
  switch (r.status) {
    case 'unknown-session':
    case 'not-limited':
    case 'session-cancelled':
    case 'email-unverified':
      return r.status;
    case 'already':
      return r.mine.status === 'waitlisted'
        ? { status: 'already', mine: 'waitlisted', position: r.mine.position }
        : { status: 'already', mine: 'confirmed' };
    default:
      return r;
  }
}

/** Reserves or gives up the delegate's seat in a session (idempotent either way). */
export async function changeSeat(
  userId: string,
  slug: string,
  intent: 'reserve' | 'cancel',
): Promise<SeatChangeResult> {
  const change = await apply(userId, slug, intent);
  if (typeof change === 'string') return { ok: false, refusal: change };
  const status = seatStatus(slug, userId);
  return { ok: true, change, seats: status ? seatCounts(status) : null };
}
