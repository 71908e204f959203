// The stars API at its edge: strict request schemas, capped JSON bodies, errors in the API's
// one shape. (Cross-site requests are refused earlier, by the origin middleware.)
import { z } from 'zod';
import type { Lang } from '../i18n/locales';
import { isJsonRequest, jsonError as apiError } from '../server/api';
import { readBody } from '../server/body';
import { calendarMessages } from '../i18n/messages/calendar';
import { MAX_SLUG_LENGTH, MAX_STARS, SLUG_PATTERN } from './stars';

const slug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN);
/** POST: star or unstar one session. */
export const toggleSchema = z.object({ slug, starred: z.boolean() }).strict();
/** PUT: merge the browser's stars into the account (union). */
export const mergeSchema = z.object({ slugs: z.array(slug).max(MAX_STARS) }).strict();

export type ErrorCode = keyof (typeof calendarMessages)['vi']['errors'];

/** `{ error: { code, message } }` with the message in the asker's language. */
export function jsonError(status: number, code: ErrorCode, lang: Lang, headers: Record<string, string> = {}): Response {
  return apiError(status, code, calendarMessages[lang].errors[code], headers);
}

/** Reads a capped JSON body and validates it; anything else is a 4xx with its code. */
export async function readJson<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T } | { ok: false; status: number; code: ErrorCode }> {
  if (!isJsonRequest(request)) return { ok: false, status: 415, code: 'unsupported-type' };
  const body = await readBody(request, { json: true });
  if (!body.ok)
    return {
      ok: false,
      status: body.status,
      code: body.status === 413 ? 'too-large' : body.status === 415 ? 'unsupported-type' : 'invalid',
    };
  if (body.kind !== 'json') return { ok: false, status: 415, code: 'unsupported-type' };
  const result = schema.safeParse(body.json);
  return result.success ? { ok: true, value: result.data } : { ok: false, status: 400, code: 'invalid' };
}
