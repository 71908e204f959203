// A short "Add to calendar" link: redirects to Google Calendar or Outlook with the session filled in.
import type { APIRoute } from 'astro';
import { respondWithWebCalendar } from '~/lib/calendar/web-calendar.server';

export const prerender = false;

export const GET: APIRoute = ({ url, params }) => respondWithWebCalendar(url, params.service, params.slug ?? '');
