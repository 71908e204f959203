// A delegate's private feed. The token in the URL is the only credential: never log it.
import type { APIRoute } from 'astro';
import { personalFeed } from '../../../lib/calendar/feeds.server';
import { feedError, feedResponse } from '../../../lib/calendar/http';
import { calendarMessages } from '../../../lib/i18n/messages/calendar';

export const prerender = false;

export const GET: APIRoute = async ({ request, params }) => {
  const feed = await personalFeed(params.token ?? '');
  if (!feed)
    return feedError(
      404,
      { vi: calendarMessages.vi.errors['not-found'], en: calendarMessages.en.errors['not-found'] },
      'private',
    );
  return feedResponse(request, feed.body, feed.filename, 'private');
};
