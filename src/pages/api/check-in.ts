// POST /api/check-in: an organiser checks a ticket in by its code (JSON `{ code }` or a form
// field `code`); a thin JSON adapter over the check-in action's handler and schema.
import type { APIRoute } from 'astro';
import { checkInInput, checkInTicket } from '~/actions/check-in';
import { runJsonEndpoint } from '~/lib/server/json-endpoint';
import { ticketsMessages } from '~/lib/i18n/messages/tickets';

export const prerender = false;

export const POST: APIRoute = (context) =>
  runJsonEndpoint(context, {
    input: checkInInput,
    // A code is 32 characters, so a few KiB is plenty (413 beyond).
    maxBytes: 4096,
    acceptForm: true,
    handler: async (input, ctx) => {
      const done = await checkInTicket(input, ctx);
      const t = ticketsMessages[ctx.locals.user?.language ?? 'en'].checkIn;
      return { ...done, message: done.status === 'checked-in' ? t.resultCheckedIn : t.resultAlready(done.time) };
    },
  });
