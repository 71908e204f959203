// One track's sessions as an iCalendar feed.
import type { APIRoute } from 'astro';
import { respondWithPublicFeed } from '../../../lib/calendar/public-route.server';

export const prerender = false;

export const GET: APIRoute = ({ request, url, params }) =>
  respondWithPublicFeed(request, url, { kind: 'track', track: params.track ?? '' });
