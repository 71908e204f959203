// Loads a delegate's (or a visitor's) agenda: stars and reservations from the database,
// sessions from the programme and its mirror, labels in one language.
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { programmeSessions, reservations } from '../../../db/schema';
import { describeSession } from '../agenda/describe';
import { getProgramme } from '../content/programme';
import { text, type Lang } from '../i18n/locales';
import { localizedPath } from '../seo/alternates';
import { formatEventDate, formatEventTimeRange } from '../time/event-time';
import { buildAgenda, type AgendaEntry, type AgendaSessionTimes } from './agenda';
import { listStars } from './stars.server';

/** One agenda line, ready to render. */
export interface AgendaItemView extends AgendaEntry {
  title: string;
  /** The session page; none for a session removed from the programme. */
  href: string | undefined;
  date: string;
  timeRange: string;
  room: string;
  overlapTitles: string[];
}

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

function userReservations(userId: string): { slug: string; status: 'confirmed' | 'waitlisted' }[] {
  return getDb()
    .select({ slug: reservations.sessionSlug, status: reservations.status })
    .from(reservations)
    .where(eq(reservations.userId, userId))
    .all();
}

/** The signed-in delegate's agenda. */
export function personalAgenda(userId: string, lang: Lang): Promise<AgendaView> {
  return agendaView(listStars(userId), userReservations(userId), lang);
}

/** A visitor's agenda from the slugs their browser keeps (unknown slugs are left out). */
export function visitorAgenda(slugs: readonly string[], lang: Lang): Promise<AgendaView> {
  return agendaView(slugs, [], lang);
}

async function agendaView(
  starred: readonly string[],
  seats: readonly { slug: string; status: 'confirmed' | 'waitlisted' }[],
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

  const entries = buildAgenda({ starred, reservations: seats, sessions: times });
  const labels = new Map(
    entries.map((e) => {
      const session = programme.sessionBySlug.get(e.slug);
      const row = mirror.get(e.slug);
      if (session && !e.cancelled) {
        const view = describeSession(session, programme, lang);
        return [e.key, { title: view.title.text, href: view.href, room: view.room.name }];
      }
      const room = programme.roomById.get(row?.room ?? '');
      const title = row ? (lang === 'vi' ? row.titleVi : row.titleEn) : e.slug;
      return [
        e.key,
        {
          title,
          href: session ? localizedPath(lang, `/sessions/${e.slug}/`) : undefined,
          room: room ? text(room.name, lang) : (row?.room ?? ''),
        },
      ];
    }),
  );
  const items = entries.map((e) => {
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
