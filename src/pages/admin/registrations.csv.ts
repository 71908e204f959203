// Organisers: every registration as CSV (guarded as /admin/**), headers in the organiser's language.
import type { APIRoute } from 'astro';
import { requireRole } from '../../lib/server/auth/guard';
import { registrationsCsv } from '../../lib/admin/registrations.server';

export const prerender = false;

export const GET: APIRoute = ({ locals }) => {
  const user = requireRole(locals, 'organiser');
  return new Response(registrationsCsv(user.language), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="summit-registrations.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
};
