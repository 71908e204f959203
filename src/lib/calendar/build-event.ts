// One calendar event per programme session, from plain data: the session as content
// describes it and its mirror row (SEQUENCE, LAST-MODIFIED, cancellation).
import { text, type Lang, type Localized } from '../i18n/locales';
import { calendarMessages } from '../i18n/messages/calendar';
import type { MirrorRow } from '../programme/sync';
import { formatEventTimeRange } from '../time/event-time';
import { agendaPageUrl, sessionPageUrl } from './links';

/** Calendar UIDs live under this fixed domain so they never change with the host or port. */
export const UID_DOMAIN = 'vn-asia-smartcity-summit.example';

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

/** What the builder reads of a session (a `Session` from the programme fits). */
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

function geo(ctx: CalendarContext): CalendarEvent['geo'] {
  return { lat: ctx.venue.latitude, lon: ctx.venue.longitude };
}

/** The event of a session on the programme; a waitlisted seat is published as TENTATIVE. */
export function buildSessionEvent(
  session: SessionSource,
  row: MirrorRow,
  ctx: CalendarContext,
  options: { waitlisted?: boolean } = {},
): CalendarEvent {
  if (row.cancelledAt) return buildCancelledEvent(row, ctx);
  const url = sessionPageUrl(ctx.siteUrl, ctx.lang, session.slug);
  const track = session.track ? ctx.tracks.get(session.track) : undefined;
  return {
    uid: sessionUid(session.slug),
    // DTSTAMP is when this version of the event was written: the mirror's last change.
    // Using the request time instead would change every response and defeat ETags.
    stamp: row.lastModified,
    start: session.startsAt,
    end: session.endsAt,
    summary: text(session.title, ctx.lang),
    description: descriptionText(session, ctx, url, options.waitlisted),
    location: locationText(session.room, ctx),
    url,
    categories: track ? [text(track.name, ctx.lang)] : [],
    geo: geo(ctx),
    sequence: row.sequence,
    lastModified: row.lastModified,
    status: options.waitlisted ? 'TENTATIVE' : 'CONFIRMED',
    organizer: ctx.organizer,
  };
}

/** The event of a session removed from the programme, from what the mirror kept of it. */
export function buildCancelledEvent(row: MirrorRow, ctx: CalendarContext): CalendarEvent {
  const m = calendarMessages[ctx.lang].calendar;
  const title = ctx.lang === 'vi' ? row.titleVi : row.titleEn;
  const url = agendaPageUrl(ctx.siteUrl, ctx.lang);
  const track = row.track ? ctx.tracks.get(row.track) : undefined;
  return {
    uid: sessionUid(row.slug),
    stamp: row.lastModified,
    start: row.startsAt,
    end: row.endsAt,
    // STATUS:CANCELLED is the standard signal; the prefix reaches clients that ignore it.
    summary: `${m.cancelledPrefix}${title}`,
    description: `${m.cancelledNote}\n\n${m.details}: ${url}`,
    location: locationText(row.room, ctx),
    url,
    categories: track ? [text(track.name, ctx.lang)] : [],
    geo: geo(ctx),
    sequence: row.sequence,
    lastModified: row.lastModified,
    status: 'CANCELLED',
    organizer: ctx.organizer,
  };
}

/**
 * The events of a feed: one per mirror row given (the caller picks the rows), from the
 * content session when it is still on the programme, else as cancelled. Sorted by start.
 */
export function buildFeedEvents(
  rows: readonly MirrorRow[],
  sessions: ReadonlyMap<string, SessionSource>,
  ctx: CalendarContext,
  waitlisted: ReadonlySet<string> = new Set(),
): CalendarEvent[] {
  return [...rows]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.slug.localeCompare(b.slug))
    .map((row) => {
      const session = sessions.get(row.slug);
      return session && !row.cancelledAt
        ? buildSessionEvent(session, row, ctx, { waitlisted: waitlisted.has(row.slug) })
        : buildCancelledEvent(row, ctx);
    });
}
