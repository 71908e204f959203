// Loads a delegate's (or a visitor's) agenda: stars and reservations from the database,
// sessions from the programme and its mirror, B2B meetings from matchmaking, labels in one language.
import { eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { programmeSessions, reservations } from '~db/schema';
import { describeSession } from '~/lib/agenda/describe';
import { partyText, type MeetingSource } from '~/lib/calendar/meeting-item';
import { getProgramme, type Programme } from '~/lib/content/programme';
import { text, type Lang } from '~/lib/i18n/locales';
import { calendarMessages } from '~/lib/i18n/messages/calendar';
import { localizedPath } from '~/lib/seo/alternates';
import { formatEventDate, formatEventTimeRange } from '~/lib/time/event-time';
import {
  buildAgenda,
  type AgendaEntry,
  type AgendaSessionTimes,
  type SessionEntry,
} from '~/lib/personal-agenda/agenda';
import { listStars } from '~/lib/personal-agenda/stars.server';
import { meetingSourcesOf } from '~/lib/matchmaking/my-meetings.server';

/** What is shown of any agenda line, in one language. */
export interface AgendaLabels {
  title: string;
  /** The session page; none for a session removed from the programme, nor for a meeting. */
  href: string | undefined;
  /** A session's room, a meeting's table. */
  room: string;
}

/** One agenda line, ready to render. */
export type AgendaItemView = AgendaEntry &
  AgendaLabels & {
    date: string;
    timeRange: string;
    overlapTitles: string[];
  };

/** The rendered agenda and how many of its items clash. */
export interface AgendaView {
  items: AgendaItemView[];
  overlapCount: number;
}

/** Sessions a delegate's private feed publishes: starred or reserved; waitlisted ones marked. */
export function agendaSlugs(userId: string): { slugs: Set<string>; waitlisted: Set<string> } {
  const seats = userReservations(userId);
  return {
    slugs: new Set([...listStars(userId), ...seats.map((r) => r.slug)]),
    waitlisted: new Set(seats.filter((r) => r.status === 'waitlisted').map((r) => r.slug)),
  };
}

/**
 * The delegate's B2B meetings, as the agenda and the private feed read them: every meeting that
 * had a slot, cancelled ones kept so feeds publish STATUS:CANCELLED under the same UID.
 */
export function personalMeetings(userId: string): MeetingSource[] {
  return meetingSourcesOf(userId);
}

function userReservations(userId: string): { slug: string; status: 'confirmed' | 'waitlisted' }[] {
  return getDb()
    .select({ slug: reservations.sessionSlug, status: reservations.status })
    .from(reservations)
    .where(eq(reservations.userId, userId))
    .all();
}

/** The signed-in delegate's agenda; `meetingsOf` is the port through which B2B meetings reach it. */
export function personalAgenda(
  userId: string,
  lang: Lang,
  meetingsOf: (userId: string) => readonly MeetingSource[] = personalMeetings,
): Promise<AgendaView> {
  return agendaView(listStars(userId), userReservations(userId), meetingsOf(userId), lang);
}

/** A visitor's agenda from the slugs their browser keeps (unknown slugs are left out). */
export function visitorAgenda(slugs: readonly string[], lang: Lang): Promise<AgendaView> {
  return agendaView(slugs, [], [], lang);
}

function sessionLabels(
  e: SessionEntry,
  programme: Programme,
  row: typeof programmeSessions.$inferSelect | undefined,
  lang: Lang,
): AgendaLabels {
  const session = programme.sessionBySlug.get(e.slug);
  if (session && !e.cancelled) {
    const view = describeSession(session, programme, lang);
    return { title: view.title.text, href: view.href, room: view.room.name };
  }
  const room = programme.roomBySlug.get(row?.room ?? '');
  return {
    title: row ? (lang === 'vi' ? row.titleVi : row.titleEn) : e.slug,
    href: session ? localizedPath(lang, `/sessions/${e.slug}/`) : undefined,
    room: room ? text(room.name, lang) : (row?.room ?? ''),
  };
}

function meetingLabels(meeting: MeetingSource, lang: Lang): AgendaLabels {
  const m = calendarMessages[lang].meeting;
  return { title: m.title(partyText(meeting.counterpart)), href: undefined, room: m.location(meeting.table) };
}

async function agendaView(
  starred: readonly string[],
  seats: readonly { slug: string; status: 'confirmed' | 'waitlisted' }[],
  meetings: readonly MeetingSource[],
  lang: Lang,
): Promise<AgendaView> {
  const programme = await getProgramme();
  const mirror = new Map(
    getDb()
      .select()
      .from(programmeSessions)
      .all()
      .map((r) => [r.slug, r]),
  );
  const times = new Map<string, AgendaSessionTimes>();
  for (const row of mirror.values())
    times.set(row.slug, { startsAt: row.startsAt, endsAt: row.endsAt, cancelled: row.cancelledAt !== null });
  for (const s of programme.sessions)
    times.set(s.slug, { startsAt: s.startsAt, endsAt: s.endsAt, cancelled: mirror.get(s.slug)?.cancelledAt != null });

  const entries = buildAgenda({ starred, reservations: seats, sessions: times, meetings });
  const labels = new Map(
    entries.map((e) => [
      e.key,
      e.kind === 'session' ? sessionLabels(e, programme, mirror.get(e.slug), lang) : meetingLabels(e.meeting, lang),
    ]),
  );
  const items = entries.map((e): AgendaItemView => {
    const label = labels.get(e.key)!;
    return {
      ...e,
      ...label,
      date: formatEventDate(e.startsAt, lang),
      timeRange: formatEventTimeRange(e.startsAt, e.endsAt),
      overlapTitles: e.overlapsWith.map((k) => labels.get(k)?.title ?? k),
    };
  });
  return { items, overlapCount: items.filter((i) => i.overlapsWith.length > 0).length };
}
