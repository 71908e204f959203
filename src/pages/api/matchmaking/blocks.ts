// POST /api/matchmaking/blocks `{ userId }`: block someone; DELETE with the same body: unblock.
import type { APIRoute } from 'astro';
import { blockHandler, personInput } from '~/actions/matchmaking';
import { runJsonEndpoint } from '~/lib/server/json-endpoint';

export const prerender = false;

export const POST: APIRoute = (context) =>
  runJsonEndpoint(context, { input: personInput, maxBytes: 1024, handler: blockHandler(true) });

export const DELETE: APIRoute = (context) =>
  runJsonEndpoint(context, { input: personInput, maxBytes: 1024, handler: blockHandler(false) });
