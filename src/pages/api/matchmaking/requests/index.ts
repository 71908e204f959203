// POST /api/matchmaking/requests: send a meeting request `{ receiverId, message }`.
import type { APIRoute } from 'astro';
import { requestInput, requestMeeting } from '~/actions/matchmaking';
import { runJsonEndpoint } from '~/lib/server/json-endpoint';

export const prerender = false;

export const POST: APIRoute = (context) =>
  runJsonEndpoint(context, { input: requestInput, maxBytes: 8192, okStatus: 201, handler: requestMeeting });
