// Sign out (POST only, so a link or an image cannot sign anyone out): the auth.logout action
// ends the session and clears the cookie. A plain POST here (without `?_action=`) runs the same
// action, so a form that still posts to /{lang}/logout/ keeps working.
import { localizedPath } from '~/lib/i18n/paths';
import type { APIRoute } from 'astro';
import { actions } from 'astro:actions';
import { isLang } from '~/lib/i18n/locales';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const result =
    context.getActionResult(actions.auth.logout) ?? (await context.callAction(actions.auth.logout, new FormData()));
  const lang = isLang(context.params.lang) ? context.params.lang : 'vi';
  return context.redirect(result.data?.redirect ?? localizedPath(lang, '/login/', { status: 'logged-out' }), 303);
};

export const GET: APIRoute = () => new Response(null, { status: 405, headers: { Allow: 'POST' } });
