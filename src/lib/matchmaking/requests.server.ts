// Meeting requests in the database: create (with the limits), accept (placing the meeting in the
// same BEGIN IMMEDIATE transaction), decline, cancel, expire. Each check-and-write is one
// synchronous immediate transaction, as seats do; the other side is emailed after commit.
/* eslint-disable @typescript-eslint/require-await -- the request steps stay async: callers await them, and the profile-side checks that plug in here (consent, blocks) are async. */
import { and, count, eq, gt, or } from 'drizzle-orm';
import { getDb, type Tx } from '~db/client';
import { meetingParticipants, meetingRequests, meetings, meetingSettings, users } from '~db/schema';
import { newUserId } from '~/lib/accounts/ids';
import { nextStatus, refuseNewRequest, requestLimits, type RequestErrorCode, type RequestLimits } from './requests';
import { placeMeetingInTx } from './placement.server';
import type { PlacementChoice } from './placement';
import { notifyStep, type StepNotice } from './meeting-notify.server';
import { receiverClosed } from './participation.server';

const IMMEDIATE = { behavior: 'immediate' } as const;
const DAY = 86_400_000;

export type Refused = { ok: false; code: RequestErrorCode };

/** Creates a pending request, or says which limit refused it. */
export async function createMeetingRequest(
  requesterId: string,
  receiverId: string,
  message: string,
  now = new Date(),
  limits: RequestLimits = requestLimits(),
): Promise<{ ok: true; id: string } | Refused> {
  const out = getDb().transaction((tx) => {
    const open = (a: string, b: string) =>
      and(
        eq(meetingRequests.requesterId, a),
        eq(meetingRequests.receiverId, b),
        or(eq(meetingRequests.status, 'accepted'), pendingNow(now)),
      );
    const n = (where: ReturnType<typeof and>) =>
      tx.select({ n: count() }).from(meetingRequests).where(where).get()?.n ?? 0;
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, receiverId)).get())
      return { ok: false as const, code: 'not-found' as const };
    const cap = tx
      .select({ cap: meetingSettings.incomingCap })
      .from(meetingSettings)
      .where(eq(meetingSettings.userId, receiverId))
      .get();
    const code = refuseNewRequest(
      {
        requesterId,
        receiverId,
        message,
        openBetween: n(or(open(requesterId, receiverId), open(receiverId, requesterId))) > 0,
        receiverClosed: receiverClosed(tx, requesterId, receiverId),
        pendingOutgoing: n(and(eq(meetingRequests.requesterId, requesterId), pendingNow(now))),
        sentLast24h: n(
          and(
            eq(meetingRequests.requesterId, requesterId),
            gt(meetingRequests.createdAt, new Date(now.getTime() - DAY)),
          ),
        ),
        pendingIncoming: n(and(eq(meetingRequests.receiverId, receiverId), pendingNow(now))),
        incomingCap: cap?.cap ?? null,
      },
      limits,
    );
    if (code) return { ok: false as const, code };
    const id = newUserId();
    tx.insert(meetingRequests)
      .values({
        id,
        requesterId,
        receiverId,
        message,
        status: 'pending',
        createdAt: now,
        expiresAt: new Date(now.getTime() + limits.ttlMs),
      })
      .run();
    return { ok: true as const, id };
  }, IMMEDIATE);
  if (out.ok) notifyStep({ step: 'requested', requestId: out.id, to: receiverId, from: requesterId });
  return out;
}

/** Pending and not yet past its expiry: what counts against the caps, so expiry frees a place at once. */
function pendingNow(now: Date) {
  return and(eq(meetingRequests.status, 'pending'), gt(meetingRequests.expiresAt, now));
}

/** What accepting produced: the meeting, placed or not (with why and the nearest alternatives). */
export type AcceptResult = { ok: true; meetingId: string; placement: PlacementChoice } | Refused;

/** The receiver accepts: the request becomes a meeting, placed at a slot and table when one fits. */
export async function acceptMeetingRequest(userId: string, requestId: string, now = new Date()): Promise<AcceptResult> {
  const out = getDb().transaction((tx): AcceptResult & { notice?: StepNotice } => {
    const r = tx.select().from(meetingRequests).where(eq(meetingRequests.id, requestId)).get();
    if (!r) return { ok: false, code: 'not-found' };
    const next = nextStatus(r, 'accept', userId, now);
    if (!next.ok) return expireIfDue(tx, r.id, next);
    tx.update(meetingRequests).set({ status: 'accepted', respondedAt: now }).where(eq(meetingRequests.id, r.id)).run();
    const meetingId = newUserId();
    tx.insert(meetings)
      .values({
        id: meetingId,
        requestId: r.id,
        requesterId: r.requesterId,
        receiverId: r.receiverId,
        status: 'unplaced',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    const placement = placeMeetingInTx(tx, meetingId, r.requesterId, r.receiverId, now);
    return {
      ok: true,
      meetingId,
      placement,
      notice: { step: 'accepted', requestId: r.id, to: r.requesterId, from: userId },
    };
  }, IMMEDIATE);
  if (!out.ok) return out;
  const { notice, ...result } = out;
  if (notice) notifyStep(notice);
  return result;
}

/** The receiver declines a pending request. */
export function declineMeetingRequest(
  userId: string,
  requestId: string,
  now = new Date(),
): Promise<{ ok: true } | Refused> {
  return close(userId, requestId, 'decline', now);
}

/** Either side cancels a pending request or an accepted meeting; its slot and table are freed. */
export function cancelMeetingRequest(
  userId: string,
  requestId: string,
  now = new Date(),
): Promise<{ ok: true } | Refused> {
  return close(userId, requestId, 'cancel', now);
}

async function close(
  userId: string,
  requestId: string,
  action: 'decline' | 'cancel',
  now: Date,
): Promise<{ ok: true } | Refused> {
  const out = getDb().transaction((tx): { ok: true; notice: StepNotice } | Refused => {
    const r = tx.select().from(meetingRequests).where(eq(meetingRequests.id, requestId)).get();
    if (!r) return { ok: false, code: 'not-found' };
    const next = nextStatus(r, action, userId, now);
    if (!next.ok) return expireIfDue(tx, r.id, next);
    tx.update(meetingRequests)
      .set({ status: next.status, respondedAt: now, closedBy: userId })
      .where(eq(meetingRequests.id, r.id))
      .run();
    const m = tx
      .select({ id: meetings.id, sequence: meetings.sequence })
      .from(meetings)
      .where(eq(meetings.requestId, r.id))
      .get();
    if (m) {
      tx.update(meetings)
        .set({ status: 'cancelled', sequence: m.sequence + 1, updatedAt: now })
        .where(eq(meetings.id, m.id))
        .run();
      tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, m.id)).run();
    }
    const other = userId === r.requesterId ? r.receiverId : r.requesterId;
    return {
      ok: true,
      notice: { step: action === 'decline' ? 'declined' : 'cancelled', requestId: r.id, to: other, from: userId },
    };
  }, IMMEDIATE);
  if (!out.ok) return out;
  notifyStep(out.notice);
  return { ok: true };
}

/** Records a lazily noticed expiry so the row says what its status already is. */
function expireIfDue(tx: Tx, id: string, refused: Refused): Refused {
  if (refused.code === 'expired')
    tx.update(meetingRequests)
      .set({ status: 'expired' })
      .where(and(eq(meetingRequests.id, id), eq(meetingRequests.status, 'pending')))
      .run();
  return refused;
}
