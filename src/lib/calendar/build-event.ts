// Calendar events from timed items of any kind, and the programme's producer of items: a
// session as content describes it plus its mirror row (SEQUENCE, LAST-MODIFIED, cancellation).
import { text, type Lang, type Localized } from '~/lib/i18n/locales';
import { calendarMessages } from '~/lib/i18n/messages/calendar';
import type { MirrorRow } from '~/lib/programme/sync';
import { formatEventTimeRange } from '~/lib/time/event-time';
import { agendaPageUrl, sessionPageUrl } from '~/lib/calendar/links';
import { inLanguages, UID_DOMAIN, type TimedItem } from '~/lib/calendar/timed-item';

/** A calendar event as plain data, before it is written as iCalendar. */
export interface CalendarEvent {
  uid: string;
  /** DTSTAMP. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  categories: string[];
  geo: { lat: number; lon: number } | undefined;
  sequence: number;
  lastModified: Date;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  organizer: { name: string; email: string };
}

/** What the session producer reads of a session (a `ProgrammeSession` from the programme fits). */
export interface SessionSource {
  slug: string;
  title: Localized;
  summary: Localized;
  startsAt: Date;
  endsAt: Date;
  room: string;
  track: string | undefined;
  speakers: string[];
  moderators: string[];
}

/** Everything else an event needs, resolved once per feed. */
export interface CalendarContext {
  lang: Lang;
  siteUrl: string;
  venue: { name: Localized; address: Localized; latitude: number; longitude: number };
  organizer: { name: string; email: string };
  rooms: ReadonlyMap<string, { name: Localized; floor: Localized }>;
  tracks: ReadonlyMap<string, { name: Localized }>;
  speakers: ReadonlyMap<string, { name: string; role: Localized; organisation: Localized }>;
  /** Session abstracts as plain text, by slug. */
  abstracts: ReadonlyMap<string, Localized>;
}

/** The stable UID of a session: from its slug only, never its title or time (pretalx does the same). */
export function sessionUid(slug: string): string {
  return `${slug}@${UID_DOMAIN}`;
}

/** "Room (floor), venue, address" in the feed's language. */
export function locationText(roomId: string, ctx: Pick<CalendarContext, 'lang' | 'rooms' | 'venue'>): string {
  const room = ctx.rooms.get(roomId);
  const roomText = room ? `${text(room.name, ctx.lang)} (${text(room.floor, ctx.lang)})` : roomId;
  return [roomText, text(ctx.venue.name, ctx.lang), text(ctx.venue.address, ctx.lang)].join(', ');
}

function people(ids: string[], ctx: CalendarContext): string {
  return ids
    .flatMap((id) => {
      const s = ctx.speakers.get(id);
      if (!s) return [];
      const about = [text(s.role, ctx.lang), text(s.organisation, ctx.lang)].filter(Boolean).join(', ');
      return [about ? `${s.name} (${about})` : s.name];
    })
    .join('; ');
}

/** The DESCRIPTION: time in event time, abstract (or summary), speakers, moderators, page URL. */
export function descriptionText(session: SessionSource, ctx: CalendarContext, url: string, waitlisted = false): string {
  const m = calendarMessages[ctx.lang].calendar;
  const abstract = ctx.abstracts.get(session.slug);
  const body = abstract && (abstract.vi || abstract.en) ? text(abstract, ctx.lang) : text(session.summary, ctx.lang);
  const speakers = people(session.speakers, ctx);
  const moderators = people(session.moderators, ctx);
  return [
    `${m.time}: ${formatEventTimeRange(session.startsAt, session.endsAt)}`,
    ...(waitlisted ? [m.waitlisted] : []),
    '',
    body,
    '',
    ...(speakers ? [`${m.speakers}: ${speakers}`] : []),
    ...(moderators ? [`${m.moderators}: ${moderators}`] : []),
    `${m.details}: ${url}`,
  ].join('\n');
}

/** What an event needs besides its item: the feed's language, its organiser and the venue (GEO). */
export type EventContext = Pick<CalendarContext, 'lang' | 'organizer' | 'venue'>;

const STATUS = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** The event of one timed item, in the feed's language. */
export function buildEvent(item: TimedItem, ctx: EventContext): CalendarEvent {
  return {
    uid: item.uid,
    // DTSTAMP is when this version of the event was written: the item's last change.
    // Using the request time instead would change every response and defeat ETags.
    stamp: item.lastModified,
    start: item.startsAt,
    end: item.endsAt,
    summary: item.title[ctx.lang],
    description: item.description[ctx.lang],
    location: item.location[ctx.lang],
    url: item.url[ctx.lang],
    categories: item.categories.map((c) => c[ctx.lang]),
    // Every item takes place at the summit's venue.
    geo: { lat: ctx.venue.latitude, lon: ctx.venue.longitude },
    sequence: item.sequence,
    lastModified: item.lastModified,
    status: STATUS[item.status],
    organizer: ctx.organizer,
  };
}

/** The events of a feed, whatever produced its items, sorted by start (then kind and id, so ties are stable). */
export function buildEvents(items: readonly TimedItem[], ctx: EventContext): CalendarEvent[] {
  return [...items]
    .sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
    )
    .map((item) => buildEvent(item, ctx));
}

/** What a session item is written from: the feed context without a language, since an item holds both. */
export type ProgrammeContext = Omit<CalendarContext, 'lang'>;

/** The item of a session on the programme; a waitlisted seat is published as tentative. */
export function sessionItem(
  session: SessionSource,
  row: MirrorRow,
  ctx: ProgrammeContext,
  options: { waitlisted?: boolean } = {},
): TimedItem {
  if (row.cancelledAt) return cancelledSessionItem(row, ctx);
  const url = inLanguages((lang) => sessionPageUrl(ctx.siteUrl, lang, session.slug));
  const track = session.track ? ctx.tracks.get(session.track) : undefined;
  return {
    kind: 'session',
    id: session.slug,
    uid: sessionUid(session.slug),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    sequence: row.sequence,
    lastModified: row.lastModified,
    status: options.waitlisted ? 'tentative' : 'confirmed',
    title: inLanguages((lang) => text(session.title, lang)),
    description: inLanguages((lang) => descriptionText(session, { ...ctx, lang }, url[lang], options.waitlisted)),
    location: inLanguages((lang) => locationText(session.room, { ...ctx, lang })),
    url,
    categories: track ? [inLanguages((lang) => text(track.name, lang))] : [],
  };
}

/** The item of a session removed from the programme, from what the mirror kept of it. */
export function cancelledSessionItem(row: MirrorRow, ctx: ProgrammeContext): TimedItem {
  const url = inLanguages((lang) => agendaPageUrl(ctx.siteUrl, lang));
  const track = row.track ? ctx.tracks.get(row.track) : undefined;
  return {
    kind: 'session',
    id: row.slug,
    uid: sessionUid(row.slug),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    sequence: row.sequence,
    lastModified: row.lastModified,
    status: 'cancelled',
    // STATUS:CANCELLED is the standard signal; the prefix reaches clients that ignore it.
    title: inLanguages(
      (lang) => `${calendarMessages[lang].calendar.cancelledPrefix}${lang === 'vi' ? row.titleVi : row.titleEn}`,
    ),
    description: inLanguages((lang) => {
      const m = calendarMessages[lang].calendar;
      return `${m.cancelledNote}\n\n${m.details}: ${url[lang]}`;
    }),
    location: inLanguages((lang) => locationText(row.room, { ...ctx, lang })),
    url,
    categories: track ? [inLanguages((lang) => text(track.name, lang))] : [],
  };
}

/**
 * The items of a session feed: one per mirror row given (the caller picks the rows), from the
 * content session when it is still on the programme, else as cancelled.
 */
export function sessionItems(
  rows: readonly MirrorRow[],
  sessions: ReadonlyMap<string, SessionSource>,
  ctx: ProgrammeContext,
  waitlisted: ReadonlySet<string> = new Set(),
): TimedItem[] {
  return rows.map((row) => {
    const session = sessions.get(row.slug);
    return session && !row.cancelledAt
      ? sessionItem(session, row, ctx, { waitlisted: waitlisted.has(row.slug) })
      : cancelledSessionItem(row, ctx);
  });
}

/** The events of a feed of programme sessions (summit, track, session), sorted by start. */
export function buildFeedEvents(
  rows: readonly MirrorRow[],
  sessions: ReadonlyMap<string, SessionSource>,
  ctx: CalendarContext,
  waitlisted: ReadonlySet<string> = new Set(),
): CalendarEvent[] {
  return buildEvents(sessionItems(rows, sessions, ctx, waitlisted), ctx);
}
