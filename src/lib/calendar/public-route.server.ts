// The one handler behind the public feed routes: language, 404, ETag/304.
import { DEFAULT_LANG } from '../i18n/locales';
import { calendarMessages } from '../i18n/messages/calendar';
import { feedLang } from './feeds';
import { publicFeed } from './feeds.server';
import { feedError, feedResponse } from './http';
import type { PublicFeed } from './links';
import { cacheResponse } from '~/lib/server/render-cache';

const both = (pick: (m: (typeof calendarMessages)['vi']) => string) => ({
  vi: pick(calendarMessages.vi),
  en: pick(calendarMessages.en),
});

/** Answers a GET/HEAD for a public feed. */
export async function respondWithPublicFeed(request: Request, url: URL, scope: PublicFeed): Promise<Response> {
  const lang = feedLang(url, DEFAULT_LANG);
  if (!lang)
    return feedError(
      400,
      both((m) => m.errors['bad-lang']),
    );
  const feed = await publicFeed(scope, lang);
  if (!feed)
    return feedError(
      404,
      both((m) => m.errors['not-found']),
    );
  // The feed follows the programme mirror (SEQUENCE, cancellations): cached until the next sync.
  return cacheResponse(feedResponse(request, feed.body, feed.filename, 'public'), { scopes: ['programme'] });
}
