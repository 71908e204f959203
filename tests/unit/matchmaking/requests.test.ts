// Meeting requests (src/lib/matchmaking/requests.ts): who may accept, decline or cancel, expiry,
// and the limits on new requests, each refused with its own code.
import { describe, expect, it } from 'vitest';
import {
  effectiveStatus,
  nextStatus,
  refuseNewRequest,
  requestLimits,
  canMarkOutcome,
  type NewRequestFacts,
  type RequestState,
} from '~/lib/matchmaking/requests';

const now = new Date('2025-12-20T03:00:00Z');
const later = new Date('2025-12-24T03:00:00Z');
const limits = requestLimits({});
const pending: RequestState = {
  status: 'pending',
  requesterId: 'lan',
  receiverId: 'minh',
  expiresAt: new Date(now.getTime() + limits.ttlMs),
};
const facts = (over: Partial<NewRequestFacts> = {}): NewRequestFacts => ({
  requesterId: 'lan',
  receiverId: 'minh',
  message: 'Xin chào, chúng tôi muốn giới thiệu phần mềm xếp hàng.',
  openBetween: false,
  receiverClosed: false,
  pendingOutgoing: 0,
  sentLast24h: 0,
  pendingIncoming: 0,
  incomingCap: null,
  ...over,
});

describe('meeting request limits', () => {
  it('has safe defaults and reads valid overrides from the environment', () => {
    expect(limits).toEqual({ maxPendingOutgoing: 10, dailyRequests: 20, ttlMs: 72 * 3_600_000, messageMax: 500 });
    expect(
      requestLimits({ MEETING_REQUEST_TTL_HOURS: '24', MEETING_MAX_PENDING: '3', MEETING_DAILY_REQUESTS: '5' }),
    ).toMatchObject({
      ttlMs: 24 * 3_600_000,
      maxPendingOutgoing: 3,
      dailyRequests: 5,
    });
    expect(
      requestLimits({ MEETING_REQUEST_TTL_HOURS: '-1', MEETING_MAX_PENDING: 'lots', MEETING_DAILY_REQUESTS: '2.5' }),
    ).toEqual(limits);
  });

  it('lets a first request through', () => {
    expect(refuseNewRequest(facts(), limits)).toBeNull();
  });

  it('refuses each broken rule with its own code', () => {
    expect(refuseNewRequest(facts({ receiverId: 'lan' }), limits)).toBe('self-request');
    expect(refuseNewRequest(facts({ message: 'x'.repeat(501) }), limits)).toBe('message-too-long');
    expect(refuseNewRequest(facts({ receiverClosed: true }), limits)).toBe('receiver-closed');
    expect(refuseNewRequest(facts({ openBetween: true }), limits)).toBe('already-requested');
    expect(refuseNewRequest(facts({ pendingOutgoing: 10 }), limits)).toBe('outgoing-cap');
    expect(refuseNewRequest(facts({ sentLast24h: 20 }), limits)).toBe('daily-cap');
    expect(refuseNewRequest(facts({ pendingIncoming: 3, incomingCap: 3 }), limits)).toBe('incoming-cap');
  });

  it('counts the message in characters, so Vietnamese text is not cut short by its bytes', () => {
    expect(refuseNewRequest(facts({ message: 'ệ'.repeat(500) }), limits)).toBeNull();
  });

  it('frees a place under the pending cap once one is cancelled (the count is of pending ones)', () => {
    expect(refuseNewRequest(facts({ pendingOutgoing: 9 }), limits)).toBeNull();
  });
});

describe('meeting request steps', () => {
  it('lets the receiver accept or decline a pending request', () => {
    expect(nextStatus(pending, 'accept', 'minh', now)).toEqual({ ok: true, status: 'accepted' });
    expect(nextStatus(pending, 'decline', 'minh', now)).toEqual({ ok: true, status: 'declined' });
  });

  it('does not let the requester accept their own request', () => {
    expect(nextStatus(pending, 'accept', 'lan', now)).toEqual({ ok: false, code: 'not-yours' });
  });

  it('hides the request from anyone else', () => {
    expect(nextStatus(pending, 'cancel', 'hoa', now)).toEqual({ ok: false, code: 'not-found' });
  });

  it('lets either side cancel a pending request or an accepted meeting', () => {
    const accepted = { ...pending, status: 'accepted' as const };
    for (const who of ['lan', 'minh']) {
      expect(nextStatus(pending, 'cancel', who, now)).toEqual({ ok: true, status: 'cancelled' });
      expect(nextStatus(accepted, 'cancel', who, now)).toEqual({ ok: true, status: 'cancelled' });
    }
  });

  it('refuses steps on an answered request', () => {
    for (const status of ['declined', 'cancelled'] as const) {
      expect(nextStatus({ ...pending, status }, 'accept', 'minh', now)).toEqual({ ok: false, code: 'not-pending' });
      expect(nextStatus({ ...pending, status }, 'cancel', 'lan', now)).toEqual({ ok: false, code: 'not-pending' });
    }
    expect(nextStatus({ ...pending, status: 'accepted' }, 'decline', 'minh', now)).toEqual({
      ok: false,
      code: 'not-pending',
    });
  });

  it('treats a pending request past its expiry as expired, for every step', () => {
    expect(effectiveStatus(pending, later)).toBe('expired');
    expect(effectiveStatus(pending, now)).toBe('pending');
    expect(nextStatus(pending, 'accept', 'minh', later)).toEqual({ ok: false, code: 'expired' });
    expect(nextStatus(pending, 'cancel', 'lan', later)).toEqual({ ok: false, code: 'expired' });
  });

  it('records held or no-show only after the slot has ended', () => {
    const endsAt = new Date('2025-12-23T04:20:00Z');
    expect(canMarkOutcome({ status: 'scheduled', endsAt }, new Date('2025-12-23T04:19:00Z'))).toBe(false);
    expect(canMarkOutcome({ status: 'scheduled', endsAt }, endsAt)).toBe(true);
    expect(canMarkOutcome({ status: 'cancelled', endsAt }, later)).toBe(false);
    expect(canMarkOutcome({ status: 'unplaced', endsAt: null }, later)).toBe(false);
  });
});
