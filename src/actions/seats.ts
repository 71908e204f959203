// Seats in limited sessions: one handler behind the seat panel's form (works without
// JavaScript, POST/redirect/GET back to the page) and POST /api/seats/{slug}.
// The transactions and rules live in src/lib/seats.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { LANGS, type Lang } from '~/lib/i18n/locales';
import { appError } from '~/lib/server/app-error';
import { safeNext } from '~/lib/server/auth/guard';
import { requestLang } from '~/lib/server/json-endpoint';
import { localizedPath } from '~/lib/seo/alternates';
import { MAX_SLUG_LENGTH, isSlug } from '~/lib/personal-agenda/stars';
import { noticeFor, returnPath, type SeatChange, type SeatCounts } from '~/lib/seats/seats';
import { changeSeat } from '~/lib/seats/change.server';
import { seatLimiter } from '~/lib/seats/seat-limit.server';

/** POST /api/seats/{slug} (the session is in the path): what to do, and the page's language. */
export const seatRequestInput = z
  .object({
    intent: z.enum(['reserve', 'cancel']),
    lang: z.enum(LANGS).optional(),
    /** The page the form was on, so a post returns there even without a Referer. */
    back: z.string().max(500).optional(),
  })
  .strict();

/** The seat panel's form: the same fields and the session. */
export const seatFormInput = seatRequestInput.extend({ slug: z.string().max(MAX_SLUG_LENGTH) }).strict();

/** A seat change and the session's counts after it. */
export type SeatChangeDone = SeatChange & { seats: SeatCounts | null };

type Context = Pick<ActionAPIContext, 'locals' | 'request'>;

/** Reserves or cancels the signed-in delegate's seat; refusals throw with their code, in `lang`. */
export async function changeMySeat(
  input: { slug: string; intent: 'reserve' | 'cancel'; lang?: Lang | undefined },
  context: Context,
): Promise<SeatChangeDone> {
  const lang = input.lang ?? requestLang(context);
  const user = context.locals.user;
  if (!user) throw appError('unauthenticated', lang);
  if (!isSlug(input.slug)) throw appError('unknown-session', lang);
  const budget = await seatLimiter.consume(user.id);
  if (!budget.allowed) throw appError('rate-limited', lang, { retryAfterSec: budget.retryAfterSec });
  const result = await changeSeat(user.id, input.slug, input.intent);
  if (!result.ok) throw appError(result.refusal, lang);
  return { ...result.change, seats: result.seats };
}

/** The form's handler: the change, and where the browser returns to see its notice. */
export async function changeSeatFromForm(
  input: z.output<typeof seatFormInput>,
  context: Pick<ActionAPIContext, 'locals' | 'request' | 'url'>,
): Promise<SeatChangeDone & { returnTo: string }> {
  const done = await changeMySeat(input, context);
  const sessionPage = localizedPath(input.lang ?? requestLang(context), `/sessions/${input.slug}/`);
  const from = { back: safeNext(input.back) ?? null, referer: context.request.headers.get('referer') };
  return { ...done, returnTo: returnPath(from, context.url.origin, sessionPage, noticeFor(done), input.slug) };
}

export const seats = {
  /** The seat panel's button (a form post to /api/seats/{slug}?_action=seats.change). */
  change: defineAction({ accept: 'form', input: seatFormInput, handler: changeSeatFromForm }),
};
