// The delegate's private calendar feed: create or replace its token (shown once, in the
// response of this form post only, since only its hash is kept) or revoke it.
// The form is on /{lang}/me/agenda/ and works without JavaScript.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { appError } from '~/lib/server/app-error';
import { requestLang } from '~/lib/server/json-endpoint';
import { issueFeedToken, revokeFeedToken } from '~/lib/calendar/feed-token.server';

/** `regenerate` creates a token or replaces the current one; `revoke` removes it. */
export const feedTokenInput = z.object({ intent: z.enum(['regenerate', 'revoke']) }).strict();

/** A new token (to show once), or a revoked one. */
export type FeedTokenDone = { status: 'created'; token: string } | { status: 'revoked' };

/** Creates, replaces or revokes the signed-in delegate's feed token; too many new ones is `rate-limited`. */
export async function changeFeedToken(
  input: z.output<typeof feedTokenInput>,
  context: Pick<ActionAPIContext, 'locals' | 'request'>,
): Promise<FeedTokenDone> {
  const user = context.locals.user;
  if (!user) throw appError('unauthenticated', requestLang(context));
  if (input.intent === 'revoke') {
    revokeFeedToken(user.id);
    return { status: 'revoked' };
  }
  const issued = await issueFeedToken(user.id);
  if (!issued.ok) throw appError('rate-limited', user.language, { retryAfterSec: issued.retryAfterSec });
  return { status: 'created', token: issued.token };
}

export const calendarFeed = {
  /** The private-feed buttons on the delegate's agenda. */
  change: defineAction({ accept: 'form', input: feedTokenInput, handler: changeFeedToken }),
};
