// The one adapter that turns a JSON API route into a call of the same handler an Astro Action
// runs: a capped body read, the action's strict zod schema, the handler, and every refusal in
// the API's one error shape `{ error: { code, message, fields } }` in the asker's language.
import type { APIContext } from 'astro';
import type { z } from 'zod';
import { negotiateLang, type Lang } from '../i18n/locales';
import { formsT } from '../i18n/messages/forms';
import { apiError, jsonFromAppError, jsonResponse } from './api';
import { isAppError, type FieldMessages } from './app-error';
import { formFields, readBody } from './body';

/** How a JSON route runs: the input schema, the handler, and the body cap. */
export interface JsonEndpoint<S extends z.ZodTypeAny, R> {
  input: S;
  handler: (input: z.output<S>, context: APIContext) => Promise<R> | R;
  /** Cap on the request body in bytes (default: the body reader's). */
  maxBytes?: number;
  /** Also accept urlencoded/multipart forms (read into the same object). */
  acceptForm?: boolean;
  /** HTTP status of a successful answer. */
  okStatus?: number;
  /** The language of the answer, when the route names it (e.g. `?lang=`); else requestLang. */
  lang?: Lang;
}

/** The asker's language: the account's, else the Accept-Language header's. */
export function requestLang(context: Pick<APIContext, 'locals' | 'request'>): Lang {
  return context.locals.user?.language ?? negotiateLang(context.request.headers.get('accept-language'));
}

/** Per-field messages from zod issues: the first issue of each top-level field, through `describe`. */
export function fieldMessagesOf(error: z.ZodError, describe: (issue: z.ZodIssue) => string): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of error.issues) {
    const field = issue.path[0] === undefined ? 'form' : String(issue.path[0]);
    out[field] ??= describe(issue);
  }
  return out;
}

/** Runs a JSON endpoint: read, validate, handle, answer (4xx for every refusal, never 5xx for input). */
export async function runJsonEndpoint<S extends z.ZodTypeAny, R>(
  context: APIContext,
  endpoint: JsonEndpoint<S, R>,
  describe: (issue: z.ZodIssue, lang: Lang) => string = (_issue, lang) => formsT(lang).invalidField,
): Promise<Response> {
  const lang = endpoint.lang ?? requestLang(context);
  const read = await readBody(context.request, {
    json: true,
    ...(endpoint.maxBytes ? { maxBytes: endpoint.maxBytes } : {}),
  });
  if (!read.ok)
    return apiError(
      read.status === 413 ? 'too-large' : read.status === 415 ? 'unsupported-type' : 'invalid-request',
      lang,
    );
  if (read.kind === 'form' && !endpoint.acceptForm) return apiError('unsupported-type', lang);
  const raw = read.kind === 'json' ? read.json : formFields(read.form);
  const parsed = endpoint.input.safeParse(raw) as z.SafeParseReturnType<unknown, z.output<S>>;
  if (!parsed.success)
    return apiError('invalid-input', lang, { fields: fieldMessagesOf(parsed.error, (i) => describe(i, lang)) });
  try {
    return jsonResponse(await endpoint.handler(parsed.data, context), endpoint.okStatus ?? 200);
  } catch (error) {
    if (isAppError(error)) return jsonFromAppError(error);
    throw error;
  }
}
