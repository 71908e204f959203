// One delegate's side of matchmaking, as /me/ and the agenda read it: incoming and outgoing
// requests, meetings with slot, table and the other party, and contact details only after
// acceptance and only under the other party's contact-sharing consent. Reads only the viewer's rows.
import { and, eq, gt, inArray, or } from 'drizzle-orm';
import { getDb } from '~db/client';
import { meetingRequests, meetings, users } from '~db/schema';
import type { MeetingSource } from '~/lib/calendar/meeting-item';
import { canMarkOutcome, effectiveStatus, type RequestStatus } from './requests';
import { sharesContact } from './participation.server';

/** The other party as the viewer may see them. */
export interface Party {
  id: string;
  fullName: string;
  organisation: string;
  /** Only once a meeting is accepted, and only under their contact-sharing consent. */
  contact: { email: string } | null;
}

/** A request or meeting from the viewer's side. */
export interface MyMeeting {
  requestId: string;
  direction: 'incoming' | 'outgoing';
  status: RequestStatus;
  message: string;
  createdAt: Date;
  expiresAt: Date;
  other: Party;
  meeting: {
    id: string;
    status: 'scheduled' | 'unplaced' | 'cancelled';
    slotId: string | null;
    table: number | null;
    startsAt: Date | null;
    endsAt: Date | null;
    outcome: 'held' | 'no-show' | null;
    canMarkOutcome: boolean;
  } | null;
}

/** Everything the viewer sent or received, newest first. */
export function myMeetings(userId: string, now = new Date()): MyMeeting[] {
  const db = getDb();
  const rows = db
    .select()
    .from(meetingRequests)
    .where(or(eq(meetingRequests.requesterId, userId), eq(meetingRequests.receiverId, userId)))
    .all()
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  if (rows.length === 0) return [];
  const otherIds = [...new Set(rows.map((r) => (r.requesterId === userId ? r.receiverId : r.requesterId)))];
  const people = new Map(
    db
      .select({ id: users.id, fullName: users.fullName, organisation: users.organisation, email: users.email })
      .from(users)
      .where(inArray(users.id, otherIds))
      .all()
      .map((p) => [p.id, p]),
  );
  const byRequest = new Map(
    db
      .select()
      .from(meetings)
      .where(
        inArray(
          meetings.requestId,
          rows.map((r) => r.id),
        ),
      )
      .all()
      .map((m) => [m.requestId, m]),
  );
  return rows.map((r): MyMeeting => {
    const outgoing = r.requesterId === userId;
    const otherId = outgoing ? r.receiverId : r.requesterId;
    const p = people.get(otherId);
    const status = effectiveStatus(r, now);
    const m = byRequest.get(r.id);
    const accepted = status === 'accepted' && m !== undefined && m.status !== 'cancelled';
    return {
      requestId: r.id,
      direction: outgoing ? 'outgoing' : 'incoming',
      status,
      message: r.message,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      other: {
        id: otherId,
        fullName: p?.fullName ?? '',
        organisation: p?.organisation ?? '',
        contact: accepted && p && sharesContact(otherId) ? { email: p.email } : null,
      },
      meeting: m
        ? {
            id: m.id,
            status: m.status,
            slotId: m.slotId,
            table: m.tableNo,
            startsAt: m.startsAt,
            endsAt: m.endsAt,
            outcome: (outgoing ? m.requesterOutcome : m.receiverOutcome) ?? null,
            canMarkOutcome: canMarkOutcome(m, now),
          }
        : null,
    };
  });
}

/** People the viewer has a pending (unexpired) or accepted request with: left out of their matches. */
export function requestedPeople(userId: string, now = new Date()): Set<string> {
  const rows = getDb()
    .select({ a: meetingRequests.requesterId, b: meetingRequests.receiverId })
    .from(meetingRequests)
    .where(
      and(
        or(eq(meetingRequests.requesterId, userId), eq(meetingRequests.receiverId, userId)),
        or(
          eq(meetingRequests.status, 'accepted'),
          and(eq(meetingRequests.status, 'pending'), gt(meetingRequests.expiresAt, now)),
        ),
      ),
    )
    .all();
  return new Set(rows.map((r) => (r.a === userId ? r.b : r.a)));
}

/**
 * The viewer's meetings that ever had a time, for the agenda and the private feed: scheduled ones
 * confirmed, cancelled (or sent back to unplaced) ones kept as cancelled under the same UID.
 */
export function meetingSourcesOf(userId: string): MeetingSource[] {
  const db = getDb();
  const rows = db
    .select({ m: meetings, topic: meetingRequests.message })
    .from(meetings)
    .innerJoin(meetingRequests, eq(meetingRequests.id, meetings.requestId))
    .where(or(eq(meetings.requesterId, userId), eq(meetings.receiverId, userId)))
    .all();
  const timed = rows.filter((r) => r.m.startsAt && r.m.endsAt);
  if (timed.length === 0) return [];
  const others = timed.map((r) => (r.m.requesterId === userId ? r.m.receiverId : r.m.requesterId));
  const people = new Map(
    db
      .select({ id: users.id, name: users.fullName, organisation: users.organisation })
      .from(users)
      .where(inArray(users.id, [...new Set(others)]))
      .all()
      .map((p) => [p.id, p]),
  );
  return timed.map(({ m, topic }, i): MeetingSource => {
    const p = people.get(others[i]!);
    return {
      id: m.id,
      startsAt: m.startsAt!,
      endsAt: m.endsAt!,
      table: m.tableNo === null ? '' : String(m.tableNo),
      counterpart: { name: p?.name ?? '', organisation: p?.organisation ?? '' },
      topic,
      sequence: m.sequence,
      lastModified: m.updatedAt,
      status: m.status === 'scheduled' ? 'confirmed' : 'cancelled',
    };
  });
}
