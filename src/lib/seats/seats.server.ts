// Reservations in limited sessions. Every check-and-write is one BEGIN IMMEDIATE transaction
// with a synchronous callback (an async one would commit its first write even on failure),
// backed by the unique (session, delegate) index; promotion emails go out after commit.
import { and, asc, count, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '../../../db/client';
import { programmeSessions, reservations } from '../../../db/schema';
import {
  placeFor,
  promotionsDue,
  reservability,
  type MySeat,
  type Reservability,
  type ReserveOutcome,
  type SeatCounts,
} from './seats';
import { notifyPromotions, type Promotion } from './promotion.server';
import { contentChanged } from '~/lib/server/render-cache';
import { findEmailVerifiedAt } from '~/lib/accounts/users.server';

export type { Promotion } from './promotion.server';
export { notifyPromotions } from './promotion.server';

type Q = Tx | Db;

/** A reservation attempt's result, including why a session could not be reserved. */
export type ReserveResult =
  | ReserveOutcome
  | { status: 'unknown-session' }
  | { status: 'not-limited' }
  | { status: 'session-cancelled' }
  | { status: 'email-unverified' };

/** A cancellation's result. */
export type CancelResult =
  { status: 'cancelled'; was: 'confirmed' | 'waitlisted' } | { status: 'not-reserved' } | { status: 'unknown-session' };

/** Seats in one session and the asking delegate's place in it. */
export interface SeatStatus {
  slug: string;
  title: { vi: string; en: string };
  reservability: Reservability;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  mine: MySeat;
}

const IMMEDIATE = { behavior: 'immediate' } as const;

function sessionOf(q: Q, slug: string) {
  return q
    .select({
      capacity: programmeSessions.capacity,
      cancelledAt: programmeSessions.cancelledAt,
      titleVi: programmeSessions.titleVi,
      titleEn: programmeSessions.titleEn,
    })
    .from(programmeSessions)
    .where(eq(programmeSessions.slug, slug))
    .get();
}

function countOf(q: Q, slug: string, status: 'confirmed' | 'waitlisted'): number {
  return (
    q
      .select({ n: count() })
      .from(reservations)
      .where(and(eq(reservations.sessionSlug, slug), eq(reservations.status, status)))
      .get()?.n ?? 0
  );
}

function mySeat(q: Q, slug: string, userId: string): MySeat {
  const row = q
    .select({ id: reservations.id, status: reservations.status })
    .from(reservations)
    .where(and(eq(reservations.sessionSlug, slug), eq(reservations.userId, userId)))
    .get();
  if (!row) return null;
  if (row.status === 'confirmed') return { status: 'confirmed' };
  // Waitlist order is insertion order (the autoincrement id), so a position is a rank.
  const ahead = q
    .select({ n: count() })
    .from(reservations)
    .where(and(eq(reservations.sessionSlug, slug), eq(reservations.status, 'waitlisted'), lte(reservations.id, row.id)))
    .get();
  return { status: 'waitlisted', position: ahead?.n ?? 1 };
}

/** Moves the first waitlisted delegates into free seats; returns who moved. Call inside a transaction. */
function fillFreeSeats(tx: Q, slug: string, now: Date): Promotion[] {
  const session = sessionOf(tx, slug);
  if (!session || reservability(session) !== 'ok' || session.capacity === null) return [];
  const due = promotionsDue({
    capacity: session.capacity,
    confirmed: countOf(tx, slug, 'confirmed'),
    waitlisted: countOf(tx, slug, 'waitlisted'),
  });
  if (due === 0) return [];
  const first = tx
    .select({ id: reservations.id, userId: reservations.userId })
    .from(reservations)
    .where(and(eq(reservations.sessionSlug, slug), eq(reservations.status, 'waitlisted')))
    .orderBy(asc(reservations.id))
    .limit(due)
    .all();
  tx.update(reservations)
    .set({ status: 'confirmed', promotedAt: now })
    .where(
      inArray(
        reservations.id,
        first.map((r) => r.id),
      ),
    )
    .run();
  return first.map((r) => ({ userId: r.userId, slug }));
}

function reserveInTx(
  tx: Tx,
  userId: string,
  slug: string,
  now: Date,
): { result: ReserveResult; promoted: Promotion[] } {
  const session = sessionOf(tx, slug);
  if (!session) return { result: { status: 'unknown-session' }, promoted: [] };
  const why = reservability(session);
  if (why === 'cancelled') return { result: { status: 'session-cancelled' }, promoted: [] };
  if (why === 'not-limited' || session.capacity === null) return { result: { status: 'not-limited' }, promoted: [] };
  // Seats are scarce: only a confirmed email address may take one (cancelling is always allowed).
  if (!findEmailVerifiedAt(tx, userId)) return { result: { status: 'email-unverified' }, promoted: [] };
  // Seats freed without a cancellation (a raised capacity) go to the waitlist first, not to a newcomer.
  const promoted = fillFreeSeats(tx, slug, now);
  const mine = mySeat(tx, slug, userId);
  if (mine) return { result: { status: 'already', mine }, promoted };
  const confirmed = countOf(tx, slug, 'confirmed');
  const place = placeFor(session.capacity, confirmed);
  tx.insert(reservations).values({ sessionSlug: slug, userId, status: place, createdAt: now }).run();
  if (place === 'confirmed') return { result: { status: 'confirmed' }, promoted };
  return { result: { status: 'waitlisted', position: countOf(tx, slug, 'waitlisted') }, promoted };
}

/** Reserves a seat, or a waitlist place when the session is full; idempotent per delegate. */
export async function reserveSeat(userId: string, slug: string, now = new Date()): Promise<ReserveResult> {
  const { result, promoted } = getDb().transaction((tx) => reserveInTx(tx, userId, slug, now), IMMEDIATE);
  // The agenda shows seats left; its cached renders must not (render-cache.ts).
  contentChanged('seats');
  await notifyPromotions(promoted);
  return result;
}

function cancelInTx(tx: Tx, userId: string, slug: string, now: Date): { result: CancelResult; promoted: Promotion[] } {
  if (!sessionOf(tx, slug)) return { result: { status: 'unknown-session' }, promoted: [] };
  const row = tx
    .delete(reservations)
    .where(and(eq(reservations.sessionSlug, slug), eq(reservations.userId, userId)))
    .returning({ status: reservations.status })
    .get();
  if (!row) return { result: { status: 'not-reserved' }, promoted: [] };
  return { result: { status: 'cancelled', was: row.status }, promoted: fillFreeSeats(tx, slug, now) };
}

/** Gives up a seat or waitlist place; the first waitlisted delegate is promoted in the same transaction and emailed after it commits. */
export async function cancelReservation(userId: string, slug: string, now = new Date()): Promise<CancelResult> {
  const { result, promoted } = getDb().transaction((tx) => cancelInTx(tx, userId, slug, now), IMMEDIATE);
  contentChanged('seats');
  await notifyPromotions(promoted);
  return result;
}

/**
 * Drops every reservation of a user (account deletion) inside the caller's transaction,
 * promoting waitlisted delegates; returns them so the caller can `notifyPromotions` after commit.
 */
export function releaseSeatsOf(tx: Tx, userId: string, now = new Date()): Promotion[] {
  const released = tx
    .delete(reservations)
    .where(eq(reservations.userId, userId))
    .returning({ slug: reservations.sessionSlug })
    .all();
  // Inside the caller's (synchronous) transaction: no render can run before it commits.
  if (released.length > 0) contentChanged('seats');
  return released.flatMap((r) => fillFreeSeats(tx, r.slug, now));
}

/** Seat counts for a session and, for a signed-in delegate, their place; null for an unknown slug. */
export function seatStatus(slug: string, userId?: string | null): SeatStatus | null {
  // One read transaction, so the counts and the position come from the same snapshot.
  return getDb().transaction((tx) => {
    const session = sessionOf(tx, slug);
    if (!session) return null;
    return {
      slug,
      title: { vi: session.titleVi, en: session.titleEn },
      reservability: reservability(session),
      capacity: session.capacity,
      confirmed: countOf(tx, slug, 'confirmed'),
      waitlisted: countOf(tx, slug, 'waitlisted'),
      mine: userId ? mySeat(tx, slug, userId) : null,
    };
  });
}

/** The counts part of a status, as the JSON API returns it. */
export function seatCounts(status: SeatStatus): SeatCounts {
  return { capacity: status.capacity ?? 0, confirmed: status.confirmed, waitlisted: status.waitlisted };
}

/** A limited session's seats at a glance, for organisers. */
export interface SeatOverviewRow extends SeatCounts {
  slug: string;
  title: { vi: string; en: string };
  startsAt: Date;
}

/** Every limited session still on the programme with its seat counts, in time order (one query). */
export function seatOverview(): SeatOverviewRow[] {
  const rows = getDb()
    .select({
      slug: programmeSessions.slug,
      titleVi: programmeSessions.titleVi,
      titleEn: programmeSessions.titleEn,
      startsAt: programmeSessions.startsAt,
      capacity: programmeSessions.capacity,
      confirmed: sql<number>`count(case when ${reservations.status} = 'confirmed' then 1 end)`,
      waitlisted: sql<number>`count(case when ${reservations.status} = 'waitlisted' then 1 end)`,
    })
    .from(programmeSessions)
    .leftJoin(reservations, eq(reservations.sessionSlug, programmeSessions.slug))
    .where(and(isNotNull(programmeSessions.capacity), isNull(programmeSessions.cancelledAt)))
    .groupBy(programmeSessions.slug)
    .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.slug))
    .all();
  return rows.map(({ titleVi, titleEn, capacity, ...r }) => ({
    ...r,
    title: { vi: titleVi, en: titleEn },
    capacity: capacity ?? 0,
  }));
}
