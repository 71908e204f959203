// POST /api/check-in: an organiser checks a ticket in by its code (JSON `{ code }` or a form
// field `code`); answers JSON. The guard admits organisers only; the handler checks again.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ticketsMessages } from '~/lib/i18n/messages/tickets';
import { authT } from '~/lib/i18n/messages/auth';
import { jsonError, jsonResponse } from '~/lib/server/api';
import { formFields, readBody } from '~/lib/server/body';
import { roleSatisfies } from '~/lib/server/auth/guard';
import { TICKET_INPUT_MAX } from '~/lib/tickets/tickets';
import { deskCheckIn } from '~/lib/tickets/check-in.server';

export const prerender = false;

const Body = z.object({ code: z.string().max(TICKET_INPUT_MAX) }).strict();

// A capped read: a code is 32 characters, so a few KiB is plenty (413 beyond, 415 for other types).
async function readCode(
  request: Request,
): Promise<{ ok: true; code: string | null } | { ok: false; status: 400 | 413 | 415 }> {
  const read = await readBody(request, { json: true, maxBytes: 4096 });
  if (!read.ok) return read;
  const parsed = Body.safeParse(read.kind === 'json' ? read.json : formFields(read.form));
  return { ok: true, code: parsed.success ? parsed.data.code : null };
}

export const POST: APIRoute = async ({ request, locals }) => {
  const user = locals.user;
  if (!user)
    return jsonError(401, 'unauthenticated', authT('vi').unauthenticated + ' / ' + authT('en').unauthenticated);
  const lang = user.language;
  if (!roleSatisfies(user.role, 'organiser')) return jsonError(403, 'forbidden', authT(lang).forbidden);
  const t = ticketsMessages[lang].checkIn;
  const read = await readCode(request);
  if (!read.ok) return jsonError(read.status, 'invalid-request', t.badRequest);
  if (read.code === null) return jsonError(422, 'invalid-code', t.resultInvalid);
  const r = await deskCheckIn(read.code, user.id);
  switch (r.status) {
    case 'rate-limited':
      return jsonError(429, 'too-many-requests', t.tooMany, { 'Retry-After': String(r.retryAfterSec) });
    case 'invalid':
      return jsonError(422, 'invalid-code', t.resultInvalid);
    case 'unknown':
      return jsonError(404, 'unknown-ticket', t.resultUnknown);
    case 'checked-in':
      return jsonResponse({
        status: r.status,
        checkedInAt: r.checkedInAt.toISOString(),
        time: r.time,
        message: t.resultCheckedIn,
        delegate: r.delegate,
      });
    case 'already':
      return jsonResponse({
        status: r.status,
        checkedInAt: r.checkedInAt.toISOString(),
        time: r.time,
        message: t.resultAlready(r.time),
        delegate: r.delegate,
      });
  }
};
