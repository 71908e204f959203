// The redirect behind a short "Add to calendar" link: finds the session, builds the web
// calendar's URL (add-links.ts, as the menu used to carry it) and answers 302 to it.
import { DEFAULT_LANG } from '../i18n/locales';
import { calendarMessages } from '../i18n/messages/calendar';
import { getProgramme } from '../content/programme';
import { addToCalendarLinks } from './add-links';
import { feedLang } from './feeds';
import { feedError } from './http';
import { siteOrigin } from '~/lib/server/site-origin';
import { WEB_CALENDARS, isWebCalendar } from './web-calendar';

const both = (pick: (m: (typeof calendarMessages)['vi']) => string) => ({
  vi: pick(calendarMessages.vi),
  en: pick(calendarMessages.en),
});

/** Answers GET /calendar/add/{service}/{slug}?lang=…: 302 to the web calendar, 400/404 in both languages. */
export async function respondWithWebCalendar(url: URL, service: string | undefined, slug: string): Promise<Response> {
  const lang = feedLang(url, DEFAULT_LANG);
  if (!lang)
    return feedError(
      400,
      both((m) => m.errors['bad-lang']),
    );
  const programme = await getProgramme();
  const session = programme.sessions.find((s) => s.slug === slug);
  if (!session || !isWebCalendar(service))
    return feedError(
      404,
      both((m) => m.errors['not-found']),
    );
  const links = addToCalendarLinks(session, lang, siteOrigin(), {
    rooms: programme.roomBySlug,
    venue: programme.event.venue,
  });
  return new Response(null, {
    status: 302,
    headers: { Location: links[WEB_CALENDARS[service]], 'Cache-Control': 'public, max-age=300' },
  });
}
