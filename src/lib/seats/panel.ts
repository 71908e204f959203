// What one seat panel shows, from the session's seats and the viewer: the counts, the
// viewer's place, the one button (or link) it offers, and the notice of the last form post.
import {
  seatAction,
  seatsLeft,
  type MySeat,
  type Reservability,
  type SeatAction,
  type SeatCounts,
  type SeatNotice,
} from './seats';

/** The seats of one session as the panel needs them (seats.server.ts's SeatStatus fits). */
export interface PanelSeats {
  reservability: Reservability;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  mine: MySeat;
}

/** Everything a seat panel renders; the component only turns it into markup. */
export interface SeatPanelView {
  cancelled: boolean;
  counts: SeatCounts;
  left: number;
  mine: MySeat;
  /** The button or link offered, or null for none. */
  action: SeatAction;
  /** What the form's button asks for. */
  intent: 'reserve' | 'cancel';
  notice: SeatNotice | null;
  /** The page the panel is on, sent with the form so the post returns there. */
  back: string | null;
}

/**
 * The panel for a session, or null when there is nothing to show: an unknown session, or one
 * without a seat limit where the viewer holds no seat (a seat kept from before capacity was removed still shows).
 */
export function seatPanelView(
  seats: PanelSeats | null,
  viewer: { signedIn: boolean; emailVerified: boolean },
  place: { back: string | null; notice: SeatNotice | null },
): SeatPanelView | null {
  if (!seats || (seats.reservability === 'not-limited' && seats.mine === null)) return null;
  const counts = { capacity: seats.capacity ?? 0, confirmed: seats.confirmed, waitlisted: seats.waitlisted };
  const action = seatAction({ reservability: seats.reservability, counts, mine: seats.mine, ...viewer });
  return {
    cancelled: seats.reservability === 'cancelled',
    counts,
    left: seatsLeft(counts),
    mine: seats.mine,
    action,
    intent: action === 'cancel' || action === 'leave-waitlist' ? 'cancel' : 'reserve',
    notice: place.notice,
    back: place.back,
  };
}
