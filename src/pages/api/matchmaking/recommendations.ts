// GET /api/matchmaking/recommendations?sector=&country=&type=&lang=: the signed-in person's matches,
// as the page computes them (reasons in their language).
import type { APIRoute } from 'astro';
import { matchesView } from '~/lib/matchmaking/matches-view.server';
import { matchFiltersOf } from '~/lib/matchmaking/filters';
import { apiError, jsonResponse } from '~/lib/server/api';
import { requestLang } from '~/lib/server/json-endpoint';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const user = context.locals.user;
  if (!user) return apiError('unauthenticated', requestLang(context));
  const view = await matchesView(user.id, user.language, matchFiltersOf(context.url.searchParams));
  return jsonResponse({ state: view.state, matches: view.matches, products: view.products, sessions: view.sessions });
};
