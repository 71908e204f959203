// The organisation's booth leads as CSV (UTF-8 with BOM, formula-safe), headers in the page's
// language; only for the organisation's people or organisers (the library checks `org`).
import type { APIRoute } from 'astro';
import { ExhibitorError } from '~/lib/exhibitors/errors';
import { leadsCsv } from '~/lib/exhibitors/leads.server';
import { isLang } from '~/lib/i18n/locales';

export const prerender = false;

export const GET: APIRoute = ({ params, locals, url }) => {
  const user = locals.user;
  if (!isLang(params.lang)) return new Response(null, { status: 404 });
  if (!user) return new Response(null, { status: 401 });
  try {
    const csv = leadsCsv({ id: user.id, role: user.role }, url.searchParams.get('org') ?? '', params.lang);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="leads.csv"',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (err) {
    if (err instanceof ExhibitorError) return new Response(null, { status: err.status });
    throw err;
  }
};
