// POST /api/matchmaking/requests/{id}/accept|decline|cancel: one step on a request (empty JSON body `{}`).
// The id comes from the URL only; the handler checks the asker is a side of that request.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { acceptRequest, closeHandler } from '~/actions/matchmaking';
import { runJsonEndpoint } from '~/lib/server/json-endpoint';
import { apiError } from '~/lib/server/api';
import { requestLang } from '~/lib/server/json-endpoint';

export const prerender = false;

const steps = { accept: acceptRequest, decline: closeHandler('decline'), cancel: closeHandler('cancel') } as const;

export const POST: APIRoute = (context) => {
  const step = context.params.step;
  const requestId = context.params.id ?? '';
  if (step !== 'accept' && step !== 'decline' && step !== 'cancel') return apiError('not-found', requestLang(context));
  return runJsonEndpoint(context, {
    input: z.object({}).strict(),
    maxBytes: 1024,
    handler: (_input, ctx): Promise<unknown> => steps[step]({ requestId }, ctx),
  });
};
