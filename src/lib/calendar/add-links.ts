// The links of one session's "Add to calendar" menu: .ics download, Google, Outlook.
import { text, type Lang } from '../i18n/locales';
import { locationText, type CalendarContext, type SessionSource } from './build-event';
import { feedPath, googleCalendarUrl, outlookCalendarUrl, sessionPageUrl, type LinkEvent } from './links';

/** The menu's targets; `ics` is site-relative, the others are absolute. */
export interface AddToCalendarLinks {
  ics: string;
  google: string;
  outlookLive: string;
  outlookOffice: string;
}

/**
 * Web calendars get the summary and the page URL, not the whole abstract: their
 * links are URLs, and long ones are cut or refused.
 */
export function addToCalendarLinks(
  session: SessionSource,
  lang: Lang,
  siteUrl: string,
  place: Pick<CalendarContext, 'rooms' | 'venue'>,
): AddToCalendarLinks {
  const ev: LinkEvent = {
    title: text(session.title, lang),
    start: session.startsAt,
    end: session.endsAt,
    details: `${text(session.summary, lang)}\n\n${sessionPageUrl(siteUrl, lang, session.slug)}`,
    location: locationText(session.room, { lang, ...place }),
  };
  return {
    ics: feedPath({ kind: 'session', slug: session.slug }, lang),
    google: googleCalendarUrl(ev),
    outlookLive: outlookCalendarUrl(ev, 'live'),
    outlookOffice: outlookCalendarUrl(ev, 'office'),
  };
}
