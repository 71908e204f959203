// A signed-in delegate's stars for the browser's star store: GET lists them, POST {slug, starred}
// stars or unstars one, PUT {slugs} merges (union). Thin adapters over src/actions/stars.ts.
import type { APIRoute } from 'astro';
import { mergeAccountStars, mergeStarsInput, toggleAccountStar, toggleStarInput } from '~/actions/stars';
import { apiError, jsonResponse } from '~/lib/server/api';
import { requestLang, runJsonEndpoint } from '~/lib/server/json-endpoint';
import { listStars } from '~/lib/personal-agenda/stars.server';

export const prerender = false;

export const GET: APIRoute = (context) => {
  const user = context.locals.user;
  if (!user) return apiError('unauthenticated', requestLang(context));
  return jsonResponse({ slugs: listStars(user.id) });
};

export const POST: APIRoute = (context) =>
  runJsonEndpoint(context, { input: toggleStarInput, handler: toggleAccountStar });

export const PUT: APIRoute = (context) =>
  runJsonEndpoint(context, { input: mergeStarsInput, handler: mergeAccountStars });
