// Where calendars live: feed paths, webcal:// addresses, and the "add event" links
// of Google Calendar and Outlook on the web, all with UTC instants.
import type { Lang } from '~/lib/i18n/locales';
import { localizedPath } from '~/lib/i18n/paths';

/** What a web calendar needs to pre-fill a new event. */
export interface LinkEvent {
  title: string;
  start: Date;
  end: Date;
  details: string;
  location: string;
}

/** A public feed: the whole summit, one track or one session (the same for every visitor). */
export type PublicFeed = { kind: 'summit' } | { kind: 'track'; track: string } | { kind: 'session'; slug: string };

/** Which feed an address points at: a public one, or a delegate's private feed by its token. */
export type FeedRef = PublicFeed | { kind: 'personal'; token: string };

/** The absolute URL of a session's page. */
export function sessionPageUrl(siteUrl: string, lang: Lang, slug: string): string {
  return new URL(localizedPath(lang, `/sessions/${encodeURIComponent(slug)}/`), siteUrl).href;
}

/** The agenda page, where cancelled sessions point since their own page is gone. */
export function agendaPageUrl(siteUrl: string, lang: Lang): string {
  return new URL(localizedPath(lang, '/agenda/'), siteUrl).href;
}

/** The delegate's own agenda page, where B2B meetings are listed (sign-in required). */
export function personalAgendaPageUrl(siteUrl: string, lang: Lang): string {
  return new URL(localizedPath(lang, '/me/agenda/'), siteUrl).href;
}

/** The path of a feed, with `?lang=` for the public ones (the private feed uses the delegate's language). */
export function feedPath(feed: FeedRef, lang?: Lang): string {
  const query = lang && feed.kind !== 'personal' ? `?lang=${lang}` : '';
  switch (feed.kind) {
    case 'summit':
      return `/calendar/summit.ics${query}`;
    case 'track':
      return `/calendar/tracks/${encodeURIComponent(feed.track)}.ics${query}`;
    case 'session':
      return `/calendar/sessions/${encodeURIComponent(feed.slug)}.ics${query}`;
    case 'personal':
      return `/calendar/personal/${encodeURIComponent(feed.token)}.ics`;
  }
}

/** The absolute https (or http in development) URL of a feed. */
export function feedUrl(siteUrl: string, feed: FeedRef, lang?: Lang): string {
  return new URL(feedPath(feed, lang), siteUrl).href;
}

/** The same address as webcal://, which calendar apps open as a subscription. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//i, 'webcal://');
}

/** "20251223T020000Z": the UTC basic format Google's `dates` parameter takes. */
function googleInstant(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** "2025-12-23T02:00:00Z": Outlook reads the Z and converts to the viewer's zone. */
function outlookInstant(d: Date): string {
  return d.toISOString().replace(/\.\d{3}/, '');
}

/** Google Calendar's "create event" template URL. */
export function googleCalendarUrl(ev: LinkEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', ev.title);
  url.searchParams.set('dates', `${googleInstant(ev.start)}/${googleInstant(ev.end)}`);
  url.searchParams.set('details', ev.details);
  url.searchParams.set('location', ev.location);
  return url.href;
}

/** Outlook on the web's compose-event deep link: outlook.live.com (personal) or outlook.office.com (work). */
export function outlookCalendarUrl(ev: LinkEvent, host: 'live' | 'office'): string {
  const url = new URL(`https://outlook.${host === 'live' ? 'live' : 'office'}.com/calendar/0/action/compose`);
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', ev.title);
  url.searchParams.set('startdt', outlookInstant(ev.start));
  url.searchParams.set('enddt', outlookInstant(ev.end));
  url.searchParams.set('body', ev.details);
  url.searchParams.set('location', ev.location);
  return url.href;
}
