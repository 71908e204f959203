// Stars on a delegate's agenda: one handler for starring a session and one for merging the
// browser's stars at sign-in, behind the StarButton island (actions RPC) and /api/stars; and the
// session page's star form (no JavaScript), which keeps a visitor's star in the stars cookie.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { appError } from '~/lib/server/app-error';
import { starLimiter } from '~/lib/server/auth/rate-limit';
import { requestLang } from '~/lib/server/json-endpoint';
import type { SessionUser } from '~/lib/server/auth/session';
import { LANGS } from '~/lib/i18n/locales';
import { localizedPath } from '~/lib/i18n/paths';
import { MAX_SLUG_LENGTH, MAX_STARS, SLUG_PATTERN, isSlug, withStar } from '~/lib/personal-agenda/stars';
import { changeStar, checkStar, mergeBrowserStars } from '~/lib/personal-agenda/stars.server';
import { readStarsCookie, writeStarsCookie } from '~/lib/personal-agenda/stars-cookie.server';

const slug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN);
/** Star or unstar one session. */
export const toggleStarInput = z.object({ slug, starred: z.boolean() }).strict();
/** Merge the browser's stars into the account (a union). */
export const mergeStarsInput = z.object({ slugs: z.array(slug).max(MAX_STARS) }).strict();

/** The session page's star form: which session, star (1) or unstar (0), and the page's language. */
export const starFormInput = z
  .object({
    // Any short string: one that is not a session's slug gets "not on the programme", not a field error.
    slug: z.string().max(MAX_SLUG_LENGTH),
    starred: z.enum(['1', '0']),
    lang: z.enum(LANGS),
  })
  .strict();

type Context = Pick<ActionAPIContext, 'locals' | 'request'>;

// Every change counts against one budget (120 a minute): generous for people, a wall for scripts.
async function starringUser(context: Context): Promise<SessionUser> {
  const user = context.locals.user;
  if (!user) throw appError('unauthenticated', requestLang(context));
  const budget = await starLimiter.consume(user.id);
  if (!budget.allowed) throw appError('rate-limited', user.language, { retryAfterSec: budget.retryAfterSec });
  return user;
}

/** Stars or unstars a session for the signed-in delegate; answers with all their stars. */
export async function toggleAccountStar(
  input: z.output<typeof toggleStarInput>,
  context: Context,
): Promise<{ slugs: string[] }> {
  const user = await starringUser(context);
  const done = changeStar(user.id, input.slug, input.starred);
  if (!done.ok) throw appError(done.refusal, user.language);
  return { slugs: done.slugs };
}

/** Adds the browser's stars to the account; answers with all stars and the slugs not on the programme. */
export async function mergeAccountStars(
  input: z.output<typeof mergeStarsInput>,
  context: Context,
): Promise<{ slugs: string[]; ignored: string[] }> {
  const user = await starringUser(context);
  return mergeBrowserStars(user.id, input.slugs);
}

/**
 * The star form's handler: the account's star when signed in (same budget as the island), else
 * the visitor's cookie. Answers with the session page to return to (ours, never one posted).
 */
export async function setStarFromForm(
  input: z.output<typeof starFormInput>,
  context: Context & Pick<ActionAPIContext, 'cookies'>,
): Promise<{ starred: boolean; returnTo: string }> {
  const { slug, lang } = input;
  const starred = input.starred === '1';
  if (!isSlug(slug)) throw appError('unknown-session', lang);
  const user = context.locals.user;
  if (user) {
    const budget = await starLimiter.consume(user.id);
    if (!budget.allowed) throw appError('rate-limited', lang, { retryAfterSec: budget.retryAfterSec });
    const done = changeStar(user.id, slug, starred);
    if (!done.ok) throw appError(done.refusal, lang);
  } else {
    const refusal = checkStar(slug, starred);
    if (refusal) throw appError(refusal, lang);
    if (!writeStarsCookie(context.cookies, withStar(readStarsCookie(context.cookies), slug, starred)))
      throw appError('star-limit', lang);
  }
  // The fragment lets the page's static fallback show the new state without JavaScript (StarForm.astro).
  return {
    starred,
    returnTo: `${localizedPath(lang, `/sessions/${slug}/`)}#${starred ? 'star-saved' : 'star-removed'}`,
  };
}

export const stars = {
  /** The StarButton island's toggle. */
  toggle: defineAction({ accept: 'json', input: toggleStarInput, handler: toggleAccountStar }),
  /** The browser's stars joining the account (also PUT /api/stars). */
  merge: defineAction({ accept: 'json', input: mergeStarsInput, handler: mergeAccountStars }),
  /** The session page's star form (a post to /api/stars/{slug}?_action=stars.set). */
  set: defineAction({ accept: 'form', input: starFormInput, handler: setStarFromForm }),
};
