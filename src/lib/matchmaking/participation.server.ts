// Who takes part in matchmaking and on what terms: the matchmaking consent, a hidden profile,
// incoming requests turned off, blocks (`receiverClosed`), saving a profile with its availability
// and incoming cap, and leaving matchmaking (consent withdrawn, profile hidden) cancelling requests.
import { and, eq, isNull, or } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '~db/client';
import { consents, matchmakingBlocks, matchmakingProfiles, meetingRequests } from '~db/schema';
import { cancelPendingRequestsOf } from './request-sweeps.server';
import { notifyStep } from './meeting-notify.server';
import { markProfilesChanged } from './profiles-version.server';
import { saveProfile } from './profiles.server';
import { setIncomingCap } from './availability.server';
import type { ProfileUpdate } from './profile';

type Q = Db | Tx;

/** True when the person's matchmaking consent is in force. */
export function hasMatchmakingConsent(userId: string, q: Q = getDb()): boolean {
  return (
    q
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.userId, userId), eq(consents.kind, 'matchmaking'), isNull(consents.withdrawnAt)))
      .get() !== undefined
  );
}

/** True when the person's contact-sharing consent is in force (contact details after acceptance). */
export function sharesContact(userId: string, q: Q = getDb()): boolean {
  return (
    q
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.userId, userId), eq(consents.kind, 'contact-sharing'), isNull(consents.withdrawnAt)))
      .get() !== undefined
  );
}

/**
 * Whether `receiverId` takes no request from `requesterId`: no consent, no profile, hidden,
 * incoming requests off, or a block either way (a blocked person cannot request).
 */
export function receiverClosed(q: Q, requesterId: string, receiverId: string): boolean {
  if (!hasMatchmakingConsent(receiverId, q)) return true;
  const p = q
    .select({ hidden: matchmakingProfiles.hidden, accepts: matchmakingProfiles.acceptsRequests })
    .from(matchmakingProfiles)
    .where(eq(matchmakingProfiles.userId, receiverId))
    .get();
  if (!p || p.hidden || !p.accepts) return true;
  const block = q
    .select({ a: matchmakingBlocks.blockerId })
    .from(matchmakingBlocks)
    .where(
      or(
        and(eq(matchmakingBlocks.blockerId, receiverId), eq(matchmakingBlocks.blockedId, requesterId)),
        and(eq(matchmakingBlocks.blockerId, requesterId), eq(matchmakingBlocks.blockedId, receiverId)),
      ),
    )
    .get();
  return block !== undefined;
}

/** Tells the other side of each cancelled request (after commit). */
function notifyCancelled(userId: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const db = getDb();
  for (const id of ids) {
    const r = db.select().from(meetingRequests).where(eq(meetingRequests.id, id)).get();
    if (!r) continue;
    notifyStep({
      step: 'cancelled',
      requestId: id,
      to: r.requesterId === userId ? r.receiverId : r.requesterId,
      from: userId,
    });
  }
}

/**
 * A person leaves matchmaking (consent withdrawn, profile hidden): the index is marked stale so
 * they vanish at once, and their pending requests, sent or received, are cancelled.
 */
export function leaveMatchmaking(tx: Q, userId: string, now = new Date()): () => void {
  const ids = cancelPendingRequestsOf(tx, userId, now);
  markProfilesChanged();
  return () => notifyCancelled(userId, ids);
}

/** The hook consent withdrawal calls: leaves matchmaking when the `matchmaking` consent goes. */
export function onConsentWithdrawn(tx: Q, userId: string, kind: string, now = new Date()): (() => void) | undefined {
  return kind === 'matchmaking' ? leaveMatchmaking(tx, userId, now) : undefined;
}

/** Saves a checked profile update with its availability and incoming cap; hiding leaves matchmaking. */
export function saveMatchmakingProfile(
  userId: string,
  update: ProfileUpdate,
  incomingCap: number | null,
  now = new Date(),
): void {
  saveProfile(userId, update, now);
  let after: (() => void) | undefined;
  if (update.hidden)
    getDb().transaction((tx) => (after = leaveMatchmaking(tx, userId, now)), { behavior: 'immediate' });
  setIncomingCap(userId, incomingCap);
  after?.();
}
