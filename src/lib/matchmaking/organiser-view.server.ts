// What organisers see of matchmaking: counts of requests and meetings, the unplaced meetings,
// and the transparency list of meetings involving a `government` delegate (plan 86), as CSV too.
import { count, eq, inArray } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '~db/client';
import { meetingRequests, meetings, users } from '~db/schema';
import { formatEventDateTime } from '~/lib/time/event-time';
import type { Lang } from '~/lib/i18n/locales';
import { matchmakingPortalT } from '~/lib/i18n/messages/matchmaking-portal';

/** Requests by status and meetings by status. */
export function matchmakingCounts(): { requests: Record<string, number>; meetings: Record<string, number> } {
  const db = getDb();
  const byStatus = (rows: { status: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.status, r.n]));
  return {
    requests: byStatus(
      db
        .select({ status: meetingRequests.status, n: count() })
        .from(meetingRequests)
        .groupBy(meetingRequests.status)
        .all(),
    ),
    meetings: byStatus(
      db.select({ status: meetings.status, n: count() }).from(meetings).groupBy(meetings.status).all(),
    ),
  };
}

/** One meeting of the transparency list. */
export interface TransparencyRow {
  meetingId: string;
  startsAt: Date | null;
  table: number | null;
  status: string;
  a: { fullName: string; organisation: string; category: string };
  b: { fullName: string; organisation: string; category: string };
  topic: string;
}

/** Accepted meetings (placed or not) where either side is a government delegate, by time. */
export function governmentMeetings(): TransparencyRow[] {
  const db = getDb();
  const rows = db
    .select({ m: meetings, topic: meetingRequests.message })
    .from(meetings)
    .innerJoin(meetingRequests, eq(meetingRequests.id, meetings.requestId))
    .where(inArray(meetings.status, ['scheduled', 'unplaced']))
    .all();
  const ids = [...new Set(rows.flatMap((r) => [r.m.requesterId, r.m.receiverId]))];
  if (ids.length === 0) return [];
  const people = new Map(
    db
      .select({ id: users.id, fullName: users.fullName, organisation: users.organisation, category: users.category })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((p) => [p.id, p]),
  );
  return rows
    .map(({ m, topic }) => ({
      meetingId: m.id,
      startsAt: m.startsAt,
      table: m.tableNo,
      status: m.status,
      a: people.get(m.requesterId)!,
      b: people.get(m.receiverId)!,
      topic,
    }))
    .filter((r) => r.a && r.b && (r.a.category === 'government' || r.b.category === 'government'))
    .sort((x, y) => (x.startsAt?.getTime() ?? Infinity) - (y.startsAt?.getTime() ?? Infinity));
}

/** The transparency list as CSV (BOM for spreadsheet apps; formula-looking cells neutralised). */
export function governmentMeetingsCsv(lang: Lang): string {
  const t = matchmakingPortalT(lang).admin;
  const header = [t.when, t.table(0).replace(/\s*0$/, ''), `${t.who} 1`, 'Org 1', `${t.who} 2`, 'Org 2', t.topic];
  const rows = governmentMeetings().map((r) => [
    r.startsAt ? formatEventDateTime(r.startsAt, lang) : t.unplaced,
    r.table === null ? '' : String(r.table),
    r.a.fullName,
    r.a.organisation,
    r.b.fullName,
    r.b.organisation,
    r.topic,
  ]);
  return '\uFEFF' + stringify([header, ...rows.map(neutraliseFormulas)]);
}

// Spreadsheet apps run cells starting with = + - @ as formulas (CSV injection): keep them text.
function neutraliseFormulas(row: string[]): string[] {
  return row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
}
