// Requests closed in bulk rather than by one person's step: expiry of unanswered requests (run
// periodically; the caps already ignore expired ones) and a person leaving matchmaking.
/* eslint-disable @typescript-eslint/require-await -- the request steps stay async: callers await them, and the profile-side checks that plug in here (consent, blocks) are async. */
import { and, eq, lte, or } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '~db/client';
import { meetingRequests } from '~db/schema';
import { notifyStep } from './meeting-notify.server';

const IMMEDIATE = { behavior: 'immediate' } as const;

/** Marks every pending request past its expiry as expired and tells each requester; returns how many. */
export async function expireMeetingRequests(now = new Date()): Promise<number> {
  const expired = getDb().transaction(
    (tx) =>
      tx
        .update(meetingRequests)
        .set({ status: 'expired' })
        .where(and(eq(meetingRequests.status, 'pending'), lte(meetingRequests.expiresAt, now)))
        .returning({
          id: meetingRequests.id,
          requesterId: meetingRequests.requesterId,
          receiverId: meetingRequests.receiverId,
        })
        .all(),
    IMMEDIATE,
  );
  for (const r of expired) notifyStep({ step: 'expired', requestId: r.id, to: r.requesterId, from: r.receiverId });
  return expired.length;
}

/**
 * Cancels every pending request a person sent or received, inside the caller's transaction (for
 * withdrawing the matchmaking consent or hiding a profile); returns the ids, to notify after commit.
 */
export function cancelPendingRequestsOf(tx: Tx | Db, userId: string, now: Date): string[] {
  return tx
    .update(meetingRequests)
    .set({ status: 'cancelled', respondedAt: now, closedBy: userId })
    .where(
      and(
        eq(meetingRequests.status, 'pending'),
        or(eq(meetingRequests.requesterId, userId), eq(meetingRequests.receiverId, userId)),
      ),
    )
    .returning({ id: meetingRequests.id })
    .all()
    .map((r) => r.id);
}
