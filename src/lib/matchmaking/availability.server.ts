// A person's availability in the B2B slots (slot ids) and their cap on incoming requests. Kept in
// this module's own tables so the matchmaking profile (matchmaking_profiles) stays separate.
import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '~db/client';
import { matchmakingAvailability, meetingSettings } from '~db/schema';
import { loadSlots } from './blocks.server';

/** The slot ids a person marked available, in time order. */
export function getAvailability(userId: string): string[] {
  const db = getDb();
  const mine = new Set(
    db
      .select({ slotId: matchmakingAvailability.slotId })
      .from(matchmakingAvailability)
      .where(eq(matchmakingAvailability.userId, userId))
      .all()
      .map((r) => r.slotId),
  );
  return loadSlots(db)
    .filter((s) => mine.has(s.id))
    .map((s) => s.id);
}

/** Replaces a person's slots inside the caller's transaction (ids already checked). */
export function replaceAvailability(tx: Tx, userId: string, slotIds: readonly string[]): void {
  tx.delete(matchmakingAvailability).where(eq(matchmakingAvailability.userId, userId)).run();
  const unique = [...new Set(slotIds)];
  if (unique.length > 0)
    tx.insert(matchmakingAvailability)
      .values(unique.map((slotId) => ({ userId, slotId })))
      .run();
}

/** Replaces a person's availability; refuses (writing nothing) when an id is not a current slot. */
export function setAvailability(
  userId: string,
  slotIds: readonly string[],
): { ok: true } | { ok: false; code: 'unknown-slot'; slotId: string } {
  return getDb().transaction(
    (tx) => {
      const known = new Set(loadSlots(tx).map((s) => s.id));
      const unknown = slotIds.find((id) => !known.has(id));
      if (unknown !== undefined) return { ok: false as const, code: 'unknown-slot' as const, slotId: unknown };
      replaceAvailability(tx, userId, slotIds);
      return { ok: true as const };
    },
    { behavior: 'immediate' },
  );
}

/** Sets (or with null removes) the most pending incoming requests a person accepts. */
export function setIncomingCap(userId: string, cap: number | null): void {
  const db = getDb();
  db.insert(meetingSettings)
    .values({ userId, incomingCap: cap })
    .onConflictDoUpdate({ target: meetingSettings.userId, set: { incomingCap: cap } })
    .run();
}

/** The cap a person set on pending incoming requests, or null for none. */
export function getIncomingCap(userId: string): number | null {
  return (
    getDb()
      .select({ cap: meetingSettings.incomingCap })
      .from(meetingSettings)
      .where(eq(meetingSettings.userId, userId))
      .get()?.cap ?? null
  );
}
