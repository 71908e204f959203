// One session as an iCalendar file (also what "Add to calendar › Download" serves).
import type { APIRoute } from 'astro';
import { respondWithPublicFeed } from '../../../lib/calendar/public-route.server';

export const prerender = false;

export const GET: APIRoute = ({ request, url, params }) =>
  respondWithPublicFeed(request, url, { kind: 'session', slug: params.slug ?? '' });
