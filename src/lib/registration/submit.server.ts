// Handles one registration submission from the form page or the JSON API: read the body,
// validate, rate-limit, register. Returns what to show; never throws for bad input.
import { topicIds } from '~/lib/accounts/topics.server';
import { readBody } from '../server/body';
import { registrationLimiter } from '../server/auth/rate-limit';
import { authT } from '../i18n/messages/auth';
import { registrationT } from '../i18n/messages/registration';
import { formsT } from '~/lib/i18n/messages/forms';
import type { Lang } from '../i18n/locales';
import type { FieldErrors } from '~/lib/forms/fields';
import {
  registrationFromForm,
  registrationValues,
  validateRegistration,
  type RegistrationField,
  type RegistrationValues,
} from './form';
import { register } from './register.server';

/** The outcome: done (new or existing address alike), or a 4xx with a message per field. */
export type SubmitResult =
  | { ok: true }
  | {
      ok: false;
      status: 400 | 413 | 415 | 422 | 429;
      code: 'bad-request' | 'too-large' | 'unsupported-type' | 'invalid' | 'rate-limited';
      message: string;
      errors: FieldErrors<RegistrationField>;
      values: RegistrationValues;
      retryAfterSec?: number;
    };

const CODES = { 400: 'bad-request', 413: 'too-large', 415: 'unsupported-type' } as const;

/** Reads, checks and stores a registration; `address` is the rate-limit key of the client. */
export async function submitRegistration(
  request: Request,
  address: string,
  lang: Lang,
  { json = false } = {},
): Promise<SubmitResult> {
  const t = registrationT(lang);
  const body = await readBody(request, { json });
  if (!body.ok) {
    return {
      ok: false,
      status: body.status,
      code: CODES[body.status],
      message: formsT(lang).errors.badRequest,
      errors: { form: formsT(lang).errors.badRequest },
      values: registrationValues({}),
    };
  }
  const input = body.kind === 'form' ? registrationFromForm(body.form) : body.json;
  const check = validateRegistration(input, await topicIds(), lang);
  if (!check.ok) {
    const status = check.errors.form ? 400 : 422;
    return {
      ok: false,
      status,
      code: status === 400 ? 'bad-request' : 'invalid',
      message: t.errors.summary,
      errors: check.errors,
      values: check.values,
    };
  }
  // Counted only for valid submissions: those are the ones that cost a password hash and emails.
  const limit = await registrationLimiter.consume(address);
  if (!limit.allowed) {
    const message = authT(lang).tooManyRequests(Math.ceil(limit.retryAfterSec / 60));
    return {
      ok: false,
      status: 429,
      code: 'rate-limited',
      message,
      errors: { form: message },
      values: registrationValues(input),
      retryAfterSec: limit.retryAfterSec,
    };
  }
  await register(check.data);
  return { ok: true };
}
