// B2B blocks at run time: their meeting settings mirrored from content in the programme sync's
// transaction, the slots derived from them, and placed meetings kept in step when a block moves.
// Source of truth for times is content → programme_sessions (the mirror); slots are never stored.
import { and, eq, isNull, notInArray } from 'drizzle-orm';
import type { Db, Tx } from '~db/client';
import { b2bBlocks, meetingParticipants, meetings, programmeSessions } from '~db/schema';
import { slotsOf, type B2bBlock, type Slot } from './slots';

type Q = Db | Tx;

/** The B2B blocks still on the programme, with their times from the mirror. */
export function loadBlocks(q: Q): B2bBlock[] {
  return q
    .select({
      slug: programmeSessions.slug,
      startsAt: programmeSessions.startsAt,
      endsAt: programmeSessions.endsAt,
      length: b2bBlocks.meetingMinutes,
      changeover: b2bBlocks.changeoverMinutes,
      tables: b2bBlocks.tables,
    })
    .from(b2bBlocks)
    .innerJoin(programmeSessions, eq(programmeSessions.slug, b2bBlocks.sessionSlug))
    .where(isNull(programmeSessions.cancelledAt))
    .all();
}

/** Every B2B slot, in time order. */
export function loadSlots(q: Q): Slot[] {
  return slotsOf(loadBlocks(q));
}

/** A programme session's meeting settings, as content has them (undefined: not a B2B block). */
export interface BlockSettings {
  slug: string;
  meetings?: { length: number; changeover: number; tables: number } | undefined;
}

/**
 * Mirrors the B2B settings of the programme into b2b_blocks and re-times placed meetings; call
 * inside the programme sync's transaction, after programme_sessions is written. Returns the
 * meetings that moved or lost their slot.
 */
export function syncB2bBlocks(
  tx: Tx,
  sessions: readonly BlockSettings[],
  now: Date,
): { moved: string[]; unplaced: string[] } {
  const blocks = sessions.filter((s) => s.meetings);
  for (const s of blocks) {
    const row = {
      meetingMinutes: s.meetings!.length,
      changeoverMinutes: s.meetings!.changeover,
      tables: s.meetings!.tables,
    };
    tx.insert(b2bBlocks)
      .values({ sessionSlug: s.slug, ...row })
      .onConflictDoUpdate({ target: b2bBlocks.sessionSlug, set: row })
      .run();
  }
  const keep = blocks.map((s) => s.slug);
  tx.delete(b2bBlocks)
    .where(keep.length > 0 ? notInArray(b2bBlocks.sessionSlug, keep) : undefined)
    .run();
  return reconcileMeetings(tx, now);
}

/**
 * Brings scheduled meetings in line with the slots as they are now: a meeting keeps its slot index
 * when its block moves (new times, `sequence` + 1); one whose slot or table no longer exists goes
 * back to unplaced (`sequence` + 1) for the batch scheduler.
 */
export function reconcileMeetings(tx: Tx, now: Date): { moved: string[]; unplaced: string[] } {
  const slots = new Map(loadSlots(tx).map((s) => [s.id, s]));
  const placed = tx.select().from(meetings).where(eq(meetings.status, 'scheduled')).all();
  const moved: string[] = [];
  const unplaced: string[] = [];
  for (const m of placed) {
    const slot = m.slotId ? slots.get(m.slotId) : undefined;
    if (!slot || m.tableNo === null || m.tableNo > slot.tables) {
      tx.update(meetings)
        .set({ status: 'unplaced', slotId: null, tableNo: null, sequence: m.sequence + 1, updatedAt: now })
        .where(eq(meetings.id, m.id))
        .run();
      tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, m.id)).run();
      unplaced.push(m.id);
    } else if (m.startsAt?.getTime() !== slot.startsAt.getTime() || m.endsAt?.getTime() !== slot.endsAt.getTime()) {
      tx.update(meetings)
        .set({ startsAt: slot.startsAt, endsAt: slot.endsAt, sequence: m.sequence + 1, updatedAt: now })
        .where(and(eq(meetings.id, m.id)))
        .run();
      moved.push(m.id);
    }
  }
  return { moved, unplaced };
}
