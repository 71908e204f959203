// Check-in at the organisers' desk: one handler for the form action on /admin/check-in/ and
// for POST /api/check-in. Authorization is checked here as well as in the route table.
import { defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { roleSatisfies } from '~/lib/server/auth/guard';
import { appError } from '~/lib/server/app-error';
import { TICKET_INPUT_MAX } from '~/lib/tickets/tickets';
import { deskCheckIn, type DeskDelegate } from '~/lib/tickets/check-in.server';
import { negotiateLang } from '~/lib/i18n/locales';

/** The desk's input: the typed or scanned code (normalised and checked by the tickets module). */
export const checkInInput = z.object({ code: z.string().max(TICKET_INPUT_MAX) }).strict();

/** A successful check-in, or a repeat that was reported and not counted. */
export interface CheckInDone {
  status: 'checked-in' | 'already';
  checkedInAt: string;
  time: string;
  delegate: DeskDelegate;
}

/** Checks a ticket in for the signed-in organiser; refusals throw an AppError with their code. */
export async function checkInTicket(
  input: z.output<typeof checkInInput>,
  context: Pick<ActionAPIContext, 'locals' | 'request'>,
): Promise<CheckInDone> {
  const user = context.locals.user;
  if (!user) throw appError('unauthenticated', negotiateLang(context.request.headers.get('accept-language')));
  if (!roleSatisfies(user.role, 'organiser')) throw appError('forbidden', user.language);
  const r = await deskCheckIn(input.code, user.id);
  switch (r.status) {
    case 'rate-limited':
      throw appError('rate-limited', user.language, { retryAfterSec: r.retryAfterSec });
    case 'invalid':
      throw appError('invalid-code', user.language);
    case 'unknown':
      throw appError('unknown-ticket', user.language);
    default:
      return { status: r.status, checkedInAt: r.checkedInAt.toISOString(), time: r.time, delegate: r.delegate };
  }
}

export const checkIn = {
  /** The desk form (works without JavaScript; the camera scanner submits the same form). */
  desk: defineAction({ accept: 'form', input: checkInInput, handler: checkInTicket }),
};
