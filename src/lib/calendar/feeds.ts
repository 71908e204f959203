// Which items each feed publishes (public feeds: mirror rows; the private feed: the delegate's
// sessions and meetings), and what the feed and its file are called.
import { text, type Lang, type Localized } from '~/lib/i18n/locales';
import { calendarMessages } from '~/lib/i18n/messages/calendar';
import type { MirrorRow } from '~/lib/programme/sync';
import { sessionItems, type ProgrammeContext, type SessionSource } from '~/lib/calendar/build-event';
import type { PublicFeed } from '~/lib/calendar/links';
import { meetingItem, type MeetingSource } from '~/lib/calendar/meeting-item';
import type { TimedItem } from '~/lib/calendar/timed-item';

/** The sessions a feed covers (a private feed: the delegate's); cancelled rows stay in the feeds that had them. */
export type FeedScope = PublicFeed | { kind: 'personal'; slugs: ReadonlySet<string> };

/** The mirror rows a feed publishes, cancelled ones included. */
export function rowsInScope(rows: readonly MirrorRow[], scope: FeedScope): MirrorRow[] {
  switch (scope.kind) {
    case 'summit':
      return [...rows];
    case 'track':
      return rows.filter((r) => r.track === scope.track);
    case 'session':
      return rows.filter((r) => r.slug === scope.slug);
    case 'personal':
      return rows.filter((r) => scope.slugs.has(r.slug));
  }
}

/** What a delegate's private feed holds: their starred and reserved sessions, and their B2B meetings. */
export interface PersonalFeedInput {
  rows: readonly MirrorRow[];
  sessions: ReadonlyMap<string, SessionSource>;
  ctx: ProgrammeContext;
  /** Starred or reserved sessions; the waitlisted ones are published as tentative. */
  slugs: ReadonlySet<string>;
  waitlisted: ReadonlySet<string>;
  meetings: readonly MeetingSource[];
}

/** The items of a private feed: every kind the delegate has on their agenda (cancelled ones kept). */
export function personalFeedItems(input: PersonalFeedInput): TimedItem[] {
  const rows = rowsInScope(input.rows, { kind: 'personal', slugs: input.slugs });
  return [
    ...sessionItems(rows, input.sessions, input.ctx, input.waitlisted),
    ...input.meetings.map((m) => meetingItem(m, input.ctx.siteUrl)),
  ];
}

/** A track feed exists while content has the track or a mirrored session (even cancelled) names it. */
export function trackExists(track: string, contentTracks: ReadonlySet<string>, rows: readonly MirrorRow[]): boolean {
  return contentTracks.has(track) || rows.some((r) => r.track === track);
}

/** The calendar's display name (X-WR-CALNAME, NAME). */
export function calendarName(
  scope: FeedScope,
  lang: Lang,
  names: { event: Localized; track?: Localized | undefined; session?: string | undefined },
): string {
  const m = calendarMessages[lang].calendar;
  const event = text(names.event, lang);
  switch (scope.kind) {
    case 'summit':
      return m.summitName(event);
    case 'track':
      return m.trackName(event, names.track ? text(names.track, lang) : scope.track);
    case 'session':
      return names.session ? `${names.session} – ${event}` : event;
    case 'personal':
      return m.personalName(event);
  }
}

/** The download filename: ASCII only, so no header encoding is needed. */
export function feedFilename(scope: FeedScope, lang: Lang): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '-');
  switch (scope.kind) {
    case 'summit':
      return `smart-city-summit-2025-${lang}.ics`;
    case 'track':
      return `smart-city-summit-2025-${safe(scope.track)}-${lang}.ics`;
    case 'session':
      return `${safe(scope.slug)}-${lang}.ics`;
    case 'personal':
      return 'smart-city-summit-2025-my-agenda.ics';
  }
}

/** The `?lang=` of a public feed: absent → the default language, anything else but vi/en → null. */
export function feedLang(url: URL, fallback: Lang): Lang | null {
  const value = url.searchParams.get('lang');
  if (value === null || value === '') return fallback;
  return value === 'vi' || value === 'en' ? value : null;
}
