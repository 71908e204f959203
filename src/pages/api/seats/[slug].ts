// POST /api/seats/{slug}: reserve or cancel a seat. Form posts redirect back to the page
// with a notice (works without JavaScript); JSON requests get JSON. Rules live in src/lib/seats.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { LANGS, negotiateLang, type Lang } from '~/lib/i18n/locales';
import { seatsMessages } from '~/lib/i18n/messages/seats';
import { htmlMessage, isJsonRequest, jsonError, jsonResponse } from '~/lib/server/api';
import { formFields, readBody } from '~/lib/server/body';
import { loginPath, safeNext } from '~/lib/server/auth/guard';
import { createLimiter } from '~/lib/server/auth/rate-limit';
import { returnPath, type SeatNotice } from '~/lib/seats/seats';
import { cancelReservation, reserveSeat, seatCounts, seatStatus } from '~/lib/seats/seats.server';

export const prerender = false;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const Body = z
  .object({
    intent: z.enum(['reserve', 'cancel']),
    lang: z.enum(LANGS).optional(),
    back: z.string().max(500).optional(),
  })
  .strict();
/** Seat changes per delegate: generous for people, a wall for scripts. */
const seatLimiter = createLimiter('seats-user', { points: 30, durationSec: 60 });

type Outcome = { http: number; notice: SeatNotice; code?: string; json: Record<string, unknown> };

// A capped read (413 for a huge body, 415 for a type that is neither a form nor JSON); a
// repeated form field stays a list so zod refuses it instead of silently taking the last one.
async function parse(
  request: Request,
): Promise<{ ok: true; body: z.infer<typeof Body> } | { ok: false; status: 400 | 413 | 415 | 422 }> {
  const read = await readBody(request, { json: true, maxBytes: 4096 });
  if (!read.ok) return read;
  const raw = read.kind === 'json' ? read.json : formFields(read.form);
  const parsed = Body.safeParse(raw);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, status: 422 };
}

async function act(userId: string, slug: string, intent: 'reserve' | 'cancel', lang: Lang): Promise<Outcome> {
  const e = seatsMessages[lang].errors;
  if (intent === 'reserve') {
    const r = await reserveSeat(userId, slug);
    if (r.status === 'unknown-session')
      return { http: 404, notice: 'invalid', code: 'unknown-session', json: { message: e.unknownSession } };
    if (r.status === 'not-limited')
      return { http: 422, notice: 'not-limited', code: 'not-limited', json: { message: e.notLimited } };
    if (r.status === 'session-cancelled')
      return {
        http: 422,
        notice: 'session-cancelled',
        code: 'session-cancelled',
        json: { message: e.sessionCancelled },
      };
    if (r.status === 'email-unverified')
      return { http: 403, notice: 'email-unverified', code: 'email-unverified', json: { message: e.emailUnverified } };
    if (r.status === 'waitlisted')
      return { http: 200, notice: 'waitlisted', json: { status: 'waitlisted', position: r.position } };
    if (r.status === 'already') {
      const mine =
        r.mine.status === 'waitlisted' ? { mine: 'waitlisted', position: r.mine.position } : { mine: 'confirmed' };
      return { http: 200, notice: 'already', json: { status: 'already', ...mine } };
    }
    return { http: 200, notice: 'confirmed', json: { status: 'confirmed' } };
  }
  const c = await cancelReservation(userId, slug);
  if (c.status === 'unknown-session')
    return { http: 404, notice: 'invalid', code: 'unknown-session', json: { message: e.unknownSession } };
  if (c.status === 'not-reserved') return { http: 200, notice: 'not-reserved', json: { status: 'not-reserved' } };
  return { http: 200, notice: 'cancelled', json: { status: 'cancelled', was: c.was } };
}

export const POST: APIRoute = async ({ params, request, url, locals, redirect }) => {
  const json = isJsonRequest(request);
  const user = locals.user;
  const slug = params.slug ?? '';
  const parsed = await parse(request);
  const formLang = parsed.ok ? parsed.body.lang : undefined;
  const lang: Lang = formLang ?? user?.language ?? negotiateLang(request.headers.get('accept-language'));
  const e = seatsMessages[lang].errors;
  const sessionPage = `/${lang}/sessions/${SLUG.test(slug) ? slug : ''}`.replace(/\/?$/, '/');
  const back = { href: sessionPage, label: seatsMessages[lang].backToSession };
  const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    json ? jsonError(status, code, message, headers) : htmlMessage(status, lang, message, back);

  if (!user) {
    if (json) return jsonError(401, 'unauthenticated', e.unauthenticated);
    // The guard normally answers first; this covers a session that ended between page and post.
    return redirect(loginPath(lang, safeNext(parsed.ok ? parsed.body.back : undefined) ?? sessionPage), 303);
  }
  if (!SLUG.test(slug)) return fail(404, 'unknown-session', e.unknownSession);
  if (!parsed.ok) return fail(parsed.status, 'invalid-request', e.invalid);
  const limit = await seatLimiter.consume(user.id);
  if (!limit.allowed) return fail(429, 'too-many-requests', e.tooMany, { 'Retry-After': String(limit.retryAfterSec) });

  const outcome = await act(user.id, slug, parsed.body.intent, lang);
  if (outcome.code) return fail(outcome.http, outcome.code, String(outcome.json.message));
  if (json) {
    const status = seatStatus(slug, user.id);
    return jsonResponse({ ...outcome.json, seats: status ? seatCounts(status) : null }, outcome.http);
  }
  const from = { back: safeNext(parsed.body.back) ?? null, referer: request.headers.get('referer') };
  return redirect(returnPath(from, url.origin, sessionPage, outcome.notice, slug), 303);
};
