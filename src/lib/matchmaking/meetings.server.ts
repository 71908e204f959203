// Meetings after acceptance: each side records held or no-show once the slot is over, and organisers
// run the batch scheduler over every accepted-but-unplaced meeting (fixed meetings stay put).
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { getDb } from '~db/client';
import {
  matchmakingAvailability,
  meetingParticipants,
  meetings,
  programmeSessions,
  reservations,
  users,
} from '~db/schema';
import type { SheetMeeting } from './sheets';
import { canMarkOutcome, type Outcome } from './requests';
import { loadSlots } from './blocks.server';
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
      // Whole tables, not `IN (…)` lists: a summit-sized run would pass SQLite's parameter limit.
      const availability = new Map<string, string[]>();
      for (const r of tx.select().from(matchmakingAvailability).all()) {
        const list = availability.get(r.userId);
        if (list) list.push(r.slotId);
        else availability.set(r.userId, [r.slotId]);
      }
      const seatClashes = new Map<string, string[]>();
      const seats = tx
        .select({ userId: reservations.userId, startsAt: programmeSessions.startsAt, endsAt: programmeSessions.endsAt })
        .from(reservations)
        .innerJoin(programmeSessions, eq(programmeSessions.slug, reservations.sessionSlug))
        .where(and(eq(reservations.status, 'confirmed'), isNull(programmeSessions.cancelledAt)))
        .all();
      for (const seat of seats) {
        const hit = slots.filter((s) => overlaps(s, seat.startsAt, seat.endsAt)).map((s) => s.id);
        if (hit.length > 0) seatClashes.set(seat.userId, [...(seatClashes.get(seat.userId) ?? []), ...hit]);
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

/** Every scheduled meeting with both sides' names and organisations, for the table sheets and schedules. */
export function scheduledForSheets(): SheetMeeting[] {
  const db = getDb();
  const rows = db
    .select({
      id: meetings.id,
      slotId: meetings.slotId,
      table: meetings.tableNo,
      a: meetings.requesterId,
      b: meetings.receiverId,
    })
    .from(meetings)
    .where(eq(meetings.status, 'scheduled'))
    .all();
  const people = new Map(
    db
      .select({ id: users.id, fullName: users.fullName, organisation: users.organisation })
      .from(users)
      .innerJoin(meetingParticipants, eq(meetingParticipants.userId, users.id))
      .all()
      .map((p) => [p.id, p]),
  );
  return rows.flatMap((m) => {
    const a = people.get(m.a);
    const b = people.get(m.b);
    return m.slotId && m.table !== null && a && b ? [{ id: m.id, slotId: m.slotId, table: m.table, a, b }] : [];
  });
}
