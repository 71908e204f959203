// Sign out (POST only, so a link or an image cannot sign anyone out): ends the session, clears the cookie.
import type { APIRoute } from 'astro';
import { isLang } from '../../lib/i18n/locales';
import { endSession } from '../../lib/accounts/login.server';

export const prerender = false;

export const POST: APIRoute = ({ params, cookies, locals, redirect }) => {
  const lang = isLang(params.lang) ? params.lang : 'vi';
  endSession(cookies, locals.session);
  return redirect(`/${lang}/login/?status=logged-out`, 303);
};

export const GET: APIRoute = () => new Response(null, { status: 405, headers: { Allow: 'POST' } });
