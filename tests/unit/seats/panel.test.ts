// The seat panel's view (src/lib/seats/panel.ts): what it shows for each session and viewer,
// which button it offers, and the notice a form post returns with (seats.ts noticeFor).
import { describe, expect, it } from 'vitest';
import { seatPanelView, type PanelSeats } from '~/lib/seats/panel';
import { noticeFor } from '~/lib/seats/seats';

const seats = (over: Partial<PanelSeats> = {}): PanelSeats => ({
  reservability: 'ok',
  capacity: 10,
  confirmed: 4,
  waitlisted: 0,
  mine: null,
  ...over,
});
const verified = { signedIn: true, emailVerified: true };
const nowhere = { back: null, notice: null };

describe('the seat panel', () => {
  it('shows nothing for an unknown session', () => {
    expect(seatPanelView(null, verified, nowhere)).toBeNull();
  });

  it('shows nothing for a session without a seat limit, unless the viewer still holds a seat there', () => {
    expect(seatPanelView(seats({ reservability: 'not-limited', capacity: null }), verified, nowhere)).toBeNull();
    const kept = seatPanelView(
      seats({ reservability: 'not-limited', capacity: null, mine: { status: 'confirmed' } }),
      verified,
      nowhere,
    );
    expect(kept).toMatchObject({ action: 'cancel', intent: 'cancel', counts: { capacity: 0 } });
  });

  it('offers a verified delegate a seat while seats are left, and counts them', () => {
    expect(seatPanelView(seats(), verified, nowhere)).toMatchObject({
      cancelled: false,
      left: 6,
      counts: { capacity: 10, confirmed: 4, waitlisted: 0 },
      action: 'reserve',
      intent: 'reserve',
    });
  });

  it('offers the waitlist when the session is full, never a negative number of seats left', () => {
    expect(seatPanelView(seats({ confirmed: 12, waitlisted: 3 }), verified, nowhere)).toMatchObject({
      left: 0,
      action: 'join-waitlist',
      intent: 'reserve',
    });
  });

  it('lets a waitlisted delegate leave the waitlist with a cancel post', () => {
    const view = seatPanelView(seats({ mine: { status: 'waitlisted', position: 2 } }), verified, nowhere);
    expect(view).toMatchObject({ action: 'leave-waitlist', intent: 'cancel', mine: { position: 2 } });
  });

  it('asks visitors to sign in and unverified delegates to confirm their email', () => {
    expect(seatPanelView(seats(), { signedIn: false, emailVerified: false }, nowhere)?.action).toBe('sign-in');
    expect(seatPanelView(seats(), { signedIn: true, emailVerified: false }, nowhere)?.action).toBe('verify-email');
  });

  it('marks a cancelled session and offers no new reservation', () => {
    expect(seatPanelView(seats({ reservability: 'cancelled' }), verified, nowhere)).toMatchObject({
      cancelled: true,
      action: null,
    });
  });

  it('carries the page it is on and the notice meant for it', () => {
    const view = seatPanelView(seats(), verified, { back: '/vi/agenda/?day=1', notice: 'confirmed' });
    expect(view).toMatchObject({ back: '/vi/agenda/?day=1', notice: 'confirmed' });
  });
});

describe('the notice a seat form post returns with', () => {
  it('names what the change did', () => {
    expect(noticeFor({ status: 'confirmed' })).toBe('confirmed');
    expect(noticeFor({ status: 'waitlisted', position: 3 })).toBe('waitlisted');
    expect(noticeFor({ status: 'already', mine: 'confirmed' })).toBe('already');
    expect(noticeFor({ status: 'cancelled', was: 'waitlisted' })).toBe('cancelled');
    expect(noticeFor({ status: 'not-reserved' })).toBe('not-reserved');
  });
});
