// Stars on a delegate's agenda: one handler for starring a session and one for merging the
// browser's stars at sign-in, behind the StarButton island (actions RPC) and /api/stars.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { appError } from '~/lib/server/app-error';
import { starLimiter } from '~/lib/server/auth/rate-limit';
import { requestLang } from '~/lib/server/json-endpoint';
import type { SessionUser } from '~/lib/server/auth/session';
import { MAX_SLUG_LENGTH, MAX_STARS, SLUG_PATTERN } from '~/lib/personal-agenda/stars';
import { changeStar, mergeBrowserStars } from '~/lib/personal-agenda/stars.server';

const slug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN);
/** Star or unstar one session. */
export const toggleStarInput = z.object({ slug, starred: z.boolean() }).strict();
/** Merge the browser's stars into the account (a union). */
export const mergeStarsInput = z.object({ slugs: z.array(slug).max(MAX_STARS) }).strict();

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

export const stars = {
  /** The StarButton island's toggle. */
  toggle: defineAction({ accept: 'json', input: toggleStarInput, handler: toggleAccountStar }),
  /** The browser's stars joining the account (also PUT /api/stars). */
  merge: defineAction({ accept: 'json', input: mergeStarsInput, handler: mergeAccountStars }),
};
