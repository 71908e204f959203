// POST /api/stars/{slug}?_action=stars.set: the session page's star form (works without
// JavaScript, for visitors and delegates). The stars action runs the change; this route sends
// the browser back to the session page (POST/redirect/GET) or answers a refusal with a small page.
import type { APIContext, APIRoute } from 'astro';
import { actions } from 'astro:actions';
import { refusalMessage } from '~/lib/server/action-refusal';
import { isLang, type Lang } from '~/lib/i18n/locales';
import { calendarMessages } from '~/lib/i18n/messages/calendar';
import { localizedPath } from '~/lib/i18n/paths';
import { actionLang } from '~/lib/server/action-lang';
import { apiError, htmlMessage } from '~/lib/server/api';
import { isSlug } from '~/lib/personal-agenda/stars';

export const prerender = false;

// The form's language rides in its address (StarForm.astro); else the page's or the asker's.
function formLang(context: APIContext): Lang {
  const lang = context.url.searchParams.get('lang');
  return isLang(lang) ? lang : actionLang(context);
}

// POST/redirect/GET on success; a refusal is a small 4xx page with a way back to the session.
function answerForm(context: APIContext, result: Awaited<ReturnType<typeof actions.stars.set>>): Response {
  if (!result.error) return context.redirect(result.data.returnTo, 303);
  const lang = formLang(context);
  const slug = context.params.slug ?? '';
  // No such session: back to the agenda rather than to a page that does not exist.
  const known = isSlug(slug) && result.error.code !== 'NOT_FOUND';
  const back = localizedPath(lang, known ? `/sessions/${slug}/` : '/agenda/');
  const message = refusalMessage(result.error, lang, 'invalid-request');
  return htmlMessage(result.error.status, lang, message, { href: back, label: calendarMessages[lang].star.back });
}

export const POST: APIRoute = (context) => {
  const form = context.getActionResult(actions.stars.set);
  if (form) return answerForm(context, form);
  // Only the form lives here; scripts use /api/stars (JSON).
  return apiError('not-found', formLang(context));
};
