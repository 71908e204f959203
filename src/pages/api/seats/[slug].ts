// POST /api/seats/{slug}: reserve or cancel a seat. JSON requests are a thin adapter over the
// seats action's handler; the seat panel's form (?_action=seats.change, no JavaScript needed)
// runs the action itself and lands here to be sent back to its page with a notice.
import type { APIContext, APIRoute } from 'astro';
import { actions } from 'astro:actions';
import { refusalMessage } from '~/lib/server/action-refusal';
import { changeMySeat, seatRequestInput } from '~/actions/seats';
import type { Lang } from '~/lib/i18n/locales';
import { seatsMessages } from '~/lib/i18n/messages/seats';
import { htmlMessage } from '~/lib/server/api';
import { loginPath, pathLang } from '~/lib/server/auth/guard';
import { requestLang, runJsonEndpoint } from '~/lib/server/json-endpoint';
import { isSlug } from '~/lib/personal-agenda/stars';
import { localizedPath } from '~/lib/seo/alternates';

export const prerender = false;

// The language of the page that held the form (its Referer), else the asker's.
function formLang(context: APIContext): Lang {
  try {
    return pathLang(new URL(context.request.headers.get('referer') ?? '').pathname) ?? requestLang(context);
  } catch {
    return requestLang(context); // no usable Referer
  }
}

// POST/redirect/GET on success; a refusal is a small 4xx page with a way back to the session.
function answerForm(context: APIContext, result: Awaited<ReturnType<typeof actions.seats.change>>): Response {
  if (!result.error) return context.redirect(result.data.returnTo, 303);
  const lang = formLang(context);
  const slug = context.params.slug ?? '';
  const sessionPage = localizedPath(lang, isSlug(slug) ? `/sessions/${slug}/` : '/agenda/');
  // The guard usually answers first; this covers a session that ended between page and post.
  if (result.error.code === 'UNAUTHORIZED') return context.redirect(loginPath(lang, sessionPage), 303);
  const message = refusalMessage(result.error, lang, 'invalid-input');
  return htmlMessage(result.error.status, lang, message, {
    href: sessionPage,
    label: seatsMessages[lang].backToSession,
  });
}

export const POST: APIRoute = (context) => {
  const form = context.getActionResult(actions.seats.change);
  if (form) return answerForm(context, form);
  return runJsonEndpoint(context, {
    input: seatRequestInput,
    maxBytes: 4096,
    // A plain form post (a cached page's old form, a script) gets the same strict answer, in JSON.
    acceptForm: true,
    handler: (input, ctx) => changeMySeat({ ...input, slug: ctx.params.slug ?? '' }, ctx),
  });
};
