// "Download my data": the signed-in delegate's data as a JSON attachment (guarded as /{lang}/me/**).
// A GET, not an action: it changes nothing. Personal data, so no cache may keep a copy.
import type { APIRoute } from 'astro';
import { exportUserData } from '~/lib/accounts/data-export.server';
import { apiError } from '~/lib/server/api';
import { isLang } from '~/lib/i18n/locales';

export const prerender = false;

export const GET: APIRoute = ({ locals, params }) => {
  const lang = isLang(params.lang) ? params.lang : 'vi';
  const data = locals.user ? exportUserData(locals.user.id) : null;
  if (!data) return apiError('unauthenticated', lang);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="summit-personal-data.json"',
      'Cache-Control': 'private, no-store',
    },
  });
};
