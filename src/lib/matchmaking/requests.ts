// Meeting requests as a state machine: pending → accepted | declined | cancelled | expired,
// accepted → cancelled; who may take each step; and the limits on new requests. Pure.

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type RequestAction = 'accept' | 'decline' | 'cancel';

/** Every reason a request step is refused; the same codes reach the API and the UI. */
export type RequestErrorCode =
  | 'message-too-long'
  | 'self-request'
  | 'already-requested'
  | 'receiver-closed'
  | 'outgoing-cap'
  | 'daily-cap'
  | 'incoming-cap'
  | 'not-found'
  | 'not-yours'
  | 'not-pending'
  | 'expired';

/** The limits on requests; see `requestLimits` for where they come from. */
export interface RequestLimits {
  /** Pending outgoing requests a delegate may have at once (cancelling one frees its place). */
  maxPendingOutgoing: number;
  /** New requests a delegate may send in any 24 hours. */
  dailyRequests: number;
  /** How long a request waits for an answer before it expires. */
  ttlMs: number;
  /** Characters allowed in the message. */
  messageMax: number;
}

const HOUR = 3_600_000;

/** Reads a positive integer from the environment, or the default when unset or invalid. */
function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The limits from MEETING_REQUEST_TTL_HOURS (72), MEETING_MAX_PENDING (10) and
 * MEETING_DAILY_REQUESTS (20); a missing or malformed value falls back to the default.
 */
export function requestLimits(env: Record<string, string | undefined> = process.env): RequestLimits {
  return {
    maxPendingOutgoing: positiveInt(env.MEETING_MAX_PENDING, 10),
    dailyRequests: positiveInt(env.MEETING_DAILY_REQUESTS, 20),
    ttlMs: positiveInt(env.MEETING_REQUEST_TTL_HOURS, 72) * HOUR,
    messageMax: 500,
  };
}

/** What deciding on a new request needs to know, counted at the moment of asking. */
export interface NewRequestFacts {
  requesterId: string;
  receiverId: string;
  message: string;
  /** A pending or accepted request between the two exists, in either direction. */
  openBetween: boolean;
  /** The receiver turned incoming requests off (or is not visible to matchmaking). */
  receiverClosed: boolean;
  /** The requester's pending, not yet expired, outgoing requests. */
  pendingOutgoing: number;
  /** Requests the requester created in the last 24 hours, whatever became of them. */
  sentLast24h: number;
  /** The receiver's pending, not yet expired, incoming requests, and the cap they set (null: none). */
  pendingIncoming: number;
  incomingCap: number | null;
}

/** Why a new request is refused, or null when it may be created. Checked in this order. */
export function refuseNewRequest(f: NewRequestFacts, limits: RequestLimits): RequestErrorCode | null {
  if (f.requesterId === f.receiverId) return 'self-request';
  if ([...f.message].length > limits.messageMax) return 'message-too-long';
  if (f.receiverClosed) return 'receiver-closed';
  if (f.openBetween) return 'already-requested';
  if (f.pendingOutgoing >= limits.maxPendingOutgoing) return 'outgoing-cap';
  if (f.sentLast24h >= limits.dailyRequests) return 'daily-cap';
  if (f.incomingCap !== null && f.pendingIncoming >= f.incomingCap) return 'incoming-cap';
  return null;
}

/** A request as the state machine sees it. */
export interface RequestState {
  status: RequestStatus;
  requesterId: string;
  receiverId: string;
  expiresAt: Date;
}

/** The status a request really has now: a pending one past its expiry is expired. */
export function effectiveStatus(r: RequestState, now: Date): RequestStatus {
  return r.status === 'pending' && r.expiresAt.getTime() <= now.getTime() ? 'expired' : r.status;
}

/**
 * The status after `actor` takes `action`, or why they may not. The receiver accepts or declines a
 * pending request; either side cancels a pending or accepted one (the meeting goes with it).
 */
export function nextStatus(
  r: RequestState,
  action: RequestAction,
  actor: string,
  now: Date,
): { ok: true; status: RequestStatus } | { ok: false; code: RequestErrorCode } {
  const status = effectiveStatus(r, now);
  const side = actor === r.receiverId ? 'receiver' : actor === r.requesterId ? 'requester' : null;
  if (!side) return { ok: false, code: 'not-found' };
  if (status === 'expired') return { ok: false, code: 'expired' };
  if (action === 'cancel') {
    return status === 'pending' || status === 'accepted'
      ? { ok: true, status: 'cancelled' }
      : { ok: false, code: 'not-pending' };
  }
  if (side !== 'receiver') return { ok: false, code: 'not-yours' };
  if (status !== 'pending') return { ok: false, code: 'not-pending' };
  return { ok: true, status: action === 'accept' ? 'accepted' : 'declined' };
}

export const OUTCOMES = ['held', 'no-show'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Whether a participant may record how a meeting went: only once its slot has ended. */
export function canMarkOutcome(m: { status: string; endsAt: Date | null }, now: Date): boolean {
  return m.status === 'scheduled' && m.endsAt !== null && m.endsAt.getTime() <= now.getTime();
}
