// Placing one accepted meeting inside the caller's BEGIN IMMEDIATE transaction: gathers the facts
// (slots, availability, confirmed seats, both people's meetings, tables taken), lets the pure
// choosePlacement decide, and writes. The unique indexes (slot + table on meetings, slot + person
// on meeting_participants) are the last guard: a write they refuse moves on to the next slot.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '~db/client';
import { matchmakingAvailability, meetingParticipants, meetings, programmeSessions, reservations } from '~db/schema';
import { loadSlots } from './blocks.server';
import { choosePlacement, type PlacementChoice, type PlacementFacts } from './placement';

function availabilityOf(tx: Tx, userId: string): Set<string> {
  const rows = tx
    .select({ slotId: matchmakingAvailability.slotId })
    .from(matchmakingAvailability)
    .where(eq(matchmakingAvailability.userId, userId))
    .all();
  return new Set(rows.map((r) => r.slotId));
}

/** Intervals of the live programme sessions the user holds a confirmed seat in. */
export function confirmedSeats(tx: Tx, userId: string): { startsAt: Date; endsAt: Date }[] {
  return tx
    .select({
      startsAt: programmeSessions.startsAt,
      endsAt: programmeSessions.endsAt,
      cancelledAt: programmeSessions.cancelledAt,
    })
    .from(reservations)
    .innerJoin(programmeSessions, eq(programmeSessions.slug, reservations.sessionSlug))
    .where(and(eq(reservations.userId, userId), eq(reservations.status, 'confirmed')))
    .all()
    .filter((r) => r.cancelledAt === null);
}

function meetingsOf(tx: Tx, userId: string, except: string): { startsAt: Date; endsAt: Date }[] {
  const ids = tx
    .select({ id: meetingParticipants.meetingId })
    .from(meetingParticipants)
    .where(eq(meetingParticipants.userId, userId))
    .all();
  if (ids.length === 0) return [];
  return tx
    .select({ startsAt: meetings.startsAt, endsAt: meetings.endsAt })
    .from(meetings)
    .where(
      and(
        inArray(
          meetings.id,
          ids.map((r) => r.id),
        ),
        eq(meetings.status, 'scheduled'),
        ne(meetings.id, except),
      ),
    )
    .all()
    .flatMap((m) => (m.startsAt && m.endsAt ? [{ startsAt: m.startsAt, endsAt: m.endsAt }] : []));
}

function tablesTaken(tx: Tx): Map<string, Set<number>> {
  const taken = new Map<string, Set<number>>();
  for (const r of tx
    .select({ slotId: meetings.slotId, table: meetings.tableNo })
    .from(meetings)
    .where(eq(meetings.status, 'scheduled'))
    .all()) {
    if (r.slotId === null || r.table === null) continue;
    const set = taken.get(r.slotId) ?? new Set<number>();
    taken.set(r.slotId, set.add(r.table));
  }
  return taken;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && 'code' in err && (err as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Gives meeting `meetingId` (between a and b) the earliest slot and table that fit, or leaves it
 * unplaced and says why with the nearest alternatives. Call inside a BEGIN IMMEDIATE transaction.
 */
export function placeMeetingInTx(tx: Tx, meetingId: string, a: string, b: string, now: Date): PlacementChoice {
  const facts: PlacementFacts = {
    slots: loadSlots(tx),
    availability: [availabilityOf(tx, a), availabilityOf(tx, b)],
    seats: [confirmedSeats(tx, a), confirmedSeats(tx, b)],
    meetings: [meetingsOf(tx, a, meetingId), meetingsOf(tx, b, meetingId)],
    tablesTaken: tablesTaken(tx),
  };
  const exclude = new Set<string>();
  for (;;) {
    const choice = choosePlacement({ ...facts, exclude });
    if (!choice.placed) return choice;
    const { slot, table } = choice;
    try {
      // A savepoint: a refused write undoes only itself, not the caller's transaction.
      tx.transaction((sp) => {
        const current = sp
          .select({ sequence: meetings.sequence, startsAt: meetings.startsAt })
          .from(meetings)
          .where(eq(meetings.id, meetingId))
          .get();
        // Placed before (then cancelled back to unplaced, or moved): calendars need a higher SEQUENCE.
        const moved = current?.startsAt != null;
        sp.update(meetings)
          .set({
            status: 'scheduled',
            slotId: slot.id,
            tableNo: table,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            sequence: (current?.sequence ?? 0) + (moved ? 1 : 0),
            updatedAt: now,
          })
          .where(eq(meetings.id, meetingId))
          .run();
        sp.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId)).run();
        sp.insert(meetingParticipants)
          .values([a, b].map((userId) => ({ meetingId, userId, slotId: slot.id })))
          .run();
      });
      return choice;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      exclude.add(slot.id);
    }
  }
}
