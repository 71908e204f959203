// POST /api/check-in: an organiser checks a ticket in by its code (JSON `{ code }` or a form
// field `code`); answers JSON. The guard admits organisers only; the handler checks again.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ticketsMessages } from '~/lib/i18n/messages/tickets';
import { authT } from '~/lib/i18n/messages/auth';
import { isJsonRequest, jsonError, jsonResponse } from '~/lib/server/api';
import { roleSatisfies } from '~/lib/server/auth/guard';
import { TICKET_INPUT_MAX } from '~/lib/tickets/tickets';
import { deskCheckIn } from '~/lib/tickets/check-in.server';

export const prerender = false;

const Body = z.object({ code: z.string().max(TICKET_INPUT_MAX) }).strict();

async function readCode(request: Request): Promise<string | null> {
  try {
    const raw: unknown = isJsonRequest(request) ? await request.json() : Object.fromEntries(await request.formData());
    const parsed = Body.safeParse(raw);
    return parsed.success ? parsed.data.code : null;
  } catch {
    return null;
  }
}

export const POST: APIRoute = async ({ request, locals }) => {
  const user = locals.user;
  if (!user) return jsonError(401, 'unauthenticated', authT('vi').unauthenticated + ' / ' + authT('en').unauthenticated);
  const lang = user.language;
  if (!roleSatisfies(user.role, 'organiser')) return jsonError(403, 'forbidden', authT(lang).forbidden);
  const t = ticketsMessages[lang].checkIn;
  const code = await readCode(request);
  if (code === null) return jsonError(422, 'invalid-code', t.resultInvalid);
  const r = await deskCheckIn(code, user.id);
  switch (r.status) {
    case 'rate-limited':
      return jsonError(429, 'too-many-requests', t.tooMany, { 'Retry-After': String(r.retryAfterSec) });
    case 'invalid':
      return jsonError(422, 'invalid-code', t.resultInvalid);
    case 'unknown':
      return jsonError(404, 'unknown-ticket', t.resultUnknown);
    case 'checked-in':
      return jsonResponse({ status: r.status, checkedInAt: r.checkedInAt.toISOString(), time: r.time, message: t.resultCheckedIn, delegate: r.delegate });
    case 'already':
      return jsonResponse({ status: r.status, checkedInAt: r.checkedInAt.toISOString(), time: r.time, message: t.resultAlready(r.time), delegate: r.delegate });
  }
};
