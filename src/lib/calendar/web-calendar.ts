// Short links for "Add to calendar › Google / Outlook": the agenda carries /calendar/add/{service}/{slug}
// (about 50 bytes) instead of each web calendar's full URL (about 600 bytes, three per session),
// and the route answers with a redirect to the full URL. Pure.
import type { Lang } from '../i18n/locales';
import type { AddToCalendarLinks } from './add-links';

/** The web calendars the menu offers, by their path segment. */
export const WEB_CALENDARS = {
  google: 'google',
  'outlook-live': 'outlookLive',
  'outlook-office': 'outlookOffice',
} as const satisfies Record<string, keyof AddToCalendarLinks>;

export type WebCalendar = keyof typeof WEB_CALENDARS;

/** True for a service segment the route answers. */
export function isWebCalendar(value: string | undefined): value is WebCalendar {
  return value !== undefined && Object.hasOwn(WEB_CALENDARS, value);
}

/** The site-relative short link for one session and one web calendar. */
export function webCalendarPath(service: WebCalendar, slug: string, lang: Lang): string {
  return `/calendar/add/${service}/${encodeURIComponent(slug)}?lang=${lang}`;
}
