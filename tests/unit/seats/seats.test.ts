// Seat rules (src/lib/seats/seats.ts): which sessions take reservations, confirm or waitlist,
// waitlist promotion, the seat panel button, and where a form post returns with its notice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  panelContext,
  placeFor,
  promotionsDue,
  reservability,
  returnPath,
  seatAction,
  seatsLeft,
} from '../../../src/lib/seats/seats';

const ORIGIN = 'https://summit.example';

describe('which sessions take reservations', () => {
  it('accepts a session with a capacity that is still on the programme', () => {
    expect(reservability({ capacity: 50, cancelledAt: null })).toBe('ok');
  });
  it('refuses a session without a seat limit', () => {
    expect(reservability({ capacity: null, cancelledAt: null })).toBe('not-limited');
  });
  it('refuses a session removed from the programme even if it had seats', () => {
    expect(reservability({ capacity: 50, cancelledAt: new Date() })).toBe('cancelled');
  });
});

describe('placing a new reservation', () => {
  it('confirms while seats are left', () => {
    expect(placeFor(50, 49)).toBe('confirmed');
  });
  it('waitlists the 51st delegate when 50 seats are taken', () => {
    expect(placeFor(50, 50)).toBe('waitlisted');
  });
  it('never confirms more delegates than the capacity, whatever the order of arrivals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 300 }), (capacity, arrivals) => {
        let confirmed = 0;
        let waitlisted = 0;
        for (let i = 0; i < arrivals; i++) {
          if (placeFor(capacity, confirmed) === 'confirmed') confirmed++;
          else waitlisted++;
        }
        expect(confirmed).toBe(Math.min(capacity, arrivals));
        expect(waitlisted).toBe(Math.max(0, arrivals - capacity));
      }),
    );
  });
});

describe('promoting from the waitlist', () => {
  it('promotes one delegate when one confirmed seat is given back', () => {
    expect(promotionsDue({ capacity: 50, confirmed: 49, waitlisted: 150 })).toBe(1);
  });
  it('promotes nobody when nobody is waiting', () => {
    expect(promotionsDue({ capacity: 50, confirmed: 49, waitlisted: 0 })).toBe(0);
  });
  it('promotes nobody when the capacity was lowered below the confirmed count', () => {
    expect(promotionsDue({ capacity: 40, confirmed: 50, waitlisted: 10 })).toBe(0);
  });
  it('fills every seat a raised capacity frees, up to the waitlist length', () => {
    expect(promotionsDue({ capacity: 60, confirmed: 50, waitlisted: 4 })).toBe(4);
  });
  it('reports zero seats left, never a negative number', () => {
    expect(seatsLeft({ capacity: 40, confirmed: 50, waitlisted: 0 })).toBe(0);
  });
});

describe('the seat panel button', () => {
  const counts = { capacity: 2, confirmed: 0, waitlisted: 0 };
  it('offers to reserve when seats are left and nobody is waiting', () => {
    expect(seatAction({ reservability: 'ok', counts, mine: null, signedIn: true, emailVerified: true })).toBe(
      'reserve',
    );
  });
  it('offers the waitlist when the session is full', () => {
    expect(
      seatAction({
        reservability: 'ok',
        counts: { capacity: 2, confirmed: 2, waitlisted: 0 },
        mine: null,
        signedIn: true,
        emailVerified: true,
      }),
    ).toBe('join-waitlist');
  });
  it('offers to cancel a confirmed seat and to leave the waitlist', () => {
    expect(
      seatAction({ reservability: 'ok', counts, mine: { status: 'confirmed' }, signedIn: true, emailVerified: true }),
    ).toBe('cancel');
    expect(
      seatAction({
        reservability: 'ok',
        counts,
        mine: { status: 'waitlisted', position: 3 },
        signedIn: true,
        emailVerified: true,
      }),
    ).toBe('leave-waitlist');
  });
  it('asks a delegate whose email is not confirmed to confirm it before taking a seat', () => {
    expect(seatAction({ reservability: 'ok', counts, mine: null, signedIn: true, emailVerified: false })).toBe(
      'verify-email',
    );
  });
  it('lets a delegate whose email is not confirmed still give back a seat', () => {
    expect(
      seatAction({ reservability: 'ok', counts, mine: { status: 'confirmed' }, signedIn: true, emailVerified: false }),
    ).toBe('cancel');
  });
  it('asks visitors to sign in', () => {
    expect(seatAction({ reservability: 'ok', counts, mine: null, signedIn: false, emailVerified: false })).toBe(
      'sign-in',
    );
  });
  it('still lets a delegate give back a seat in a cancelled session, but offers nothing new', () => {
    expect(
      seatAction({
        reservability: 'cancelled',
        counts,
        mine: { status: 'confirmed' },
        signedIn: true,
        emailVerified: true,
      }),
    ).toBe('cancel');
    expect(
      seatAction({ reservability: 'cancelled', counts, mine: null, signedIn: true, emailVerified: true }),
    ).toBeNull();
  });
});

describe('where a form post returns', () => {
  it('returns to the page the form was on, with the notice for that session', () => {
    const path = returnPath(
      { back: '/en/agenda/?track=ai', referer: null },
      ORIGIN,
      '/en/sessions/w/',
      'confirmed',
      'w',
    );
    expect(path).toBe('/en/agenda/?track=ai&seat=confirmed&seat-for=w#seats-w');
  });
  it('uses the Referer when the form gave no page', () => {
    expect(
      returnPath({ back: null, referer: `${ORIGIN}/vi/sessions/w/` }, ORIGIN, '/vi/agenda/', 'waitlisted', 'w'),
    ).toBe('/vi/sessions/w/?seat=waitlisted&seat-for=w#seats-w');
  });
  it('never follows a Referer on another site', () => {
    expect(
      returnPath({ back: null, referer: 'https://evil.example/phish' }, ORIGIN, '/vi/sessions/w/', 'cancelled', 'w'),
    ).toBe('/vi/sessions/w/?seat=cancelled&seat-for=w#seats-w');
  });
  it('replaces an older notice instead of stacking them', () => {
    expect(
      returnPath({ back: '/en/sessions/w/?seat=confirmed&seat-for=w', referer: null }, ORIGIN, '/x/', 'cancelled', 'w'),
    ).toBe('/en/sessions/w/?seat=cancelled&seat-for=w#seats-w');
  });
});

describe('the page a seat panel is on', () => {
  it('reads the notice from the page URL when rendered inline', () => {
    const ctx = panelContext(new URL(`${ORIGIN}/en/agenda/?seat=confirmed&seat-for=w&track=ai`), null, 'w');
    expect(ctx).toEqual({ back: '/en/agenda/?track=ai', notice: 'confirmed' });
  });
  it('reads the page from the Referer when rendered as a server island', () => {
    const ctx = panelContext(
      new URL(`${ORIGIN}/_server-islands/SeatPanel?p=x`),
      `${ORIGIN}/vi/sessions/w/?seat=waitlisted&seat-for=w`,
      'w',
    );
    expect(ctx).toEqual({ back: '/vi/sessions/w/', notice: 'waitlisted' });
  });
  it('ignores a notice meant for another session on the same page', () => {
    expect(panelContext(new URL(`${ORIGIN}/en/agenda/?seat=confirmed&seat-for=other`), null, 'w').notice).toBeNull();
  });
  it('ignores notices it does not know', () => {
    expect(panelContext(new URL(`${ORIGIN}/en/agenda/?seat=<script>&seat-for=w`), null, 'w').notice).toBeNull();
  });
});
