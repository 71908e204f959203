// GET /api/matchmaking/profile: the signed-in person's profile; PUT: replace it (strict JSON body).
import type { APIRoute } from 'astro';
import { profileJsonInput, readProfile, updateProfile } from '~/actions/matchmaking';
import { runJsonEndpoint } from '~/lib/server/json-endpoint';
import { apiError, jsonResponse } from '~/lib/server/api';
import { requestLang } from '~/lib/server/json-endpoint';

export const prerender = false;

export const GET: APIRoute = (context) =>
  context.locals.user ? jsonResponse(readProfile(context)) : apiError('unauthenticated', requestLang(context));

export const PUT: APIRoute = (context) =>
  runJsonEndpoint(context, { input: profileJsonInput, maxBytes: 16_384, handler: updateProfile });
