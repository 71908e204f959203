// Organisers: meetings involving government delegates as CSV (guarded as /admin/**).
import type { APIRoute } from 'astro';
import { requireRole } from '~/lib/server/auth/guard';
import { governmentMeetingsCsv } from '~/lib/matchmaking/organiser-view.server';

export const prerender = false;

export const GET: APIRoute = ({ locals }) => {
  const user = requireRole(locals, 'organiser');
  return new Response(governmentMeetingsCsv(user.language), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="summit-government-meetings.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
};
