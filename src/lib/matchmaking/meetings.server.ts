// Meetings after acceptance: each side records held or no-show once the slot is over, and organisers
// run the batch scheduler over every accepted-but-unplaced meeting (fixed meetings stay put).
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { getDb } from '~db/client';
import { matchmakingAvailability, meetingParticipants, meetings, reservations } from '~db/schema';
import { canMarkOutcome, type Outcome } from './requests';
import { loadSlots } from './blocks.server';
import { confirmedSeats } from './placement.server';
import { overlaps } from './slots';
import { schedule, type ScheduleResult } from './scheduler';

/** A participant records how the meeting went, after its slot. */
export function markMeetingOutcome(
  userId: string,
  meetingId: string,
  outcome: Outcome,
  now = new Date(),
): { ok: true } | { ok: false; code: 'not-found' | 'not-scheduled' | 'too-early' } {
  return getDb().transaction(
    (tx) => {
      const m = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!m || (m.requesterId !== userId && m.receiverId !== userId))
        return { ok: false as const, code: 'not-found' as const };
      if (m.status !== 'scheduled') return { ok: false as const, code: 'not-scheduled' as const };
      if (!canMarkOutcome(m, now)) return { ok: false as const, code: 'too-early' as const };
      const set = m.requesterId === userId ? { requesterOutcome: outcome } : { receiverOutcome: outcome };
      tx.update(meetings)
        .set({ ...set, updatedAt: now })
        .where(eq(meetings.id, meetingId))
        .run();
      return { ok: true as const };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Places every accepted-but-unplaced meeting with the batch scheduler, in one immediate
 * transaction (so no accept runs in between), and returns the run's result with its bound.
 */
export function runBatchScheduler(now = new Date()): ScheduleResult {
  return getDb().transaction(
    (tx) => {
      const slots = loadSlots(tx);
      const all = tx
        .select({
          id: meetings.id,
          a: meetings.requesterId,
          b: meetings.receiverId,
          status: meetings.status,
          slotId: meetings.slotId,
          table: meetings.tableNo,
          sequence: meetings.sequence,
          startsAt: meetings.startsAt,
        })
        .from(meetings)
        .where(inArray(meetings.status, ['scheduled', 'unplaced']))
        .all();
      const people = [...new Set(all.flatMap((m) => [m.a, m.b]))];
      const availability = new Map<string, string[]>();
      if (people.length > 0) {
        for (const r of tx
          .select()
          .from(matchmakingAvailability)
          .where(inArray(matchmakingAvailability.userId, people))
          .all()) {
          availability.set(r.userId, [...(availability.get(r.userId) ?? []), r.slotId]);
        }
      }
      const seated =
        people.length > 0
          ? new Set(
              tx
                .select({ userId: reservations.userId })
                .from(reservations)
                .where(and(inArray(reservations.userId, people), eq(reservations.status, 'confirmed')))
                .all()
                .map((r) => r.userId),
            )
          : new Set<string>();
      const seatClashes = new Map<string, string[]>();
      for (const userId of seated) {
        const seats = confirmedSeats(tx, userId);
        seatClashes.set(
          userId,
          slots.filter((s) => seats.some((i) => overlaps(s, i.startsAt, i.endsAt))).map((s) => s.id),
        );
      }
      const fixed = all.flatMap((m) =>
        m.status === 'scheduled' && m.slotId && m.table !== null
          ? [{ meetingId: m.id, a: m.a, b: m.b, slotId: m.slotId, table: m.table }]
          : [],
      );
      const open = all.filter((m) => m.status === 'unplaced');
      const result = schedule({ slots, availability, seatClashes, fixed, meetings: open });
      const slotById = new Map(slots.map((s) => [s.id, s]));
      const before = new Map(open.map((m) => [m.id, m]));
      for (const p of result.placed) {
        const slot = slotById.get(p.slotId)!;
        const m = before.get(p.meetingId)!;
        tx.update(meetings)
          .set({
            status: 'scheduled',
            slotId: slot.id,
            tableNo: p.table,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            sequence: m.sequence + (m.startsAt ? 1 : 0),
            updatedAt: now,
          })
          .where(eq(meetings.id, m.id))
          .run();
        tx.insert(meetingParticipants)
          .values([m.a, m.b].map((userId) => ({ meetingId: m.id, userId, slotId: slot.id })))
          .run();
      }
      return result;
    },
    { behavior: 'immediate' },
  );
}

/** Held and no-show counts over scheduled meetings, as either side recorded them. */
export function outcomeCounts(): { held: number; noShow: number; unrecorded: number } {
  const rows = getDb()
    .select({ r: meetings.requesterOutcome, s: meetings.receiverOutcome })
    .from(meetings)
    .where(and(eq(meetings.status, 'scheduled'), isNotNull(meetings.slotId)))
    .all();
  let held = 0;
  let noShow = 0;
  for (const { r, s } of rows) {
    if (r === 'no-show' || s === 'no-show') noShow++;
    else if (r === 'held' || s === 'held') held++;
  }
  return { held, noShow, unrecorded: rows.length - held - noShow };
}
