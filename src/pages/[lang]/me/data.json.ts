// "Download my data": the signed-in delegate's data as a JSON attachment (guarded as /{lang}/me/**).
import type { APIRoute } from 'astro';
import { exportUserData } from '../../../lib/accounts/data-export.server';
import { jsonError } from '../../../lib/server/api';
import { authT } from '../../../lib/i18n/messages/auth';
import { isLang } from '../../../lib/i18n/locales';

export const prerender = false;

export const GET: APIRoute = ({ locals, params }) => {
  const lang = isLang(params.lang) ? params.lang : 'vi';
  const data = locals.user ? exportUserData(locals.user.id) : null;
  if (!data) return jsonError(401, 'unauthenticated', authT(lang).unauthenticated);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="summit-personal-data.json"',
      'Cache-Control': 'private, no-store',
    },
  });
};
