// A signed-in delegate's stars: GET lists, POST {slug, starred} toggles one, PUT {slugs} merges (union).
import type { APIRoute } from 'astro';
import { negotiateLang } from '../../lib/i18n/locales';
import { jsonResponse } from '../../lib/server/api';
import { jsonError, mergeSchema, readJson, toggleSchema } from '../../lib/personal-agenda/stars-request';
import { addStars, listStars, setStar, slugStatuses } from '../../lib/personal-agenda/stars.server';
import { starLimiter } from '~/lib/server/auth/rate-limit';
import type { Lang } from '~/lib/i18n/locales';

export const prerender = false;

export const GET: APIRoute = ({ locals, request }) => {
  if (!locals.user) return jsonError(401, 'unauthenticated', negotiateLang(request.headers.get('Accept-Language')));
  return jsonResponse({ slugs: listStars(locals.user.id) });
};

/** 429 with Retry-After once the delegate's budget of star changes is spent (every POST and PUT counts). */
async function overBudget(userId: string, lang: Lang): Promise<Response | null> {
  const decision = await starLimiter.consume(userId);
  if (decision.allowed) return null;
  return jsonError(429, 'rate-limited', lang, { 'Retry-After': String(decision.retryAfterSec) });
}

export const POST: APIRoute = async ({ locals, request }) => {
  const lang = locals.user?.language ?? negotiateLang(request.headers.get('Accept-Language'));
  if (!locals.user) return jsonError(401, 'unauthenticated', lang);
  const limited = await overBudget(locals.user.id, lang);
  if (limited) return limited;
  const body = await readJson(request, toggleSchema);
  if (!body.ok) return jsonError(body.status, body.code, lang);
  const status = slugStatuses([body.value.slug]).get(body.value.slug);
  if (status === 'unknown') return jsonError(404, 'unknown-session', lang);
  // Unstarring a cancelled session is allowed (tidying up); starring one is not.
  if (status === 'cancelled' && body.value.starred) return jsonError(409, 'cancelled-session', lang);
  setStar(locals.user.id, body.value.slug, body.value.starred);
  return jsonResponse({ slugs: listStars(locals.user.id) });
};

export const PUT: APIRoute = async ({ locals, request }) => {
  const lang = locals.user?.language ?? negotiateLang(request.headers.get('Accept-Language'));
  if (!locals.user) return jsonError(401, 'unauthenticated', lang);
  const limited = await overBudget(locals.user.id, lang);
  if (limited) return limited;
  const body = await readJson(request, mergeSchema);
  if (!body.ok) return jsonError(body.status, body.code, lang);
  // Browser storage may hold sessions since removed: merge what is on the programme, report the rest.
  const statuses = slugStatuses(body.value.slugs);
  const accepted = body.value.slugs.filter((s) => statuses.get(s) === 'ok');
  addStars(locals.user.id, accepted);
  const ignored = body.value.slugs.filter((s) => statuses.get(s) !== 'ok');
  return jsonResponse({ slugs: listStars(locals.user.id), ignored });
};
